/* limits.h — the resource limits ehcp enforces on what it reads and makes,
 * so a hostile or broken file gives a clear message instead of exhausting
 * memory or time. Each limit has a default that no real plan comes near and
 * an environment variable that changes it (tests/hostile/LIMITS.md, pasted
 * into the README, lists them all):
 *
 *   EHCP_MAX_INPUT_BYTES     largest XML file read        16 MiB   (xml_safe.h)
 *   EHCP_MAX_TEXT_BYTES      longest text or attribute     1 MiB   (xml_safe.h)
 *   EHCP_MAX_DEPTH           deepest element nesting      64       (xml_safe.h)
 *   EHCP_MAX_ATTRIBUTES      most attributes on a tag     256      (xml_safe.h)
 *   EHCP_MAX_PAGES           most pages one render makes  500
 *   EHCP_MAX_PICTURE_BYTES   largest picture file          8 MiB
 *   EHCP_MAX_PICTURE_PIXELS  most pixels in one picture   36,000,000 (6000 x 6000)
 *
 * Values are read from the environment each time they are asked for (no
 * cache, so no global state); a value that is empty, zero, negative or not
 * a whole number is ignored and the default is used — limits_check_env
 * reports such values so a typo does not go unnoticed. */
#ifndef EHCP_LIMITS_H
#define EHCP_LIMITS_H

#include <stddef.h>
#include "diag.h"

#define LIMITS_DEFAULT_INPUT_BYTES ((size_t)16 << 20)
#define LIMITS_DEFAULT_TEXT_BYTES ((size_t)1 << 20)
#define LIMITS_DEFAULT_DEPTH 64
#define LIMITS_DEFAULT_ATTRIBUTES 256
#define LIMITS_DEFAULT_PAGES 500
#define LIMITS_DEFAULT_PICTURE_BYTES ((size_t)8 << 20)
#define LIMITS_DEFAULT_PICTURE_PIXELS ((size_t)36000000)

/* The whole-number value of environment variable name, or fallback when it
 * is unset or not a positive whole number. */
size_t limits_env_size(const char *name, size_t fallback);

/* Most pages one render may make (EHCP_MAX_PAGES); at most INT_MAX. For
 * layout_options.max_pages. */
int limits_max_pages(void);

/* Largest picture file, in bytes (EHCP_MAX_PICTURE_BYTES). */
size_t limits_max_picture_bytes(void);

/* Most pixels (width x height) in one decoded picture
 * (EHCP_MAX_PICTURE_PIXELS): checked from the PNG header, before decoding,
 * so a small file that inflates to gigabytes is refused. */
size_t limits_max_picture_pixels(void);

/* 1 when a width_px x height_px picture is within the pixel limit (and each
 * side within what Cairo can draw, 32767); 0 otherwise. Overflow-safe. */
int limits_picture_pixels_ok(unsigned long width_px, unsigned long height_px);

/* Adds one warning (rule "LIMIT", no file) for each EHCP_MAX_* variable that
 * is set but not a positive whole number, saying the default is used.
 * Returns the number of warnings added. */
int limits_check_env(diag_list *diags);

#endif
