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

/* The run's colour: its foreground attribute, else black. */
static PangoColor run_colour(const PangoGlyphItem *run)
{
    PangoColor c = { 0, 0, 0 };
    for (GSList *a = run->item->analysis.extra_attrs; a; a = a->next) {
        PangoAttribute *attr = a->data;
        if (attr->klass->type == PANGO_ATTR_FOREGROUND) c = ((PangoAttrColor *)attr)->color;
    }
    return c;
}

static void set_run_colour(cairo_t *cr, const PangoGlyphItem *run)
{
    PangoColor c = run_colour(run);
    cairo_set_source_rgb(cr, c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0);
}

/* Pango empties the glyph of the space where a line wraps; Cairo then writes
 * that space as an empty "/Span << /ActualText ( ) >> BDC EMC", and poppler's
 * structure text (pdfinfo -struct-text, what assistive technology built on
 * it reads) stops at that empty span: only the first line of each paragraph
 * was read. Drawing the font's own space glyph there instead (it has no ink,
 * and keeps Pango's zero width) puts a real space in the text. The glyph to
 * draw for glyph i of run: PANGO_GLYPH_EMPTY draws nothing. */
static PangoGlyph drawn_glyph(const char *text, const PangoGlyphItem *run, int i, hb_codepoint_t space)
{
    PangoGlyph g = run->glyphs->glyphs[i].glyph;
    if (g == PANGO_GLYPH_EMPTY && space && text[run->item->offset + run->glyphs->log_clusters[i]] == ' ')
        return space;
    return g;
}

/* The font's space glyph when the run has a wrapped space, else 0. */
static hb_codepoint_t space_glyph(const char *text, const PangoGlyphItem *run)
{
    const PangoGlyphString *g = run->glyphs;
    int wrapped = 0;
    for (int i = 0; i < g->num_glyphs && !wrapped; i++)
        wrapped = g->glyphs[i].glyph == PANGO_GLYPH_EMPTY && text[run->item->offset + g->log_clusters[i]] == ' ';
    if (!wrapped) return 0;
    hb_codepoint_t space = 0;
    hb_font_t *hb = run->item->analysis.font ? pango_font_get_hb_font(run->item->analysis.font) : NULL;
    if (!hb || !hb_font_get_nominal_glyph(hb, ' ', &space)) return 0;
    return space;
}

/* NULL when the run has no wrapped space; else a copy with the space glyph
 * drawn, to free with pango_glyph_item_free. */
static PangoGlyphItem *with_wrap_space(const char *text, const PangoGlyphItem *run, hb_codepoint_t space)
{
    if (!space) return NULL;
    PangoGlyphItem *copy = pango_glyph_item_copy((PangoGlyphItem *)run);
    for (int i = 0; i < copy->glyphs->num_glyphs; i++)
        copy->glyphs->glyphs[i].glyph = drawn_glyph(text, run, i, space);
    return copy;
}

/* Runs shown by one cairo_show_text_glyphs call. Each call is a command that
 * Cairo records, analyses and replays at every page end (about 40,000
 * instructions a call before its glyphs are counted), so the runs of a
 * paragraph that follow one another in the text with the same font and
 * colour go out together. The PDF is the same: Cairo writes a call's glyphs
 * cluster by cluster into the open text object, moving to the next line as
 * it would between calls. This is what pango_cairo_show_glyph_item does
 * for one run (pangocairo-render.c: glyph positions from the current point,
 * clusters without their empty glyphs), kept for several. */
typedef struct {
    cairo_t *cr;
    const char *text;             /* the layout's text */
    PangoFont *font;              /* of the waiting glyphs; NULL when none wait */
    cairo_scaled_font_t *scaled;
    PangoColor colour;
    int start, end;               /* bytes of text the waiting clusters cover */
    cairo_glyph_t *glyphs;
    int n_glyphs, cap_glyphs;
    cairo_text_cluster_t *clusters;
    int n_clusters, cap_clusters;
} glyph_batch;

