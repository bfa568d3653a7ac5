/* furniture.c — what every page carries besides its content: the running
 * header (meta ehcp:running-header), "Page n of N", and the draft mark (meta
 * ehcp:draft; its words are the profile's draft_mark: "DRAFT", or "Draft"
 * in easy read, which has no text in capitals). Called inside a "Private"
 * tag (made /Artifact later). */
#include <stdlib.h>
#include "draw.h"

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
        PangoLayout *l = draw_new_layout(dt, doc->running_header, size, 0);
        pango_layout_set_width(l, (int)(doc->content_w * 0.75 * PANGO_SCALE));
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        draw_set_colour(dt->cr, p->colour_furniture);
        draw_small_layout(dt, l, left, -1, head_base);
        g_object_unref(l);
    }
    if (doc->draft) {
        PangoLayout *l = draw_new_layout(dt, p->draft_mark, size * 1.5, 1);
        draw_set_colour(dt->cr, p->colour_draft);
        draw_small_layout(dt, l, 0, right, head_base);
        g_object_unref(l);
    }
    if ((doc->running_header && *doc->running_header) || doc->draft) {
        draw_set_colour(dt->cr, p->colour_rule);
        cairo_set_line_width(dt->cr, 0.5);
        cairo_move_to(dt->cr, left, head_base + size * 0.5);
        cairo_line_to(dt->cr, right, head_base + size * 0.5);
        cairo_stroke(dt->cr);
    }
    char *text = xasprintf("Page %d of %d", dt->page + 1, doc->n_pages);
    PangoLayout *l = draw_new_layout(dt, text, size, 0);
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    double w = (double)logical.width / PANGO_SCALE;
    draw_set_colour(dt->cr, p->colour_furniture);
    draw_small_layout(dt, l, left + (doc->content_w - w) / 2, -1,
                      doc->page_h - MM_TO_PT(p->margin_bottom_mm) * 0.45);
    g_object_unref(l);
    free(text);
}
