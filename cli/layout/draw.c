/* draw.c — events to Cairo, in reading order, with structure tags.
 *
 * Cairo 1.16 rules this file keeps (tech-notes section 1):
 *  - the first tag is "Document", or the PDF gets no /MarkInfo;
 *  - content is marked only inside leaf structure elements, so page
 *    furniture (tag "Private", made /Artifact by the finishing pass) is
 *    drawn only while the innermost open tag is not a leaf: furniture that
 *    arrives inside a leaf waits until the leaf closes;
 *  - tag errors surface only at show_page and surface_finish: both checked;
 *  - nothing is tagged inside push_group/pop_group (we never push groups). */
#include <math.h>
#include <time.h>
#include <string.h>
#include "draw.h"
#include <cairo-pdf.h>

void draw_tag_begin(draw_target *dt, const char *tag, const char *attrs)
{
    if (!dt->pdf) return;
    cairo_tag_begin(dt->cr, tag, attrs ? attrs : "");
    if (dt->info) pdf_tagrec_begin(&dt->info->tags, tag);
}

void draw_tag_end(draw_target *dt, const char *tag)
{
    if (!dt->pdf) return;
    cairo_tag_end(dt->cr, tag);
    if (dt->info) pdf_tagrec_end(&dt->info->tags);
}

