/* test_rules_dates.c — the calendar helpers the date rules stand on
 * (cli/plan/dates.c): day counts, parsing, months, ages, year groups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include "plan/dates.h"

static void day_counts(void **state)
{
    (void)state;
    assert_int_equal(date_from_ymd(1970, 1, 1), 0);
    assert_int_equal(date_from_ymd(2000, 3, 1), 11017);
    assert_int_equal(date_from_ymd(2026, 1, 23) - date_from_ymd(2025, 9, 8), 137);
    for (long d = -800000; d < 800000; d += 997) {
        int y, m, dd;
        date_to_ymd(d, &y, &m, &dd);
        assert_int_equal(date_from_ymd(y, m, dd), d);
    }
}

static void parsing(void **state)
{
    (void)state;
    assert_int_equal(date_parse("2026-01-23"), date_from_ymd(2026, 1, 23));
    assert_int_equal(date_parse(" 2024-02-29\n"), date_from_ymd(2024, 2, 29));
    assert_true(date_parse("2025-02-29") == DATE_NONE);   /* not a leap year */
    assert_true(date_parse("2025-13-01") == DATE_NONE);
    assert_true(date_parse("2025-1-01") == DATE_NONE);
    assert_true(date_parse("23/01/2026") == DATE_NONE);
    assert_true(date_parse("") == DATE_NONE);
    assert_true(date_parse(NULL) == DATE_NONE);
    char buf[16];
    date_format(date_from_ymd(2026, 7, 4), buf, sizeof buf);
    assert_string_equal(buf, "2026-07-04");
}

static void months(void **state)
{
    (void)state;
    assert_int_equal(date_add_months(date_from_ymd(2026, 1, 31), 1), date_from_ymd(2026, 2, 28));
    assert_int_equal(date_add_months(date_from_ymd(2024, 1, 31), 1), date_from_ymd(2024, 2, 29));
    assert_int_equal(date_add_months(date_from_ymd(2026, 2, 2), 3), date_from_ymd(2026, 5, 2));
    assert_int_equal(date_add_months(date_from_ymd(2026, 1, 23), 12), date_from_ymd(2027, 1, 23));
    assert_int_equal(date_add_months(date_from_ymd(2026, 3, 15), -3), date_from_ymd(2025, 12, 15));
}

static void ages(void **state)
{
    (void)state;
    long dob = date_from_ymd(2009, 10, 5);
    assert_int_equal(date_age_on(dob, date_from_ymd(2026, 10, 4)), 16);
    assert_int_equal(date_age_on(dob, date_from_ymd(2026, 10, 5)), 17);
    long leap = date_from_ymd(2008, 2, 29);
    assert_int_equal(date_birthday(leap, 18), date_from_ymd(2026, 3, 1));
    assert_int_equal(date_age_on(leap, date_from_ymd(2026, 2, 28)), 17);
    assert_int_equal(date_age_on(leap, date_from_ymd(2026, 3, 1)), 18);
}

static void year_groups(void **state)
{
    (void)state;
    /* Year 9 is the school year starting after the 13th birthday is passed
     * by 31 August: born 1 Sep 2011 to 31 Aug 2012 in 2025-26. */
    assert_int_equal(date_nc_year(date_from_ymd(2012, 3, 14), date_from_ymd(2026, 1, 23)), 9);
    assert_int_equal(date_nc_year(date_from_ymd(2012, 8, 31), date_from_ymd(2026, 1, 23)), 9);
    assert_int_equal(date_nc_year(date_from_ymd(2012, 9, 1), date_from_ymd(2026, 1, 23)), 8);
    assert_int_equal(date_nc_year(date_from_ymd(2012, 9, 1), date_from_ymd(2026, 9, 1)), 9);
    assert_int_equal(date_nc_year(date_from_ymd(2021, 1, 1), date_from_ymd(2026, 1, 23)), 0);
}

static void today_from_source_date_epoch(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", "1767225600", 1);       /* 2026-01-01 */
    assert_int_equal(date_today(), date_from_ymd(2026, 1, 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(day_counts), cmocka_unit_test(parsing), cmocka_unit_test(months),
        cmocka_unit_test(ages), cmocka_unit_test(year_groups),
        cmocka_unit_test(today_from_source_date_epoch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
