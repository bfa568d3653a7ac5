/* furniture.c — what every page carries besides its content: the running
 * header (meta ehcp:running-header), "Page n of N", and the draft mark (meta
 * ehcp:draft; its words are the profile's draft_mark: "DRAFT", or "Draft"
 * in easy read, which has no text in capitals). Called inside a "Private"
 * tag (made /Artifact later).
 * The header and draft mark are the same on every page, so their layouts are
 * made and shaped once per draw (dt->furn_*), as are the small number
 * layouts of the contents page (draw_cached_layout). */
#include <stdio.h>
#include <stdlib.h>
#include "draw.h"

/* A layout for one line of text in the body font, kept until the draw ends:
 * the same page number recurs in the contents, and a layout that is drawn
 * again is not shaped again. The caller must not unref it. */
PangoLayout *draw_cached_layout(draw_target *dt, const char *text, double size, int bold)
{
    if (!dt->small_layouts)
        dt->small_layouts = g_hash_table_new_full(g_str_hash, g_str_equal, free, g_object_unref);
    char *key = xasprintf("%a %d %s", size, bold, text);
    PangoLayout *l = g_hash_table_lookup(dt->small_layouts, key);
    if (l) {
        free(key);
        return l;
    }
    l = draw_new_layout(dt, text, size, bold);
    g_hash_table_insert(dt->small_layouts, key, l);
    return l;
}

void draw_furniture_free(draw_target *dt)
{
    if (dt->furn_header) g_object_unref(dt->furn_header);
    if (dt->furn_draft) g_object_unref(dt->furn_draft);
    if (dt->furn_footer) g_object_unref(dt->furn_footer);
    if (dt->small_layouts) g_hash_table_destroy(dt->small_layouts);
    dt->furn_header = dt->furn_draft = dt->furn_footer = NULL;
    dt->small_layouts = NULL;
}

void draw_page_furniture(draw_target *dt)
{
    layout_doc *doc = dt->doc;
    const layout_profile *p = &doc->prof;
    double size = p->furniture_size_pt;
    double left = doc->content_x, right = doc->content_x + doc->content_w;
    double head_base = MM_TO_PT(p->margin_top_mm) * 0.55;
    /* Keep the tallest furniture (the draft mark, 1.5 times the size; capitals
     * about 0.75 em) at least 6 mm from the top edge, where printers clip. */
    double clear = MM_TO_PT(6) + 0.75 * size * (doc->draft ? 1.5 : 1.0);
    if (head_base < clear) head_base = clear;
    if (doc->running_header && *doc->running_header) {
        if (!dt->furn_header) {
            PangoLayout *l = draw_new_layout(dt, doc->running_header, size, 0);
            pango_layout_set_width(l, (int)(doc->content_w * 0.75 * PANGO_SCALE));
            pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
            dt->furn_header = l;
        }
        draw_set_colour(dt->cr, p->colour_furniture);
        draw_small_layout(dt, dt->furn_header, left, -1, head_base);
    }
    if (doc->draft) {
        if (!dt->furn_draft) dt->furn_draft = draw_new_layout(dt, p->draft_mark, size * 1.5, 1);
        draw_set_colour(dt->cr, p->colour_draft);
        draw_small_layout(dt, dt->furn_draft, 0, right, head_base);
    }
    if ((doc->running_header && *doc->running_header) || doc->draft) {
        draw_set_colour(dt->cr, p->colour_rule);
        cairo_set_line_width(dt->cr, 0.5);
        cairo_move_to(dt->cr, left, head_base + size * 0.5);
        cairo_line_to(dt->cr, right, head_base + size * 0.5);
        cairo_stroke(dt->cr);
    }
    /* Only the numbers change from page to page: one layout, new text. */
    char text[64];
    snprintf(text, sizeof text, "Page %d of %d", dt->page + 1, doc->n_pages);
    if (!dt->furn_footer) dt->furn_footer = draw_new_layout(dt, text, size, 0);
    else pango_layout_set_text(dt->furn_footer, text, -1);
    PangoLayout *l = dt->furn_footer;
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    double w = (double)logical.width / PANGO_SCALE;
    draw_set_colour(dt->cr, p->colour_furniture);
    draw_small_layout(dt, l, left + (doc->content_w - w) / 2, -1,
                      doc->page_h - MM_TO_PT(p->margin_bottom_mm) * 0.45);
}
