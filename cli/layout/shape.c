/* shape.c — gives every box its width and shapes every text box exactly
 * once (one PangoLayout, never laid out again to measure), then computes the
 * unbroken height of every box, bottom-up. Pagination only reads these. */
#include <math.h>
#include <string.h>
#include "layout_internal.h"

static void set_line_metrics(box *b)
{
    int n = pango_layout_get_line_count(b->layout);
    b->n_lines = n;
    b->line_top = xcalloc((size_t)n + 1, sizeof *b->line_top);
    b->line_baseline = xcalloc((size_t)n + 1, sizeof *b->line_baseline);
    PangoLayoutIter *it = pango_layout_get_iter(b->layout);
    int i = 0, y0 = 0, y1 = 0;
    do {
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        b->line_top[i] = (double)y0 / PANGO_SCALE;
        b->line_baseline[i] = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
        i++;
    } while (i < n && pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    b->line_top[n] = (double)y1 / PANGO_SCALE;
    b->height = b->line_top[n];
}

static void check_glyphs(layout_doc *doc, box *b)
{
    if (b->kind == BOX_TOC_ENTRY) return;   /* the heading itself is checked */
    int missing = fonts_check_text(engine_fonts(doc->engine), b->text, doc->font_reported,
                                   doc->file, b->line, doc->diags);
    if (missing == 0 && pango_layout_get_unknown_glyphs_count(b->layout) > 0)
        diag_add(doc->diags, doc->file, b->line, 0, DIAG_WARNING, "FONT-001", NULL,
                 "%d character(s) could not be drawn with the bundled fonts in \"%.60s\"; "
                 "add a font that covers them to fonts/",
                 pango_layout_get_unknown_glyphs_count(b->layout), b->text);
}

/* Boxes with the same text, attributes, font and width get the same lines:
 * table labels, list bullets, repeated provision details ("Council
 * (education)") are shaped once per document and share one PangoLayout
 * (shaping is most of the layout stage: about 290,000 instructions a box). */
static guint shape_hash(gconstpointer key)
{
    const box *b = key;
    guint h = g_str_hash(b->text ? b->text : "");
    h = h * 31u + (guint)lround(b->width * 64);
    h = h * 31u + (guint)lround(b->size_pt * 64);
    h = h * 31u + (guint)b->bold;
    return h * 31u + (guint)b->colour;
}

static gboolean shape_equal(gconstpointer ka, gconstpointer kb)
{
    const box *a = ka, *b = kb;
    if (a->width != b->width || a->size_pt != b->size_pt || a->bold != b->bold ||
        a->colour != b->colour || strcmp(a->text ? a->text : "", b->text ? b->text : "") != 0)
        return FALSE;
    if (!a->attrs || !b->attrs) return !a->attrs && !b->attrs;
    return pango_attr_list_equal(a->attrs, b->attrs);
}

GHashTable *shape_cache_new(void)
{
    return g_hash_table_new(shape_hash, shape_equal);
}

static void share_layout(box *b, const box *from)
{
    b->layout = g_object_ref(from->layout);
    b->n_lines = from->n_lines;
    size_t n = (size_t)from->n_lines + 1;
    b->line_top = xmalloc(n * sizeof *b->line_top);
    memcpy(b->line_top, from->line_top, n * sizeof *b->line_top);
    b->line_baseline = xmalloc(n * sizeof *b->line_baseline);
    memcpy(b->line_baseline, from->line_baseline, n * sizeof *b->line_baseline);
    b->height = from->height;
}

/* Pango 1.50 shapes every item that fits on a line twice when the layout
 * has a width (once to measure, again before keeping it), but once when it
 * has none. Most boxes are one short line (labels, cells, headings), so a
 * text that probably fits is first laid out without a width: if each of its
 * lines (only hard breaks) is left to right and narrower than the box,
 * giving it the width would break no line and move no glyph, so it is kept
 * (typical plan: 46,400 to 40,000 characters shaped). */
static int likely_fits(const box *b, double width)
{
    /* Liberation Sans averages about half an em a character; a text that
     * would overfill the line at that rate usually wraps, and a failed try
     * costs a second itemizing, breaking and shaping (typical plan: 263
     * boxes fit, 3 tried in vain). */
    size_t n = b->text ? strlen(b->text) : 0;
    return (double)n * b->size_pt * 0.5 <= width;
}

static int lines_fit(PangoLayout *l, int pango_w)
{
    for (GSList *ls = pango_layout_get_lines_readonly(l); ls; ls = ls->next) {
        const PangoLayoutLine *line = ls->data;
        /* Right-to-left lines are aligned to the layout's width (a left
         * alignment turns right for them), which differs without one. */
        if (line->resolved_dir != PANGO_DIRECTION_LTR) return 0;
        int w = 0;
        for (GSList *r = line->runs; r; r = r->next)
            w += pango_glyph_string_get_width(((const PangoGlyphItem *)r->data)->glyphs);
        if (w >= pango_w) return 0;
    }
    return 1;
}

void shape_text(layout_doc *doc, box *b, double width)
{
    const layout_profile *p = &doc->prof;
    b->width = width;
    const box *same = g_hash_table_lookup(doc->shaped, b);
    if (same) {
        share_layout(b, same);
        check_glyphs(doc, b);
        return;
    }
    b->layout = pango_layout_new(fonts_context(engine_fonts(doc->engine)));
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, p->font_family);
    pango_font_description_set_size(fd, (int)lround(b->size_pt * PANGO_SCALE));
    pango_font_description_set_weight(fd, b->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(b->layout, fd);
    pango_font_description_free(fd);
    pango_layout_set_wrap(b->layout, PANGO_WRAP_WORD_CHAR);   /* long words wrap, never overflow */
    pango_layout_set_line_spacing(b->layout, (float)p->line_height);
    pango_layout_set_alignment(b->layout, PANGO_ALIGN_LEFT);
    pango_layout_set_justify(b->layout, FALSE);
    pango_layout_set_text(b->layout, b->text ? b->text : "", -1);
    PangoAttrList *attrs = b->attrs ? pango_attr_list_copy(b->attrs) : pango_attr_list_new();
    pango_attr_list_insert_before(attrs, pango_attr_insert_hyphens_new(FALSE));
    if (b->colour) {
        uint32_t c = b->colour;
        pango_attr_list_insert_before(attrs, pango_attr_foreground_new(
            (guint16)((c >> 16 & 0xff) * 257), (guint16)((c >> 8 & 0xff) * 257), (guint16)((c & 0xff) * 257)));
    }
    pango_layout_set_attributes(b->layout, attrs);
    pango_attr_list_unref(attrs);
    int pango_w = (int)(width * PANGO_SCALE);
    if (!likely_fits(b, width) || !lines_fit(b->layout, pango_w))
        pango_layout_set_width(b->layout, pango_w);
    set_line_metrics(b);
    check_glyphs(doc, b);
    g_hash_table_add(doc->shaped, b);
}

/* Height of blocks stacked one above the other: adjacent spaces collapse to
 * the larger of the two, as in CSS. Shared with table cells (table.c). */
double box_stack_height(box **kids, size_t n)
{
    double h = 0, after = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) h += fmax(after, kids[i]->space_before);
        h += kids[i]->height;
        after = kids[i]->space_after;
    }
    return h;
}

