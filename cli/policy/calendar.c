/* calendar.c — working days and letter-style dates; see calendar.h. */
#include "calendar.h"
#include "../plan/dates.h"
#include <stdio.h>
#include <string.h>

/* Bank holidays in England and Wales, from the government's published list
 * (substitute days included: 28 Dec 2026, 27 and 28 Dec 2027). Extend the
 * table and HOLIDAY_FIRST/LAST_YEAR together. */
static const char *const bank_holidays[] = {
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
    "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
    "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
    "2027-08-30", "2027-12-27", "2027-12-28",
};
enum { HOLIDAY_FIRST_YEAR = 2025, HOLIDAY_LAST_YEAR = 2027 };

int calendar_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0) */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

void calendar_format_long(long days, char *out, size_t size)
{
    static const char *const wd[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
    static const char *const mn[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};
    int y, m, d;
    date_to_ymd(days, &y, &m, &d);
    snprintf(out, size, "%s %d %s %d", wd[calendar_weekday(days)], d, mn[m - 1], y);
}

int calendar_is_bank_holiday(long days)
{
    char iso[16];
    date_format(days, iso, sizeof iso);
    for (size_t i = 0; i < sizeof bank_holidays / sizeof bank_holidays[0]; i++)
        if (strcmp(bank_holidays[i], iso) == 0) return 1;
    return 0;
}

int calendar_holidays_known(long from, long to)
{
    int y1, y2, m, d;
    date_to_ymd(from, &y1, &m, &d);
    date_to_ymd(to, &y2, &m, &d);
    return y1 >= HOLIDAY_FIRST_YEAR && y2 <= HOLIDAY_LAST_YEAR;
}

int calendar_add(long start, long long count, const char *unit, long *result)
{
    /* a policy's limits run from days to a year or two; refusing absurd
     * counts keeps every sum below far from overflow */
    if (count < 0 || count > 100000 || !unit) return -1;
    if (strcmp(unit, "days") == 0) *result = start + (long)count;
    else if (strcmp(unit, "weeks") == 0) *result = start + (long)count * 7;
    else if (strcmp(unit, "months") == 0) *result = date_add_months(start, (int)count);
    else if (strcmp(unit, "working-days") == 0) {
        long day = start;
        for (long long left = count; left > 0;) {
            day++;
            if (calendar_weekday(day) < 5 && !calendar_is_bank_holiday(day)) left--;
        }
        *result = day;
    } else return -1;
    return 0;
}
