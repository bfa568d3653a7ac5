/* dates.c — see dates.h. The day-count conversion is the well-known
 * era-based algorithm (400-year cycles), exact for every Gregorian date. */
#include "dates.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

long date_from_ymd(int year, int month, int day)
{
    long y = year - (month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (month + 9) % 12;               /* March = 0 */
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void date_to_ymd(long days, int *year, int *month, int *day)
{
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = (int)m;
    *day = (int)d;
}

static int days_in_month(int year, int month)
{
    static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 ? 28 + leap : len[month - 1];
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

long date_parse(const char *text)
{
    if (!text) return DATE_NONE;
    while (isspace((unsigned char)*text)) text++;
    size_t len = strlen(text);
    while (len && isspace((unsigned char)text[len - 1])) len--;
    if (len != 10 || text[4] != '-' || text[7] != '-') return DATE_NONE;
    int y = digits(text, 4), m = digits(text + 5, 2), d = digits(text + 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return DATE_NONE;
    return date_from_ymd(y, m, d);
}

void date_format(long days, char *buf, unsigned long size)
{
    if (days == DATE_NONE) {
        snprintf(buf, size, "(no date)");
        return;
    }
    int y, m, d;
    date_to_ymd(days, &y, &m, &d);
    snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

long date_add_months(long days, int months)
{
    int y, m, d;
    date_to_ymd(days, &y, &m, &d);
    long total = (long)y * 12 + (m - 1) + months;
    int ny = (int)(total >= 0 ? total / 12 : (total - 11) / 12);
    int nm = (int)(total - (long)ny * 12) + 1;
    int dim = days_in_month(ny, nm);
    return date_from_ymd(ny, nm, d > dim ? dim : d);
}

long date_birthday(long dob, int years)
{
    int y, m, d;
    date_to_ymd(dob, &y, &m, &d);
    /* Someone born on 29 February comes of age on 1 March in a common year. */
    if (m == 2 && d == 29 && days_in_month(y + years, 2) == 28)
        return date_from_ymd(y + years, 3, 1);
    return date_from_ymd(y + years, m, d);
}

int date_age_on(long dob, long on)
{
    int by, bm, bd, y, m, d;
    date_to_ymd(dob, &by, &bm, &bd);
    date_to_ymd(on, &y, &m, &d);
    int age = y - by;
    if (on < date_birthday(dob, age)) age--;
    return age;
}

int date_nc_year(long dob, long on)
{
    int y, m, d;
    date_to_ymd(on, &y, &m, &d);
    int start = m >= 9 ? y : y - 1;       /* the school year began 1 September */
    return date_age_on(dob, date_from_ymd(start, 8, 31)) - 4;
}

long date_today(void)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t;
    if (sde && *sde) {
        char *end;
        long long v = strtoll(sde, &end, 10);
        t = (*end == '\0' && v >= 0) ? (time_t)v : time(NULL);
    } else {
        t = time(NULL);
    }
    return (long)(t / 86400);
}
