/* fonts.h — the bundled fonts (datadir/fonts) behind a private fontconfig
 * configuration, a Pango font map and context at 72 dpi (1 unit = 1 pt), and
 * the set of characters they cover (HarfBuzz), for the FONT-001 check. */
#ifndef EHCP_LAYOUT_FONTS_H
#define EHCP_LAYOUT_FONTS_H

#include <pango/pango.h>
#include "../util/diag.h"

typedef struct layout_fonts layout_fonts;

/* NULL after adding an error when fonts/ holds no usable font. */
layout_fonts *fonts_create(const char *datadir, diag_list *diags);
void fonts_destroy(layout_fonts *fonts);

/* The context every layout of every document is made from. */
PangoContext *fonts_context(layout_fonts *fonts);
int fonts_covers(const layout_fonts *fonts, gunichar c);

/* Warns (FONT-001) once per character of text that no bundled font covers;
 * `reported` remembers characters already reported (an hb_set_t). Returns the
 * number of uncovered characters found in text. */
int fonts_check_text(const layout_fonts *fonts, const char *text, void *reported,
                     const char *file, long line, diag_list *diags);

#endif