void draw_set_colour(cairo_t *cr, uint32_t rgb)
{
    cairo_set_source_rgb(cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static int is_drawing(event_kind k)
{
    return k != EV_BEGIN && k != EV_END;
}

static int top_is_leaf(const draw_target *dt)
{
    return dt->depth > 0 && dt->stack[dt->depth - 1]->leaf;
}

static void add_outline(draw_target *dt, const box *b)
{
    if (!dt->pdf || b->level < 1 || b->level > 3 || !b->id) return;
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (int l = b->level - 2; l >= 0; l--)
        if (dt->outline[l]) { parent = dt->outline[l]; break; }
    char *attrs = draw_link_attrs(dt, b->id);
    char *title = xstrdup(b->text ? b->text : "");
    for (char *p = title; (p = strstr(p, "\xe2\x80\xa8")); ) memcpy(p, "   ", 3);
    dt->outline[b->level - 1] = cairo_pdf_surface_add_outline(dt->surface, parent, title, attrs, 0);
    for (int l = b->level; l < 6; l++) dt->outline[l] = 0;
    free(title);
    free(attrs);
}

/* Opens ev's tag and records what the finishing pass needs for it. */
static void open_tag(draw_target *dt, const event *ev)
{
    draw_tag_begin(dt, ev->tag, NULL);
    if (dt->depth < DRAW_MAX_DEPTH) dt->stack[dt->depth++] = ev;
    if (!dt->pdf || !dt->info) return;
    if (strcmp(ev->tag, "Figure") == 0)
        pdf_finish_info_add_figure(dt->info, ev->box && ev->box->alt ? ev->box->alt : "");
    else if (strcmp(ev->tag, "TH") == 0)
        pdf_finish_info_add_th(dt->info, ev->scope == 'R' ? "Row" : "Column");
}

static void close_tag(draw_target *dt)
{
    if (dt->depth == 0) return;
    draw_tag_end(dt, dt->stack[--dt->depth]->tag);
}

/* For each row: bottom, top, left, then each cell's right edge. The rows'
 * tops are summed as pagination summed them. */
static void draw_grid(cairo_t *cr, const layout_doc *doc, const event *ev)
{
    double top = ev->y;
    for (int i = ev->line0; i < ev->line1 && (size_t)i < doc->n_grid_rows; i++) {
        const box *row = doc->grid_rows[i], *t = row->parent ? row->parent->parent : NULL;
        if (!t) continue;
        /* bottom - top, as the one-row events of pagination had it */
        double h = ev->line1 - ev->line0 == 1 ? ev->h : (top + row->height) - top;
        cairo_move_to(cr, ev->x, top + h);
        cairo_rel_line_to(cr, ev->w, 0);
        cairo_move_to(cr, ev->x, top);
        cairo_rel_line_to(cr, ev->w, 0);
        cairo_move_to(cr, ev->x, top);
        cairo_rel_line_to(cr, 0, h);
        for (size_t c = 0; c < row->n_kids; c++) {
            double x0, x1;
            table_cell_edges(t, row, c, &x0, &x1);
            cairo_move_to(cr, ev->x + x1, top);
            cairo_rel_line_to(cr, 0, h);
        }
        top += row->height;
    }
}

static void draw_shape_event(draw_target *dt, const event *ev)
{
    cairo_t *cr = dt->cr;
    switch (ev->kind) {
    case EV_RECT:
        draw_set_colour(cr, ev->colour);
        cairo_rectangle(cr, ev->x, ev->y, ev->w, ev->h);
        cairo_fill(cr);
        break;
    case EV_STROKE:
    case EV_FRAME:
    case EV_GRID:
        draw_set_colour(cr, ev->colour);
        cairo_set_line_width(cr, 0.75);
        if (ev->kind == EV_FRAME) cairo_rectangle(cr, ev->x, ev->y, ev->w, ev->h);
        else if (ev->kind == EV_GRID) draw_grid(cr, dt->doc, ev);
        else { cairo_move_to(cr, ev->x, ev->y); cairo_rel_line_to(cr, ev->w, ev->h); }
        cairo_stroke(cr);
        break;
    case EV_IMAGE:
        image_draw(ev->box->image, cr, ev->x, ev->y, ev->w, ev->h);
        break;
    case EV_TEXT:
        draw_text_event(dt, ev);
        break;
    default:
        break;
    }
}

static void flush_furniture(draw_target *dt)
{
    if (!dt->furniture_pending && dt->n_deferred == 0) return;
    draw_tag_begin(dt, "Private", NULL);
    if (dt->furniture_pending) draw_page_furniture(dt);
    for (size_t i = 0; i < dt->n_deferred; i++)
        draw_shape_event(dt, &dt->doc->events.items[dt->deferred[i]]);
    draw_tag_end(dt, "Private");
    dt->furniture_pending = 0;
    dt->n_deferred = 0;
}

static void try_flush(draw_target *dt)
{
    if (!top_is_leaf(dt)) flush_furniture(dt);
}

/* The page's furniture must be drawn before the page ends: when a leaf
 * spans the whole page, close it, draw, and open it again. */
static void force_flush(draw_target *dt)
{
    if (!dt->furniture_pending && dt->n_deferred == 0) return;
    if (!top_is_leaf(dt)) { flush_furniture(dt); return; }
    const event *leaf = dt->stack[dt->depth - 1];
    close_tag(dt);
    flush_furniture(dt);
    open_tag(dt, leaf);
}

static int check_status(draw_target *dt, const char *when)
{
    cairo_status_t st = cairo_status(dt->cr);
    if (st == CAIRO_STATUS_SUCCESS) return 0;
    diag_add(dt->doc->diags, dt->doc->file, 0, 0, DIAG_ERROR, "PDF", NULL,
             "drawing failed %s: %s (an internal error; please report it with the page document)",
             when, cairo_status_to_string(st));
    dt->failed = 1;
    return -1;
}

static void end_page(draw_target *dt);

static void start_page(draw_target *dt)
{
    dt->page++;
    dt->furniture_pending = 1;
    if (!dt->pdf) {
        int w = (int)ceil(dt->doc->page_w * dt->scale), h = (int)ceil(dt->doc->page_h * dt->scale);
        dt->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
        dt->cr = cairo_create(dt->surface);
        cairo_set_source_rgb(dt->cr, 1, 1, 1);
        cairo_paint(dt->cr);
        cairo_scale(dt->cr, dt->scale, dt->scale);
    }
    try_flush(dt);
}

static cairo_status_t png_write(void *closure, const unsigned char *data, unsigned int len)
{
    bytebuf_append(closure, data, len);
    return CAIRO_STATUS_SUCCESS;
}

static int uses_layout(const event *ev)
{
    return ev->box && ev->box->layout &&
           (ev->kind == EV_TEXT || ev->kind == EV_MARKER || ev->kind == EV_TOC);
}

/* Marks, for each box with a layout, the last event that draws it. */
static void plan_release(draw_target *dt)
{
    const event_list *l = &dt->doc->events;
    dt->release = xcalloc(l->n ? l->n : 1, sizeof *dt->release);
    GHashTable *last = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; i < l->n; i++)
        if (uses_layout(&l->items[i]))
            g_hash_table_insert(last, l->items[i].box, GSIZE_TO_POINTER(i + 1));
    for (size_t i = 0; i < l->n; i++) {
        box *b = uses_layout(&l->items[i]) ? l->items[i].box : NULL;
        if (b && GPOINTER_TO_SIZE(g_hash_table_lookup(last, b)) == i + 1) dt->release[i] = b;
    }
    g_hash_table_destroy(last);
}

/* Frees the shaped layouts no later event draws once their page is out:
 * every event before dt->cur is drawn by then (deferred furniture is
 * flushed before the page ends). Keeping every paragraph's PangoLayout
 * until the end of the document was most of the layout stage's peak
 * memory on long plans. */
static void release_drawn(draw_target *dt, size_t upto)
{
    for (; dt->release_next < upto; dt->release_next++) {
        box *b = dt->release[dt->release_next];
        if (b && b->layout) {
            g_object_unref(b->layout);
            b->layout = NULL;
        }
    }
}

static void end_page(draw_target *dt)
{
    force_flush(dt);
    if (dt->pdf) {
        cairo_show_page(dt->cr);
        check_status(dt, "at the end of a page");
        release_drawn(dt, dt->cur);
        return;
    }
    release_drawn(dt, dt->cur);
    bytebuf png;
    bytebuf_init(&png);
    cairo_surface_flush(dt->surface);
    if (cairo_surface_write_to_png_stream(dt->surface, png_write, &png) != CAIRO_STATUS_SUCCESS ||
        (!dt->failed && dt->sink(dt->sink_ctx, dt->page + 1, png.data, png.len) < 0))
        dt->failed = 1;
    bytebuf_free(&png);
    cairo_destroy(dt->cr);
    cairo_surface_destroy(dt->surface);
    dt->cr = NULL;
    dt->surface = NULL;
}

static void defer(draw_target *dt, size_t index)
{
    if (dt->n_deferred == dt->cap_deferred) {
        dt->cap_deferred = dt->cap_deferred ? dt->cap_deferred * 2 : 16;
        dt->deferred = xrealloc(dt->deferred, dt->cap_deferred * sizeof *dt->deferred);
    }
    dt->deferred[dt->n_deferred++] = index;
}

static void draw_dest(draw_target *dt, const event *ev)
{
    if (!dt->pdf) return;
    char *attrs = xasprintf("name='%s' x=%.2f y=%.2f", ev->box->id, ev->x, ev->y);
    cairo_tag_begin(dt->cr, CAIRO_TAG_DEST, attrs);
    cairo_tag_end(dt->cr, CAIRO_TAG_DEST);
    free(attrs);
}

static void draw_event(draw_target *dt, size_t index)
{
    const event *ev = &dt->doc->events.items[index];
    dt->cur = index;
    while (is_drawing(ev->kind) && dt->page < ev->page && !dt->failed) {
        if (dt->page >= 0) end_page(dt);
        start_page(dt);
    }
    if (ev->kind == EV_BEGIN) {
        try_flush(dt);
        open_tag(dt, ev);
        if (ev->box && ev->box->level) add_outline(dt, ev->box);
    } else if (ev->kind == EV_END) {
        close_tag(dt);
        try_flush(dt);
    } else if (ev->kind == EV_DEST) {
        draw_dest(dt, ev);
    } else if (ev->furniture) {
        if (top_is_leaf(dt)) defer(dt, index);
        else {
            draw_tag_begin(dt, "Private", NULL);
            draw_shape_event(dt, ev);
            draw_tag_end(dt, "Private");
        }
    } else if (ev->kind == EV_MARKER) {
        draw_marker_event(dt, ev);
    } else if (ev->kind == EV_TOC) {
        try_flush(dt);
        draw_toc_event(dt, ev);
    } else {
        if (ev->kind == EV_TEXT && ev->box->n_spans) try_flush(dt);
        draw_shape_event(dt, ev);
    }
}

static void collect_ids(draw_target *dt)
{
    dt->ids = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < dt->doc->n_boxes; i++) {
        box *b = dt->doc->all_boxes[i];
        if (b->id && b->kind != BOX_CELL) g_hash_table_add(dt->ids, b->id);
    }
}

