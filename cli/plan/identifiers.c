/* identifiers.c — see identifiers.h. Inputs are exact strings: no spaces
 * are removed, because the schema stores identifiers without them. */
#include "identifiers.h"
#include <ctype.h>
#include <string.h>

/* The 23 letters a UPN check letter can be: A-Z without I, O and S. */
static const char upn_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* Value of character 13: a digit, or for a temporary UPN a letter valued by
 * its place in the check-letter alphabet (A = 0 ... Z = 22). */
static int upn_last_value(char c)
{
    if (isdigit((unsigned char)c)) return c - '0';
    const char *p = c ? strchr(upn_letters, c) : NULL;
    return p ? (int)(p - upn_letters) : -1;
}

char upn_check_letter(const char *upn)
{
    if (!upn || strlen(upn) != 13 || !all_digits(upn + 1, 11)) return 0;
    int last = upn_last_value(upn[12]);
    if (last < 0) return 0;
    int sum = 0;
    for (int i = 1; i < 12; i++)        /* characters 2..12 weigh 2..12 */
        sum += (upn[i] - '0') * (i + 1);
    sum += last * 13;                   /* character 13 weighs 13 */
    return upn_letters[sum % 23];
}

id_status upn_check(const char *upn)
{
    char want = upn_check_letter(upn);
    if (!want || !strchr(upn_letters, upn[0])) return ID_BAD_SHAPE;
    return upn[0] == want ? ID_OK : ID_BAD_CHECK;
}

/* Weighted sum of the first nine digits with weights 10 down to 2, the
 * scheme ULN and NHS numbers share. */
static int weighted_nine(const char *s)
{
    int sum = 0;
    for (int i = 0; i < 9; i++) sum += (s[i] - '0') * (10 - i);
    return sum;
}

char uln_check_digit(const char *uln)
{
    if (!uln || strlen(uln) != 10 || !all_digits(uln, 10)) return 0;
    int check = 10 - weighted_nine(uln) % 11;
    return check == 10 ? 0 : (char)('0' + check);
}

id_status uln_check(const char *uln)
{
    if (!uln || strlen(uln) != 10 || !all_digits(uln, 10) || uln[0] == '0')
        return ID_BAD_SHAPE;
    char want = uln_check_digit(uln);
    return want && uln[9] == want ? ID_OK : ID_BAD_CHECK;
}

char nhs_check_digit(const char *nhs)
{
    if (!nhs || strlen(nhs) != 10 || !all_digits(nhs, 10)) return 0;
    int check = 11 - weighted_nine(nhs) % 11;
    if (check == 11) check = 0;
    return check == 10 ? 0 : (char)('0' + check);
}

id_status nhs_check(const char *nhs)
{
    if (!nhs || strlen(nhs) != 10 || !all_digits(nhs, 10)) return ID_BAD_SHAPE;
    char want = nhs_check_digit(nhs);
    return want && nhs[9] == want ? ID_OK : ID_BAD_CHECK;
}

id_status urn_check(const char *urn)
{
    return urn && strlen(urn) == 6 && all_digits(urn, 6) ? ID_OK : ID_BAD_SHAPE;
}

id_status ukprn_check(const char *ukprn)
{
    return ukprn && strlen(ukprn) == 8 && all_digits(ukprn, 8) && ukprn[0] == '1'
               ? ID_OK : ID_BAD_SHAPE;
}
