/* fonts.c — a private fontconfig configuration holding only the bundled
 * fonts, so output never depends on the machine's fonts and start-up does not
 * scan the system. No synthetic bold or italic: the configuration has no
 * rules, so fontconfig never asks for emboldening or slanting. */
#include "fonts.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include "../util/datadir.h"
#include "../util/xmem.h"

struct layout_fonts {
    FcConfig *config;
    PangoFontMap *font_map;
    PangoContext *context;
    hb_set_t *covered;
};

static int is_font_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && (strcmp(name + n - 4, ".ttf") == 0 || strcmp(name + n - 4, ".otf") == 0);
}

/* Adds every font file of dir to the config and its characters to covered. */
static int add_font_files(layout_fonts *f, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    int added = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_font_file(e->d_name)) continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        if (FcConfigAppFontAddFile(f->config, (const FcChar8 *)path)) {
            hb_blob_t *blob = hb_blob_create_from_file(path);
            hb_face_t *face = hb_face_create(blob, 0);
            hb_face_collect_unicodes(face, f->covered);
            hb_face_destroy(face);
            hb_blob_destroy(blob);
            added++;
        }
        free(path);
    }
    closedir(d);
    return added;
}

static void set_context_options(PangoContext *ctx)
{
    /* Unhinted metrics: the same line breaks in the PDF and in PNG previews. */
    cairo_font_options_t *o = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(ctx, o);
    cairo_font_options_destroy(o);
    pango_cairo_context_set_resolution(ctx, 72.0);
    pango_context_set_round_glyph_positions(ctx, FALSE);
}

layout_fonts *fonts_create(const char *datadir, diag_list *diags)
{
    layout_fonts *f = xcalloc(1, sizeof *f);
    f->config = FcConfigCreate();
    f->covered = hb_set_create();
    char *dir = datadir_path(datadir, "fonts");
    int added = add_font_files(f, dir);
    if (added == 0) {
        diag_add(diags, dir, 0, 0, DIAG_ERROR, "FONT", NULL,
                 "no font files (.ttf, .otf) found in the fonts folder; "
                 "check EHCP_DATADIR or reinstall ehcp");
        free(dir);
        fonts_destroy(f);
        return NULL;
    }
    free(dir);
    FcConfigBuildFonts(f->config);
    /* Pango 1.50 starts FcInit() in a thread when a font map is made, which
     * loads the system configuration and the caches of every system font
     * (about 24M instructions, most of a small render's start-up) only to
     * be ignored: our map uses f->config. With a current configuration in
     * place FcInit has nothing to do. Fontconfig keeps its own reference,
     * so fonts_destroy stays correct; a later engine replaces it. */
    FcConfigSetCurrent(f->config);
    f->font_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->font_map), f->config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(f->font_map), 72.0);
    f->context = pango_font_map_create_context(f->font_map);
    set_context_options(f->context);
    return f;
}

void fonts_destroy(layout_fonts *f)
{
    if (!f) return;
    if (f->context) g_object_unref(f->context);
    if (f->font_map) g_object_unref(f->font_map);
    if (f->config) FcConfigDestroy(f->config);
    hb_set_destroy(f->covered);
    free(f);
}

PangoContext *fonts_context(layout_fonts *f) { return f->context; }

int fonts_covers(const layout_fonts *f, gunichar c)
{
    return hb_set_has(f->covered, c);
}

/* Characters no font needs to draw: controls, spaces, format characters. */
static int needs_glyph(gunichar c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 0;
    GUnicodeType t = g_unichar_type(c);
    return t != G_UNICODE_FORMAT && t != G_UNICODE_LINE_SEPARATOR &&
           t != G_UNICODE_PARAGRAPH_SEPARATOR && c != 0x20 && c != 0xa0;
}

int fonts_check_text(const layout_fonts *f, const char *text, void *reported,
                     const char *file, long line, diag_list *diags)
{
    hb_set_t *seen = reported;
    int missing = 0;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!needs_glyph(c) || hb_set_has(f->covered, c)) continue;
        missing++;
        if (hb_set_has(seen, c)) continue;
        hb_set_add(seen, c);
        char utf8[8] = { 0 };
        g_unichar_to_utf8(c, utf8);
        char *excerpt = g_utf8_substring(text, 0, MIN(g_utf8_strlen(text, -1), 60));
        diag_add(diags, file, line, 0, DIAG_WARNING, "FONT-001", NULL,
                 "character U+%04X '%s' is not covered by any bundled font, so it is drawn "
                 "as a missing-glyph box; text: \"%s\"; add a font that covers it to fonts/ "
                 "or write the text another way", (unsigned)c, utf8, excerpt);
        g_free(excerpt);
    }
    return missing;
}