/* Draws every event; the caller has set up dt (surface for PDF). */
static int draw_all(draw_target *dt)
{
    collect_ids(dt);
    plan_release(dt);
    dt->page = -1;
    draw_tag_begin(dt, "Document", NULL);
    for (size_t i = 0; i < dt->doc->events.n && !dt->failed; i++) draw_event(dt, i);
    while (dt->page < dt->doc->n_pages - 1 && !dt->failed) {   /* trailing empty pages */
        if (dt->page >= 0) end_page(dt);
        start_page(dt);
    }
    if (dt->pdf) {
        while (dt->depth) close_tag(dt);
        if (dt->page >= 0) force_flush(dt);
        draw_tag_end(dt, "Document");
    }
    dt->cur = dt->doc->events.n;
    if (dt->page >= 0 && !dt->failed) end_page(dt);
    free(dt->release);
    draw_furniture_free(dt);
    g_hash_table_destroy(dt->ids);
    free(dt->deferred);
    return dt->failed ? -1 : 0;
}

static cairo_status_t pdf_write(void *closure, const unsigned char *data, unsigned int len)
{
    bytebuf_append(closure, data, len);
    return CAIRO_STATUS_SUCCESS;
}

static void set_metadata(layout_doc *doc, cairo_surface_t *s)
{
    char date[32];
    time_t t = doc->opt->created;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, doc->title ? doc->title : "");
    if (doc->author) cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, doc->author);
    if (doc->subject) cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "ehcp");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
}