static void shape_kids(layout_doc *doc, box *b, double width)
{
    for (size_t i = 0; i < b->n_kids; i++) shape_box(doc, b->kids[i], width);
}

static void shape_image(layout_doc *doc, box *b, double width)
{
    double nw = 100, nh = 100;
    if (b->image) image_natural_size(b->image, &nw, &nh);
    double w = b->width, h = b->height;
    if (w <= 0 && h <= 0) { w = nw; h = nh; }
    else if (w <= 0) w = h * nw / nh;
    else if (h <= 0) h = w * nh / nw;
    double max_h = (doc->content_bottom - doc->content_top) * 0.8;
    double s = fmin(1.0, fmin(width / w, max_h / h));
    b->width = w * s;
    b->height = h * s;
}

static void shape_picture_row(layout_doc *doc, box *b, double width)
{
    double pic = MM_TO_PT(doc->prof.picture_width_mm), gap = MM_TO_PT(doc->prof.picture_gap_mm);
    double h = 0;
    for (size_t i = 0; i < b->n_kids; i++) {
        box *k = b->kids[i];
        if (k->kind == BOX_IMAGE) {
            if (k->width <= 0 || k->width > pic) { k->width = pic; k->height = 0; }
            shape_image(doc, k, pic);
        } else {
            shape_box(doc, k, width - pic - gap);
        }
        h = fmax(h, k->height);
    }
    b->width = width;
    b->height = h;
}

