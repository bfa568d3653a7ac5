/* draw_text.c — text lines drawn run by run in logical order (so the content
 * stream reads in the right order even for right-to-left lines), with links
 * tagged Link and highlights tagged Span, their decoration (underline,
 * background) drawn as page furniture beside them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "draw.h"

typedef struct {
    PangoGlyphItem *run;
    double x;        /* from the line start, pt */
    double width;
    int span;        /* index in box spans, or -1 */
} placed_run;

static int by_offset(const void *a, const void *b)
{
    const placed_run *ra = a, *rb = b;
    return (ra->run->item->offset > rb->run->item->offset) - (ra->run->item->offset < rb->run->item->offset);
}

static int span_of(const box *b, int offset)
{
    for (size_t i = 0; b && i < b->n_spans; i++)
        if (offset >= b->spans[i].start && offset < b->spans[i].end) return (int)i;
    return -1;
}

/* The runs of a line in logical order, with their visual x. Caller frees. */
static placed_run *line_runs(PangoLayoutLine *line, const box *b, int *n_out)
{
    int n = (int)g_slist_length(line->runs), i = 0;
    placed_run *runs = xcalloc((size_t)n + 1, sizeof *runs);
    double x = 0;
    for (GSList *l = line->runs; l; l = l->next, i++) {
        PangoGlyphItem *run = l->data;
        runs[i].run = run;
        runs[i].x = x;
        runs[i].width = (double)pango_glyph_string_get_width(run->glyphs) / PANGO_SCALE;
        runs[i].span = span_of(b, run->item->offset);
        x += runs[i].width;
    }
    qsort(runs, (size_t)n, sizeof *runs, by_offset);
    *n_out = n;
    return runs;
}

static void set_run_colour(cairo_t *cr, const PangoGlyphItem *run)
{
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (GSList *a = run->item->analysis.extra_attrs; a; a = a->next) {
        PangoAttribute *attr = a->data;
        if (attr->klass->type != PANGO_ATTR_FOREGROUND) continue;
        PangoColor c = ((PangoAttrColor *)attr)->color;
        cairo_set_source_rgb(cr, c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0);
    }
}

/* Pango empties the glyph of the space where a line wraps; Cairo then writes
 * that space as an empty "/Span << /ActualText ( ) >> BDC EMC", and poppler's
 * structure text (pdfinfo -struct-text, what assistive technology built on
 * it reads) stops at that empty span: only the first line of each paragraph
 * was read. Drawing the font's own space glyph there instead (it has no ink,
 * and keeps Pango's zero width) puts a real space in the text. NULL when the
 * run has no such space; else a copy to free with pango_glyph_item_free. */
static PangoGlyphItem *with_wrap_space(const char *text, const PangoGlyphItem *run)
{
    PangoGlyphString *g = run->glyphs;
    PangoGlyphItem *copy = NULL;
    for (int i = 0; i < g->num_glyphs; i++) {
        if (g->glyphs[i].glyph != PANGO_GLYPH_EMPTY || text[run->item->offset + g->log_clusters[i]] != ' ')
            continue;
        hb_codepoint_t space;
        hb_font_t *hb = run->item->analysis.font ? pango_font_get_hb_font(run->item->analysis.font) : NULL;
        if (!hb || !hb_font_get_nominal_glyph(hb, ' ', &space)) return copy;
        if (!copy) copy = pango_glyph_item_copy((PangoGlyphItem *)run);
        copy->glyphs->glyphs[i].glyph = space;
    }
    return copy;
}

static void show_run(draw_target *dt, const char *text, const placed_run *r, double x, double baseline)
{
    set_run_colour(dt->cr, r->run);
    cairo_move_to(dt->cr, x + r->x, baseline);
    PangoGlyphItem *fixed = with_wrap_space(text, r->run);
    pango_cairo_show_glyph_item(dt->cr, text, fixed ? fixed : r->run);
    if (fixed) pango_glyph_item_free(fixed);
}

char *draw_link_attrs(draw_target *dt, const char *href)
{
    if (href[0] == '#' || !strchr(href, ':')) {
        const char *id = href[0] == '#' ? href + 1 : href;
        if (!g_hash_table_contains(dt->ids, id) || strchr(id, '\'') || strchr(id, '\\')) return NULL;
        return xasprintf("dest='%s'", id);
    }
    /* Cairo 1.16 writes the URI raw into a PDF string and parses attribute
     * strings itself: percent-encode what would break either. */
    GString *s = g_string_new("uri='");
    for (const unsigned char *p = (const unsigned char *)href; *p; p++) {
        if (strchr("()\\'\" <>", *p) || *p < 0x21 || *p >= 0x7f) g_string_append_printf(s, "%%%02X", *p);
        else g_string_append_c(s, (char)*p);
    }
    g_string_append_c(s, '\'');
    char *out = xstrdup(s->str);
    g_string_free(s, TRUE);
    return out;
}

static char *span_contents(const box *b, const text_span *sp)
{
    char *text = xstrndup(b->text + sp->start, (size_t)(sp->end - sp->start));
    if (!*text) { free(text); text = xstrdup(sp->href); }
    return text;
}

/* Opens the tag for a group of runs: Link (with its annotation), or Span. */
static int open_group(draw_target *dt, const box *b, int span)
{
    if (span >= 0 && b->spans[span].href) {
        char *attrs = draw_link_attrs(dt, b->spans[span].href);
        if (attrs) {
            draw_tag_begin(dt, CAIRO_TAG_LINK, attrs);
            free(attrs);
            if (dt->pdf && dt->info) {
                char *c = span_contents(b, &b->spans[span]);
                pdf_finish_info_add_link(dt->info, c);
                free(c);
            }
            return 1;
        }
    }
    draw_tag_begin(dt, "Span", NULL);
    return 0;
}

