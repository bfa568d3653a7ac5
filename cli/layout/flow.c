/* flow.c — pagination: walks the shaped box tree in reading order and emits
 * events (structure tags and positioned drawing) with their page. Breaks
 * pages between blocks and between lines: headings stay with what follows,
 * paragraphs keep at least 2 lines at a page foot and head, "break-before"
 * starts a new page, "keep" blocks stay on one page when they fit. */
#include <math.h>
#include <string.h>
#include "layout_internal.h"

event *event_add(event_list *list, event_kind kind)
{
    if (list->n == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 1024;
        list->items = xrealloc(list->items, list->cap * sizeof *list->items);
    }
    event *e = &list->items[list->n++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    return e;
}

void event_list_free(event_list *list)
{
    free(list->items);
    memset(list, 0, sizeof *list);
}

event *pager_emit(pager *pg, event_kind kind, box *b)
{
    if (pg->furniture && (kind == EV_BEGIN || kind == EV_END || kind == EV_DEST)) {
        memset(&pg->scratch, 0, sizeof pg->scratch);
        return &pg->scratch;
    }
    event *e = event_add(pg->out, kind);
    e->page = pg->page;
    e->box = b;
    e->furniture = (unsigned char)pg->furniture;
    if (b && (kind == EV_BEGIN || kind == EV_END)) e->tag = b->tag;
    return e;
}

static void emit_frame(pager *pg, double y)
{
    event *f = pager_emit(pg, EV_FRAME, NULL);
    f->furniture = 1;
    f->y = y;
    f->colour = pg->doc->prof.colour_rule;
    pg->frames[pg->n_frames - 1] = (size_t)(f - pg->out->items);
}

void pager_new_page(pager *pg)
{
    layout_doc *doc = pg->doc;
    flow_table_flush_grid(pg);
    if (pg->page + 2 > doc->opt->max_pages) {
        if (!pg->overflow)
            diag_add(doc->diags, doc->file, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                     "the document would be longer than %d pages, the most allowed; "
                     "shorten it, or set EHCP_MAX_PAGES to raise the limit", doc->opt->max_pages);
        pg->overflow = 1;
        doc->failed = 1;
    }
    /* Open bordered boxes: close this page's segment, start the next. */
    for (int i = 0; i < pg->n_frames; i++) {
        event *f = &pg->out->items[pg->frames[i]];
        f->h = pg->bottom - f->y;
    }
    pg->page++;
    pg->y = pg->sub ? pg->cont_top : doc->content_top;
    for (int i = 0; i < pg->n_frames; i++) {
        event *old = &pg->out->items[pg->frames[i]];
        event *f = pager_emit(pg, EV_FRAME, NULL);
        old = &pg->out->items[pg->frames[i]];   /* emit may move the list */
        *f = *old;
        f->page = pg->page;
        f->y = pg->y;
        pg->frames[i] = (size_t)(f - pg->out->items);
    }
    pg->at_top = 1;
    pg->fresh = 1;
    pg->pending_space = 0;
    if (pg->table && !pg->sub) flow_table_header(pg, pg->table, pg->table_x);
}

void pager_gap(pager *pg, const box *b)
{
    if (!pg->fresh) pg->y += fmax(pg->pending_space, b->space_before);
    pg->fresh = 0;
}

static double gap_before(const pager *pg, const box *b)
{
    return pg->fresh ? 0 : fmax(pg->pending_space, b->space_before);
}

/* Starts a new page when need (after b's gap) does not fit here but would
 * fit on an empty page. */
static void ensure_space(pager *pg, const box *b, double need)
{
    if (pg->nobreak || pg->at_top || pg->overflow) return;
    double room = pg->bottom - pg->y - gap_before(pg, b);
    double page = pg->bottom - (pg->sub ? pg->cont_top : pg->doc->content_top);
    if (need > room + 0.01 && need <= page) pager_new_page(pg);
}

/* How many lines of b from `first` go on this page (orphans and widows: at
 * least 2 each side); 0 = none, start a new page. */
static int lines_fitting(const box *b, int first, double avail, int at_top)
{
    int n = b->n_lines, k = 0;
    double base = b->line_top[first];
    while (first + k < n && b->line_top[first + k + 1] - base <= avail + 0.01) k++;
    if (first + k == n) return k;
    int rest = n - first - k;
    if (rest < 2 && k - (2 - rest) >= (at_top ? 1 : 2)) k -= 2 - rest;
    if (at_top) return k > 0 ? k : 1;
    if (b->level) return 0;          /* headings never split */
    return k >= 2 ? k : 0;
}

static void emit_text_piece(pager *pg, box *b, double x, int line0, int line1)
{
    event *e = pager_emit(pg, EV_TEXT, b);
    e->x = x;
    e->y = pg->y;
    e->line0 = line0;
    e->line1 = line1;
    pg->y += b->line_top[line1] - b->line_top[line0];
    pg->at_top = 0;
    /* The lines of a paragraph continued on a new page are content: the next
     * block keeps its space before (else a heading touches the line above). */
    if (line1 > line0) pg->fresh = 0;
}

static void emit_dest(pager *pg, box *b, double x)
{
    if (!b->id) return;
    event *d = pager_emit(pg, EV_DEST, b);
    d->x = x;
    d->y = pg->y;
}

static void flow_text(pager *pg, box *b, double x)
{
    if (b->level) ensure_space(pg, b, box_first_chunk_height(b));
    pager_gap(pg, b);
    int first = 0;
    int k = pg->nobreak ? b->n_lines : lines_fitting(b, 0, pg->bottom - pg->y, pg->at_top);
    if (k == 0) {
        pager_new_page(pg);
        k = lines_fitting(b, 0, pg->bottom - pg->y, 1);
    }
    if (!pg->furniture) { b->page = pg->page; b->y = pg->y; }
    if (b->tag) pager_emit(pg, EV_BEGIN, b);
    emit_dest(pg, b, x);
    if (b->n_lines == 0) k = 0;
    emit_text_piece(pg, b, x, 0, k);
    for (first = k; first < b->n_lines && !pg->overflow; first += k) {
        pager_new_page(pg);
        k = lines_fitting(b, first, pg->bottom - pg->y, 1);
        emit_text_piece(pg, b, x, first, first + k);
    }
    if (b->tag) pager_emit(pg, EV_END, b);
    pg->pending_space = b->space_after;
}

static void flow_image(pager *pg, box *b, double x)
{
    ensure_space(pg, b, b->height);
    pager_gap(pg, b);
    if (!pg->furniture) { b->page = pg->page; b->y = pg->y; }
    if (b->tag) pager_emit(pg, EV_BEGIN, b);
    emit_dest(pg, b, x);
    event *e = pager_emit(pg, EV_IMAGE, b);
    e->x = x;
    e->y = pg->y;
    e->w = b->width;
    e->h = b->height;
    if (b->flags & BOXF_DECORATIVE) e->furniture = 1;
    if (b->tag) pager_emit(pg, EV_END, b);
    pg->y += b->height;
    pg->at_top = 0;
    pg->pending_space = b->space_after;
}

void flow_kids(pager *pg, box *b, double x, double w)
{
    for (size_t i = 0; i < b->n_kids && !pg->overflow; i++) flow_box(pg, b->kids[i], x, w);
}

static void flow_blocks(pager *pg, box *b, double x, double w)
{
    if ((b->flags & BOXF_BREAK_BEFORE) && !pg->at_top && !pg->nobreak) pager_new_page(pg);
    if (b->flags & (BOXF_KEEP | BOXF_BORDER)) ensure_space(pg, b, b->height);
    else if (b->n_kids) ensure_space(pg, b, box_first_chunk_height(b));
    double pad = (b->flags & BOXF_BORDER) ? pg->doc->prof.block_padding_pt : 0;
    int framed = (b->flags & BOXF_BORDER) && pg->n_frames < PAGER_MAX_FRAMES;
    if (framed) {
        pager_gap(pg, b);
        pg->n_frames++;
        emit_frame(pg, pg->y);
        pg->out->items[pg->frames[pg->n_frames - 1]].x = x;
        pg->out->items[pg->frames[pg->n_frames - 1]].w = w;
        pg->y += pad;
        pg->fresh = 1;
    }
    if (b->tag) pager_emit(pg, EV_BEGIN, b);
    emit_dest(pg, b, x);
    flow_kids(pg, b, x + pad, w - 2 * pad);
    if (b->tag) pager_emit(pg, EV_END, b);
    if (framed) {
        pg->y += pad;
        event *f = &pg->out->items[pg->frames[--pg->n_frames]];
        f->h = pg->y - f->y;
        pg->pending_space = b->space_after;
    } else if (b->space_after > pg->pending_space) {
        pg->pending_space = b->space_after;
    }
}

/* Moves the list marker to the first line of its item's body. */
static void align_marker(pager *pg, size_t marker_ev, const box *item)
{
    event *m = &pg->out->items[marker_ev];
    for (size_t i = marker_ev + 1; i < pg->out->n; i++) {
        event *t = &pg->out->items[i];
        if (t->kind != EV_TEXT) continue;
        m->page = t->page;
        m->y = t->y + (t->box->line_baseline[t->line0] - t->box->line_top[t->line0]) - item->line_baseline[0];
        return;
    }
}

static void flow_item(pager *pg, box *item, double x, double w)
{
    double indent = MM_TO_PT(pg->doc->prof.list_indent_mm);
    box *body = item->kids[0];
    ensure_space(pg, item, box_first_chunk_height(body));
    pager_gap(pg, item);
    pager_emit(pg, EV_BEGIN, item);
    box lbl = { .tag = "Lbl" };
    event *b = pager_emit(pg, EV_BEGIN, &lbl);
    b->box = NULL;
    event *m = pager_emit(pg, EV_MARKER, item);
    m->layout = item->layout;
    m->x = x;
    m->y = pg->y;
    size_t marker_ev = (size_t)(m - pg->out->items);
    event *e = pager_emit(pg, EV_END, &lbl);
    e->box = NULL;
    pager_emit(pg, EV_BEGIN, body);
    pg->fresh = 1;
    flow_kids(pg, body, x + indent, w - indent);
    pager_emit(pg, EV_END, body);
    pager_emit(pg, EV_END, item);
    if (!pg->furniture) align_marker(pg, marker_ev, item);
    pg->pending_space = item->space_after;
}

static void flow_list(pager *pg, box *b, double x, double w)
{
    if (b->n_kids) ensure_space(pg, b, box_first_chunk_height(b));
    pager_gap(pg, b);
    pg->fresh = 1;
    pager_emit(pg, EV_BEGIN, b);
    emit_dest(pg, b, x);
    for (size_t i = 0; i < b->n_kids && !pg->overflow; i++) flow_item(pg, b->kids[i], x, w);
    pager_emit(pg, EV_END, b);
    pg->pending_space = fmax(pg->pending_space, b->space_after);
}

static void flow_picture_row(pager *pg, box *b, double x, double w)
{
    ensure_space(pg, b, b->height);
    pager_gap(pg, b);
    double top = pg->y, bottom = top;
    int page = pg->page;
    double pic = MM_TO_PT(pg->doc->prof.picture_width_mm), gap = MM_TO_PT(pg->doc->prof.picture_gap_mm);
    pager_emit(pg, EV_BEGIN, b);
    emit_dest(pg, b, x);
    for (size_t i = 0; i < b->n_kids; i++) {
        box *k = b->kids[i];
        pg->fresh = 1;
        if (k->kind == BOX_IMAGE) {
            flow_image(pg, k, x + (pic - k->width) / 2);
        } else {
            if (pg->page == page) pg->y = top;
            flow_box(pg, k, x + pic + gap, w - pic - gap);
        }
        if (pg->page == page && pg->y > bottom) bottom = pg->y;
    }
    if (pg->page == page) pg->y = bottom;
    pager_emit(pg, EV_END, b);
    pg->pending_space = b->space_after;
}

static void flow_toc(pager *pg, box *toc, double x, double w)
{
    pager_emit(pg, EV_BEGIN, toc);
    double indent = MM_TO_PT(pg->doc->prof.list_indent_mm);
    for (size_t i = 0; i < toc->n_kids && !pg->overflow; i++) {
        box *e = toc->kids[i];
        ensure_space(pg, e, e->height);
        pager_gap(pg, e);
        pager_emit(pg, EV_BEGIN, e);
        event *t = pager_emit(pg, EV_TOC, e);
        t->x = x + (e->level > 1 ? indent : 0);
        t->y = pg->y;
        t->w = x + w - t->x;
        pager_emit(pg, EV_END, e);
        pg->y += e->height;
        pg->at_top = 0;
        pg->pending_space = e->space_after;
    }
    pager_emit(pg, EV_END, toc);
}

void flow_box(pager *pg, box *b, double x, double w)
{
    switch (b->kind) {
    case BOX_TEXT: flow_text(pg, b, x); break;
    case BOX_IMAGE: flow_image(pg, b, x); break;
    case BOX_LIST: flow_list(pg, b, x, w); break;
    case BOX_TABLE: flow_table(pg, b, x, w); break;
    case BOX_PICTURE_ROW: flow_picture_row(pg, b, x, w); break;
    case BOX_TOC: flow_toc(pg, b, x, w); break;
    case BOX_BLOCKS:
    case BOX_CELL:
    case BOX_ITEM:
    case BOX_ROWGROUP:
    case BOX_ROW:
    case BOX_TOC_ENTRY:
        flow_blocks(pg, b, x, w);
        break;
    }
}

/* A tag holds content directly (a leaf) when no other tag opens inside it
 * and its text draws no Span or Link tags of its own. Cairo 1.16 marks
 * content only in leaf structure elements. */
static void mark_leaves(event_list *list)
{
    for (size_t i = 0; i < list->n; i++) {
        event *e = &list->items[i];
        if (e->kind != EV_BEGIN) continue;
        e->leaf = 1;
        for (size_t j = i + 1; j < list->n; j++) {
            event *n = &list->items[j];
            if (n->kind == EV_END) break;
            if (n->kind == EV_BEGIN || n->kind == EV_TOC || (n->kind == EV_TEXT && n->box->n_spans)) {
                e->leaf = 0;
                break;
            }
        }
    }
}

int flow_document(layout_doc *doc)
{
    pager pg = { .doc = doc, .out = &doc->events, .bottom = doc->content_bottom,
                 .y = doc->content_top, .at_top = 1, .fresh = 1 };
    flow_kids(&pg, doc->root, doc->content_x, doc->content_w);
    doc->n_pages = pg.page + 1;
    mark_leaves(&doc->events);
    return pg.overflow ? -1 : 0;
}