static void batch_flush(glyph_batch *gb)
{
    if (!gb->font) return;
    cairo_t *cr = gb->cr;
    cairo_set_source_rgb(cr, gb->colour.red / 65535.0, gb->colour.green / 65535.0, gb->colour.blue / 65535.0);
    cairo_save(cr);
    cairo_set_scaled_font(cr, gb->scaled);
    cairo_show_text_glyphs(cr, gb->text + gb->start, gb->end - gb->start, gb->glyphs, gb->n_glyphs,
                           gb->clusters, gb->n_clusters, 0);
    cairo_restore(cr);
    gb->font = NULL;
    gb->n_glyphs = gb->n_clusters = 0;
}

static void batch_free(glyph_batch *gb)
{
    batch_flush(gb);
    free(gb->glyphs);
    free(gb->clusters);
}

/* Whether a run can join a batch: left to right, every glyph known, some
 * glyph drawn (Cairo treats a call with no glyphs differently), a font
 * Cairo can use. Others are drawn by Pango alone. */
static cairo_scaled_font_t *batchable(const PangoGlyphItem *run, const char *text, hb_codepoint_t space)
{
    if (run->item->analysis.level & 1 || !run->item->analysis.font ||
        !PANGO_IS_CAIRO_FONT(run->item->analysis.font))
        return NULL;
    int drawn = 0;
    for (int i = 0; i < run->glyphs->num_glyphs; i++) {
        PangoGlyph g = drawn_glyph(text, run, i, space);
        if (g & PANGO_GLYPH_UNKNOWN_FLAG) return NULL;
        if (g != PANGO_GLYPH_EMPTY) drawn = 1;
    }
    if (!drawn) return NULL;
    cairo_scaled_font_t *sf = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(run->item->analysis.font));
    return sf && cairo_scaled_font_status(sf) == CAIRO_STATUS_SUCCESS ? sf : NULL;
}

static void batch_grow(glyph_batch *gb, int glyphs)
{
    if (gb->n_glyphs + glyphs > gb->cap_glyphs) {
        gb->cap_glyphs = (gb->n_glyphs + glyphs) * 2;
        gb->glyphs = xrealloc(gb->glyphs, (size_t)gb->cap_glyphs * sizeof *gb->glyphs);
    }
    if (gb->n_clusters + glyphs > gb->cap_clusters) {
        gb->cap_clusters = (gb->n_clusters + glyphs) * 2;
        gb->clusters = xrealloc(gb->clusters, (size_t)gb->cap_clusters * sizeof *gb->clusters);
    }
}

/* Adds the run's glyphs, placed from the current point as Pango does. */
static void batch_add(glyph_batch *gb, PangoGlyphItem *run, cairo_scaled_font_t *sf, PangoColor colour,
                      hb_codepoint_t space)
{
    const PangoItem *item = run->item;
    if (gb->font && (gb->font != item->analysis.font || gb->end != item->offset ||
                     gb->colour.red != colour.red || gb->colour.green != colour.green ||
                     gb->colour.blue != colour.blue))
        batch_flush(gb);
    if (!gb->font) {
        gb->font = item->analysis.font;
        gb->scaled = sf;
        gb->colour = colour;
        gb->start = item->offset;
    }
    gb->end = item->offset + item->length;
    double bx, by;
    cairo_get_current_point(gb->cr, &bx, &by);
    PangoGlyphString *gs = run->glyphs;
    batch_grow(gb, gs->num_glyphs);
    int xpos = 0;
    for (int i = 0; i < gs->num_glyphs; i++) {
        const PangoGlyphInfo *gi = &gs->glyphs[i];
        PangoGlyph g = drawn_glyph(gb->text, run, i, space);
        if (g != PANGO_GLYPH_EMPTY) {
            cairo_glyph_t *cg = &gb->glyphs[gb->n_glyphs++];
            cg->index = g;
            cg->x = bx + (double)(xpos + gi->geometry.x_offset) / PANGO_SCALE;
            cg->y = gi->geometry.y_offset == 0 ? by : by + (double)gi->geometry.y_offset / PANGO_SCALE;
        }
        xpos += gi->geometry.width;
    }
    PangoGlyphItemIter iter;
    if (pango_glyph_item_iter_init_start(&iter, run, gb->text)) {
        do {
            int n = iter.end_glyph - iter.start_glyph;
            for (int i = iter.start_glyph; i < iter.end_glyph; i++)
                if (drawn_glyph(gb->text, run, i, space) == PANGO_GLYPH_EMPTY) n--;
            cairo_text_cluster_t *c = &gb->clusters[gb->n_clusters++];
            c->num_bytes = iter.end_index - iter.start_index;
            c->num_glyphs = n;
        } while (pango_glyph_item_iter_next_cluster(&iter));
    }
}

