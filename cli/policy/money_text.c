/* money_text.c — see money_text.h. */
#include "money_text.h"
#include <stdio.h>

void money_format(long long pence, char *out, size_t size)
{
    /* unsigned arithmetic so LLONG_MIN has a magnitude too */
    unsigned long long mag = pence < 0 ? 0ULL - (unsigned long long)pence : (unsigned long long)pence;
    unsigned long long pounds = mag / 100, p = mag % 100;
    char digits[32], grouped[48];
    int n = snprintf(digits, sizeof digits, "%llu", pounds);
    int g = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) grouped[g++] = ',';
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    snprintf(out, size, "%s\xC2\xA3%s.%02llu", pence < 0 ? "-" : "", grouped, p);
}