static void shape_item(layout_doc *doc, box *item, double width)
{
    double indent = MM_TO_PT(doc->prof.list_indent_mm);
    char *text = item->text;
    shape_text(doc, item, indent);
    item->text = text;
    box *body = item->kids[0];
    shape_box(doc, body, width - indent);
    item->width = width;
    item->height = fmax(item->line_top[item->n_lines], body->height);
}

static void shape_toc(layout_doc *doc, box *toc, double width)
{
    double number_w = 3 * doc->prof.furniture_size_pt + MM_TO_PT(4);
    double indent = MM_TO_PT(doc->prof.list_indent_mm);
    for (size_t i = 0; i < toc->n_kids; i++) {
        box *e = toc->kids[i];
        shape_text(doc, e, width - number_w - (e->level > 1 ? indent : 0));
    }
    toc->width = width;
    toc->height = box_stack_height(toc->kids, toc->n_kids);
}

void shape_box(layout_doc *doc, box *b, double width)
{
    double pad = (b->flags & BOXF_BORDER) ? doc->prof.block_padding_pt : 0;
    switch (b->kind) {
    case BOX_TEXT:
    case BOX_TOC_ENTRY:
        shape_text(doc, b, width);
        return;
    case BOX_IMAGE:
        shape_image(doc, b, width);
        return;
    case BOX_PICTURE_ROW:
        shape_picture_row(doc, b, width);
        return;
    case BOX_ITEM:
        shape_item(doc, b, width);
        return;
    case BOX_TOC:
        shape_toc(doc, b, width);
        return;
    case BOX_TABLE:
        shape_table(doc, b, width);
        return;
    case BOX_BLOCKS:
    case BOX_LIST:
    case BOX_CELL:
    case BOX_ROWGROUP:
    case BOX_ROW:
        shape_kids(doc, b, width - 2 * pad);
        b->width = width;
        b->height = box_stack_height(b->kids, b->n_kids) + 2 * pad;
        return;
    }
}

/* The next block after b in reading order (for keep-with-next), or NULL. */
box *box_next_block(const box *b)
{
    for (; b && b->parent; b = b->parent) {
        box *p = b->parent;
        if (p->kind == BOX_CELL || p->kind == BOX_PICTURE_ROW) return NULL;
        for (size_t i = 0; i + 1 < p->n_kids; i++)
            if (p->kids[i] == b) return p->kids[i + 1];
    }
    return NULL;
}

/* The least height that must go on a page together with the start of b:
 * two lines of a paragraph (all of a short one), a heading and the start of
 * what follows it, a table's caption, header and first row, a kept box. */
double box_first_chunk_height(const box *b)
{
    if (b->flags & BOXF_KEEP) return b->height;
    switch (b->kind) {
    case BOX_TEXT:
        if (b->level) {
            box *next = box_next_block(b);
            double rest = next && !(next->flags & BOXF_BREAK_BEFORE) ? box_first_chunk_height(next) : 0;
            return b->height + (next ? fmax(b->space_after, next->space_before) : 0) + rest;
        }
        return b->n_lines <= 3 ? b->height : b->line_top[2];
    case BOX_BLOCKS:
    case BOX_LIST:
    case BOX_CELL: {
        double pad = (b->flags & BOXF_BORDER) ? 0 : 0;
        return b->n_kids ? pad + box_first_chunk_height(b->kids[0]) : b->height;
    }
    case BOX_ITEM:
        return fmax(b->n_lines ? b->line_top[1] : 0, box_first_chunk_height(b->kids[0]));
    case BOX_TABLE:
        return table_first_chunk_height(b);
    default:
        return b->height;
    }
}