static void line_decoration(draw_target *dt, const box *b, placed_run *runs, int n,
                            double x, double baseline, int underline)
{
    int any = 0;
    for (int i = 0; i < n; i++) {
        int sp = runs[i].span;
        if (sp < 0 || (b->spans[sp].href != NULL) != underline) continue;
        if (!any) draw_tag_begin(dt, "Private", NULL);
        any = 1;
        if (underline) {
            set_run_colour(dt->cr, runs[i].run);
            cairo_set_line_width(dt->cr, fmax(0.5, b->size_pt / 16));
            cairo_move_to(dt->cr, x + runs[i].x, baseline + b->size_pt / 8);
            cairo_rel_line_to(dt->cr, runs[i].width, 0);
            cairo_stroke(dt->cr);
        } else {
            draw_set_colour(dt->cr, dt->doc->prof.colour_highlight_bg);
            cairo_rectangle(dt->cr, x + runs[i].x, baseline - b->size_pt, runs[i].width, b->size_pt * 1.3);
            cairo_fill(dt->cr);
        }
    }
    if (any) draw_tag_end(dt, "Private");
}

/* One line of a box with spans: each group of runs in its own tag. */
static void draw_span_line(draw_target *dt, const box *b, const char *text, placed_run *runs, int n,
                           double x, double baseline)
{
    line_decoration(dt, b, runs, n, x, baseline, 0);
    int open = -2, is_link = 0;
    for (int i = 0; i < n; i++) {
        if (runs[i].span != open) {
            if (open != -2) draw_tag_end(dt, is_link ? CAIRO_TAG_LINK : "Span");
            open = runs[i].span;
            is_link = open_group(dt, b, open);
        }
        show_run(dt, text, &runs[i], x, baseline);
    }
    if (open != -2) draw_tag_end(dt, is_link ? CAIRO_TAG_LINK : "Span");
    line_decoration(dt, b, runs, n, x, baseline, 1);
}

/* Draws lines [line0, line1) of layout with the top of line0 at y. */
static void draw_lines(draw_target *dt, const box *b, PangoLayout *layout, int line0, int line1,
                       double x, double y, int with_spans)
{
    const char *text = pango_layout_get_text(layout);
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    for (int i = 0; i < line0; i++) pango_layout_iter_next_line(it);
    for (int i = line0; i < line1; i++) {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double lx = x + (double)logical.x / PANGO_SCALE;
        double baseline = y + b->line_baseline[i] - b->line_top[line0];
        int n = 0;
        placed_run *runs = line_runs(pango_layout_iter_get_line_readonly(it), with_spans ? b : NULL, &n);
        if (with_spans) draw_span_line(dt, b, text, runs, n, lx, baseline);
        else for (int r = 0; r < n; r++) show_run(dt, text, &runs[r], lx, baseline);
        free(runs);
        pango_layout_iter_next_line(it);
    }
    pango_layout_iter_free(it);
}

void draw_text_event(draw_target *dt, const event *ev)
{
    const box *b = ev->box;
    draw_lines(dt, b, b->layout, ev->line0, ev->line1, ev->x, ev->y, b->n_spans > 0);
}

void draw_marker_event(draw_target *dt, const event *ev)
{
    const box *item = ev->box;
    draw_lines(dt, item, item->layout, 0, item->n_lines, ev->x, ev->y, 0);
}

static PangoLayout *number_layout(draw_target *dt, const char *text, double size, int bold)
{
    PangoLayout *l = pango_layout_new(fonts_context(engine_fonts(dt->doc->engine)));
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, dt->doc->prof.font_family);
    pango_font_description_set_size(fd, (int)lround(size * PANGO_SCALE));
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_text(l, text, -1);
    return l;
}

/* Draws a one-line layout with its baseline at `baseline`, right edge at
 * right (or left edge at x when right < 0). */
void draw_small_layout(draw_target *dt, PangoLayout *l, double x, double right, double baseline)
{
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    double w = (double)logical.width / PANGO_SCALE;
    double base = (double)pango_layout_get_baseline(l) / PANGO_SCALE;
    cairo_move_to(dt->cr, right >= 0 ? right - w : x, baseline - base);
    pango_cairo_show_layout(dt->cr, l);
}

PangoLayout *draw_new_layout(draw_target *dt, const char *text, double size, int bold)
{
    return number_layout(dt, text, size, bold);
}

void draw_toc_event(draw_target *dt, const event *ev)
{
    const box *e = ev->box, *target = e->target;
    char *attrs = draw_link_attrs(dt, target->id);
    char *number = xasprintf("%d", target->page + 1);
    if (attrs) draw_tag_begin(dt, CAIRO_TAG_LINK, attrs);
    draw_set_colour(dt->cr, dt->doc->prof.colour_text);
    draw_lines(dt, e, e->layout, 0, e->n_lines, ev->x, ev->y, 0);
    PangoLayout *num = number_layout(dt, number, e->size_pt, e->bold);
    draw_set_colour(dt->cr, dt->doc->prof.colour_text);
    double last = e->n_lines ? e->line_baseline[e->n_lines - 1] : 0;
    draw_small_layout(dt, num, 0, ev->x + ev->w, ev->y + last);
    g_object_unref(num);
    if (attrs) {
        draw_tag_end(dt, CAIRO_TAG_LINK);
        if (dt->pdf && dt->info) {
            char *c = xasprintf("%s, page %s", e->text, number);
            pdf_finish_info_add_link(dt->info, c);
            free(c);
        }
    }
    free(attrs);
    free(number);
}