int draw_pdf(layout_doc *doc, bytebuf *out, pdf_finish_info *info)
{
    draw_target dt = { .doc = doc, .pdf = 1, .info = info, .scale = 1 };
    dt.surface = cairo_pdf_surface_create_for_stream(pdf_write, out, doc->page_w, doc->page_h);
    set_metadata(doc, dt.surface);
    dt.cr = cairo_create(dt.surface);
    int rc = draw_all(&dt);
    cairo_destroy(dt.cr);
    cairo_surface_finish(dt.surface);
    cairo_status_t st = cairo_surface_status(dt.surface);
    if (st != CAIRO_STATUS_SUCCESS && rc == 0) {
        diag_add(doc->diags, doc->file, 0, 0, DIAG_ERROR, "PDF", NULL,
                 "writing the PDF failed: %s (an internal error; please report it with the "
                 "page document)", cairo_status_to_string(st));
        rc = -1;
    }
    cairo_surface_destroy(dt.surface);
    return rc;
}

int draw_png(layout_doc *doc, layout_png_sink sink, void *ctx)
{
    draw_target dt = { .doc = doc, .pdf = 0, .scale = doc->opt->png_dpi / 72.0,
                       .sink = sink, .sink_ctx = ctx };
    if (dt.scale <= 0) dt.scale = 96.0 / 72.0;
    int rc = draw_all(&dt);
    if (dt.cr) cairo_destroy(dt.cr);
    if (dt.surface) cairo_surface_destroy(dt.surface);
    return rc;
}
