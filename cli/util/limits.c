/* limits.c — see limits.h. */
#include "limits.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* Parses a positive decimal whole number; 0 when v is anything else
 * (strtoull alone would accept "-1", " 5" and "5x"). */
static size_t parse_positive(const char *v)
{
    if (!v || !*v) return 0;
    for (const char *p = v; *p; p++)
        if (!isdigit((unsigned char)*p)) return 0;
    errno = 0;
    unsigned long long n = strtoull(v, NULL, 10);
    if (errno == ERANGE || n > SIZE_MAX) return 0;
    return (size_t)n;
}

size_t limits_env_size(const char *name, size_t fallback)
{
    size_t n = parse_positive(getenv(name));
    return n ? n : fallback;
}

int limits_max_pages(void)
{
    size_t n = limits_env_size("EHCP_MAX_PAGES", LIMITS_DEFAULT_PAGES);
    return n > INT_MAX ? INT_MAX : (int)n;
}

size_t limits_max_picture_bytes(void)
{
    return limits_env_size("EHCP_MAX_PICTURE_BYTES", LIMITS_DEFAULT_PICTURE_BYTES);
}

size_t limits_max_picture_pixels(void)
{
    return limits_env_size("EHCP_MAX_PICTURE_PIXELS", LIMITS_DEFAULT_PICTURE_PIXELS);
}

int limits_picture_pixels_ok(unsigned long width_px, unsigned long height_px)
{
    /* Cairo image surfaces are limited to 32767 pixels a side. */
    if (width_px == 0 || height_px == 0 || width_px > 32767 || height_px > 32767)
        return 0;
    /* both sides <= 32767, so the product fits in 32 bits */
    return (size_t)width_px * (size_t)height_px <= limits_max_picture_pixels();
}

int limits_check_env(diag_list *diags)
{
    static const char *const names[] = {
        "EHCP_MAX_INPUT_BYTES", "EHCP_MAX_TEXT_BYTES", "EHCP_MAX_DEPTH", "EHCP_MAX_ATTRIBUTES",
        "EHCP_MAX_PAGES", "EHCP_MAX_PICTURE_BYTES", "EHCP_MAX_PICTURE_PIXELS",
    };
    int warned = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && !parse_positive(v)) {
            /* the value itself is not printed: it is not personal, but an
             * environment can hold anything and diagnostics go to logs */
            diag_add(diags, NULL, 0, 0, DIAG_WARNING, "LIMIT", NULL,
                     "%s is set but is not a positive whole number; the default limit "
                     "is used", names[i]);
            warned++;
        }
    }
    return warned;
}
