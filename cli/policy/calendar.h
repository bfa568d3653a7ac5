/* calendar.h — the dates on the family's rights page: adding calendar days,
 * weeks, months and English working days to a plan's issue date, and
 * writing dates the way a letter does ("Friday 6 March 2026"). Day numbers
 * and ISO parsing come from cli/plan/dates.h.
 * Working days skip Saturdays, Sundays and the bank holidays of England and
 * Wales in calendar.c's table (2025–2027). Outside the table only weekends
 * are skipped; calendar_holidays_known() says whether a span was covered so
 * callers can say so. */
#ifndef EHCP_CALENDAR_H
#define EHCP_CALENDAR_H

#include <stddef.h>

/* "Friday 6 March 2026" into out (32 bytes suffice). */
void calendar_format_long(long days, char *out, size_t size);
/* 0 = Monday … 6 = Sunday */
int calendar_weekday(long days);
int calendar_is_bank_holiday(long days);
/* 1 when every day in [from, to] lies inside the bank holiday table's years. */
int calendar_holidays_known(long from, long to);

/* start + count units. unit: "days", "weeks", "months" (same day of the
 * month, or the month's last day when shorter: 31 Jan + 1 month = 28/29 Feb),
 * "working-days" (the count-th working day after start). 0, or -1 for an
 * unknown unit or a count outside 0..100000. */
int calendar_add(long start, long long count, const char *unit, long *result);

#endif
