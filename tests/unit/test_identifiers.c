/* test_identifiers.c — the check-character algorithms of cli/plan/identifiers.c
 * against known-good numbers and single-keystroke typos of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "plan/identifiers.h"

/* Worked by hand from the published algorithms (weights 2-13 modulo 23 for
 * a UPN; weights 10-2 modulo 11 for ULN and NHS number). */
static void upn_good(void **state)
{
    (void)state;
    assert_int_equal(upn_check("W938200012001"), ID_OK);
    assert_int_equal(upn_check("G93820001200A"), ID_OK);      /* temporary UPN */
    assert_int_equal(upn_check_letter("W938200012001"), 'W');
}

static void upn_bad(void **state)
{
    (void)state;
    assert_int_equal(upn_check("W938200012002"), ID_BAD_CHECK);   /* last digit */
    assert_int_equal(upn_check("W938200021001"), ID_BAD_CHECK);   /* swapped digits */
    assert_int_equal(upn_check("K938200012001"), ID_BAD_CHECK);   /* wrong letter */
    assert_int_equal(upn_check("W93820001200"), ID_BAD_SHAPE);    /* 12 characters */
    assert_int_equal(upn_check("9938200012001"), ID_BAD_SHAPE);   /* no check letter */
    assert_int_equal(upn_check("I938200012001"), ID_BAD_SHAPE);   /* I is never a check letter */
    assert_int_equal(upn_check("W93820001200I"), ID_BAD_SHAPE);   /* nor a temporary suffix */
    assert_int_equal(upn_check("W9382000120 1"), ID_BAD_SHAPE);
    assert_int_equal(upn_check(""), ID_BAD_SHAPE);
}

static void uln_cases(void **state)
{
    (void)state;
    assert_int_equal(uln_check("4527193847"), ID_OK);
    assert_int_equal(uln_check("1234567899"), ID_OK);
    assert_int_equal(uln_check("4527193848"), ID_BAD_CHECK);
    assert_int_equal(uln_check("4527139847"), ID_BAD_CHECK);
    /* 987654321 gives remainder 0, check "10": no valid ULN starts so */
    assert_int_equal(uln_check_digit("9876543210"), 0);
    assert_int_equal(uln_check("9876543210"), ID_BAD_CHECK);
    assert_int_equal(uln_check("0527193847"), ID_BAD_SHAPE);
    assert_int_equal(uln_check("452719384"), ID_BAD_SHAPE);
    assert_int_equal(uln_check("45271938a7"), ID_BAD_SHAPE);
}

static void nhs_cases(void **state)
{
    (void)state;
    /* numbers from 999 000 0000 are for testing and never issued */
    assert_int_equal(nhs_check("9990001235"), ID_OK);
    assert_int_equal(nhs_check("9990004560"), ID_OK);     /* check digit 11 -> 0 */
    assert_int_equal(nhs_check("9990007896"), ID_OK);
    assert_int_equal(nhs_check("9434765919"), ID_OK);     /* the NHS Data Dictionary's example */
    assert_int_equal(nhs_check("9990001234"), ID_BAD_CHECK);
    assert_int_equal(nhs_check("9990002135"), ID_BAD_CHECK);
    assert_int_equal(nhs_check("999 000 1235"), ID_BAD_SHAPE);
    assert_int_equal(nhs_check("999000123"), ID_BAD_SHAPE);
}

static void urn_ukprn(void **state)
{
    (void)state;
    assert_int_equal(urn_check("100234"), ID_OK);
    assert_int_equal(urn_check("10023"), ID_BAD_SHAPE);
    assert_int_equal(urn_check("1002345"), ID_BAD_SHAPE);
    assert_int_equal(urn_check("10023A"), ID_BAD_SHAPE);
    assert_int_equal(ukprn_check("10004344"), ID_OK);
    assert_int_equal(ukprn_check("20004344"), ID_BAD_SHAPE);
    assert_int_equal(ukprn_check("1000434"), ID_BAD_SHAPE);
    assert_int_equal(ukprn_check(NULL), ID_BAD_SHAPE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(upn_good), cmocka_unit_test(upn_bad), cmocka_unit_test(uln_cases),
        cmocka_unit_test(nhs_cases), cmocka_unit_test(urn_ukprn),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