static void show_run(draw_target *dt, glyph_batch *gb, const char *text, const placed_run *r,
                     double x, double baseline)
{
    hb_codepoint_t space = space_glyph(text, r->run);
    cairo_scaled_font_t *sf = dt->pdf ? batchable(r->run, text, space) : NULL;
    if (sf) {
        cairo_move_to(dt->cr, x + r->x, baseline);
        batch_add(gb, r->run, sf, run_colour(r->run), space);
        return;
    }
    batch_flush(gb);
    set_run_colour(dt->cr, r->run);
    cairo_move_to(dt->cr, x + r->x, baseline);
    PangoGlyphItem *fixed = with_wrap_space(text, r->run, space);
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
static void draw_span_line(draw_target *dt, glyph_batch *gb, const box *b, const char *text,
                           placed_run *runs, int n, double x, double baseline)
{
    batch_flush(gb);
    line_decoration(dt, b, runs, n, x, baseline, 0);
    int open = -2, is_link = 0;
    for (int i = 0; i < n; i++) {
        if (runs[i].span != open) {
            batch_flush(gb);
            if (open != -2) draw_tag_end(dt, is_link ? CAIRO_TAG_LINK : "Span");
            open = runs[i].span;
            is_link = open_group(dt, b, open);
        }
        show_run(dt, gb, text, &runs[i], x, baseline);
    }
    batch_flush(gb);
    if (open != -2) draw_tag_end(dt, is_link ? CAIRO_TAG_LINK : "Span");
    line_decoration(dt, b, runs, n, x, baseline, 1);
}

/* Draws lines [line0, line1) of layout with the top of line0 at y. */
static void draw_lines(draw_target *dt, const box *b, PangoLayout *layout, int line0, int line1,
                       double x, double y, int with_spans)
{
    const char *text = pango_layout_get_text(layout);
    glyph_batch gb = { .cr = dt->cr, .text = text };
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    for (int i = 0; i < line0; i++) pango_layout_iter_next_line(it);
    for (int i = line0; i < line1; i++) {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double lx = x + (double)logical.x / PANGO_SCALE;
        double baseline = y + b->line_baseline[i] - b->line_top[line0];
        int n = 0;
        placed_run *runs = line_runs(pango_layout_iter_get_line_readonly(it), with_spans ? b : NULL, &n);
        if (with_spans) draw_span_line(dt, &gb, b, text, runs, n, lx, baseline);
        else for (int r = 0; r < n; r++) show_run(dt, &gb, text, &runs[r], lx, baseline);
        free(runs);
        pango_layout_iter_next_line(it);
    }
    batch_free(&gb);
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
    PangoLayout *num = draw_cached_layout(dt, number, e->size_pt, e->bold);
    draw_set_colour(dt->cr, dt->doc->prof.colour_text);
    double last = e->n_lines ? e->line_baseline[e->n_lines - 1] : 0;
    draw_small_layout(dt, num, 0, ev->x + ev->w, ev->y + last);
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
