/* dates.h — calendar arithmetic for plans: ISO dates (YYYY-MM-DD) as whole
 * days since 1970-01-01 in the proleptic Gregorian calendar, ages, weeks and
 * the National Curriculum year group. No time zones: a plan's dates are
 * calendar days, so nothing here reads the clock except date_today(). */
#ifndef EHCP_DATES_H
#define EHCP_DATES_H

#include <stdbool.h>

/* A day count; DATE_NONE means "no date" (missing or unparseable). */
#define DATE_NONE (-2147483647L - 1)

long date_from_ymd(int year, int month, int day);
void date_to_ymd(long days, int *year, int *month, int *day);

/* Strict "YYYY-MM-DD" (leading/trailing blanks allowed); real calendar days
 * only. Returns the day count or DATE_NONE. */
long date_parse(const char *text);

/* Writes "YYYY-MM-DD" into buf (at least 11 bytes); "(no date)" for DATE_NONE. */
void date_format(long days, char *buf, unsigned long size);

/* Adds calendar months, clamping to the last day of a shorter month
 * (31 January + 1 month = 28 or 29 February). */
long date_add_months(long days, int months);

/* Whole years of age on the day `on` for someone born on `dob`
 * (a birthday on 29 February is reached on 1 March in common years). */
int date_age_on(long dob, long on);

/* The day someone born on `dob` reaches `years` of age. */
long date_birthday(long dob, int years);

/* National Curriculum year group in England on the day `on`: the school
 * year starts on 1 September; Reception is 0, Year 1 is a child who was 5
 * on the 31 August before it started; nursery ages give negative values. */
int date_nc_year(long dob, long on);

/* "Today": SOURCE_DATE_EPOCH when set (reproducible builds and tests),
 * else the real date (UTC). */
long date_today(void);

#endif
