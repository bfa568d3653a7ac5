/* identifiers.h — checks of the national identifiers a plan carries. A typo
 * in one of them files the plan against another child or school, so the
 * check characters are verified, not just the shape.
 *   UPN   Unique Pupil Number: check letter + 12 characters (DfE, "Unique
 *         Pupil Numbers"; school census error 1510)
 *   ULN   Unique Learner Number: 10 digits, last a check digit (ESFA)
 *   NHS   NHS number: 10 digits, modulus 11 (NHS Data Dictionary)
 *   URN   Unique Reference Number of an establishment: 6 digits (GIAS)
 *   UKPRN UK Provider Reference Number: 8 digits starting with 1 (UKRLP) */
#ifndef EHCP_IDENTIFIERS_H
#define EHCP_IDENTIFIERS_H

typedef enum {
    ID_OK = 0,
    ID_BAD_SHAPE,     /* wrong length or characters */
    ID_BAD_CHECK      /* right shape, but the check character does not match */
} id_status;

/* The check letter a UPN should start with, computed from characters 2-13
 * of upn (a permanent or temporary UPN); 0 when they have the wrong shape. */
char upn_check_letter(const char *upn);
id_status upn_check(const char *upn);

/* The check digit ('0'-'9') for the first nine digits; 0 when no digit can
 * make the number valid (such numbers are never issued). */
char uln_check_digit(const char *uln);
id_status uln_check(const char *uln);
char nhs_check_digit(const char *nhs);
id_status nhs_check(const char *nhs);

id_status urn_check(const char *urn);
id_status ukprn_check(const char *ukprn);

#endif
