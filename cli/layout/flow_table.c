/* flow_table.c — tables across pages: rows never split unless one row is
 * taller than a page; header rows (thead) repeat at the top of each new page
 * as page furniture; a row taller than a page is split into per-page parts
 * (each part its own TR, so reading order stays page order); large-print
 * reflow draws each body row as stacked label-value pairs. */
#include <math.h>
#include <string.h>
#include "layout_internal.h"

static double pad_of(const pager *pg) { return pg->doc->prof.table_cell_padding_pt; }

static void emit_cell_begin(pager *pg, box *cell, int head)
{
    event *e = pager_emit(pg, EV_BEGIN, cell);
    if (cell->tag[1] == 'H') e->scope = (head || !(cell->flags & BOXF_ROW_SCOPE)) ? 'C' : 'R';
}

static void rule(pager *pg, double x, double y, double w, double h)
{
    event *e = pager_emit(pg, EV_STROKE, NULL);
    e->furniture = 1;
    e->x = x; e->y = y; e->w = w; e->h = h;
    e->colour = pg->doc->prof.colour_rule;
}

static void row_decoration(pager *pg, box *t, box *row, double x, double top, double bottom, int head)
{
    if (head) {
        event *f = pager_emit(pg, EV_RECT, NULL);
        f->furniture = 1;
        f->x = x; f->y = top; f->w = t->width; f->h = bottom - top;
        f->colour = pg->doc->prof.colour_table_header_bg;
    }
    (void)row;
}

/* The rules of grid rows placed one below the other on a page are one
 * event, drawn as one path: each drawing call is a command Cairo records,
 * analyses and replays, and each furniture event is its own tag, which the
 * finishing pass removes again (five of each per row before). */
static void emit_grid(pager *pg, box *t, double x, double top, double h, size_t first, size_t n)
{
    event *e = pager_emit(pg, EV_GRID, NULL);
    e->furniture = 1;
    e->x = x; e->y = top; e->w = t->width; e->h = h;
    e->line0 = (int)first;
    e->line1 = (int)(first + n);
    e->colour = pg->doc->prof.colour_rule;
}

void flow_table_flush_grid(pager *pg)
{
    if (!pg->grid.n) return;
    emit_grid(pg, pg->grid.table, pg->grid.x, pg->grid.top, pg->grid.bottom - pg->grid.top,
              pg->grid.first, pg->grid.n);
    pg->grid.n = 0;
}

static size_t add_grid_row(layout_doc *doc, box *row)
{
    if (doc->n_grid_rows == doc->cap_grid_rows) {
        doc->cap_grid_rows = doc->cap_grid_rows ? doc->cap_grid_rows * 2 : 64;
        doc->grid_rows = xrealloc(doc->grid_rows, doc->cap_grid_rows * sizeof *doc->grid_rows);
    }
    doc->grid_rows[doc->n_grid_rows] = row;
    return doc->n_grid_rows++;
}

/* A row placed whole: its rules join the rows above it on this page. */
static void row_borders(pager *pg, box *t, box *row, double x, double top, double bottom)
{
    if (pg->doc->prof.table_style != TABLE_STYLE_GRID) {
        rule(pg, x, bottom, t->width, 0);
        return;
    }
    if (pg->grid.n && (pg->grid.table != t || pg->grid.x != x || pg->grid.bottom != top))
        flow_table_flush_grid(pg);
    size_t i = add_grid_row(pg->doc, row);
    if (!pg->grid.n) {
        pg->grid.table = t;
        pg->grid.first = i;
        pg->grid.x = x;
        pg->grid.top = top;
    }
    pg->grid.n++;
    pg->grid.bottom = bottom;
}

/* A part of a row split across pages: its own rules, part_top to part_bottom. */
static void part_borders(pager *pg, box *t, box *row, double x, double top, double bottom)
{
    if (pg->doc->prof.table_style != TABLE_STYLE_GRID) {
        rule(pg, x, bottom, t->width, 0);
        return;
    }
    flow_table_flush_grid(pg);
    emit_grid(pg, t, x, top, bottom - top, add_grid_row(pg->doc, row), 1);
}

/* Places a whole row at the cursor (it fits, or nothing better exists). */
static void place_row(pager *pg, box *t, box *row, double x, int head)
{
    double top = pg->y, pad = pad_of(pg);
    int saved_nobreak = pg->nobreak;
    row_decoration(pg, t, row, x, top, top + row->height, head);
    pager_emit(pg, EV_BEGIN, row);
    pg->nobreak = 1;
    for (size_t c = 0; c < row->n_kids; c++) {
        box *cell = row->kids[c];
        double x0, x1;
        table_cell_edges(t, row, c, &x0, &x1);
        emit_cell_begin(pg, cell, head);
        pg->y = top + pad;
        pg->fresh = 1;
        flow_kids(pg, cell, x + x0 + pad, x1 - x0 - 2 * pad);
        pager_emit(pg, EV_END, cell);
    }
    pg->nobreak = saved_nobreak;
    pager_emit(pg, EV_END, row);
    row_borders(pg, t, row, x, top, top + row->height);
    pg->y = top + row->height;
    pg->at_top = 0;
    pg->fresh = 0;
    pg->pending_space = 0;
}

void flow_table_header(pager *pg, box *t, double x)
{
    int saved = pg->furniture;
    pg->furniture = 1;
    for (size_t i = 0; i < t->n_kids; i++) {
        box *g = t->kids[i];
        if (g->kind != BOX_ROWGROUP || !(g->flags & BOXF_HEAD)) continue;
        for (size_t r = 0; r < g->n_kids; r++) place_row(pg, t, g->kids[r], x, 1);
    }
    pg->furniture = saved;
    pg->at_top = 1;   /* a repeated header alone is not content */
}

/* Copies the events of one cell that fall on page `page` into the main
 * list, closing tags still open at the part's end and reopening them in
 * the next part. */
static void merge_cell_part(pager *pg, event_list *cell_ev, int page, event **open, int *n_open)
{
    for (int i = 0; i < *n_open; i++) *event_add(pg->out, EV_BEGIN) = *open[i];
    for (size_t i = 0; i < cell_ev->n; i++) {
        event *e = &cell_ev->items[i];
        if (e->page != page) continue;
        *event_add(pg->out, e->kind) = *e;
        if (e->kind == EV_BEGIN && *n_open < 32) open[(*n_open)++] = e;
        else if (e->kind == EV_END && *n_open > 0) (*n_open)--;
    }
    for (int i = *n_open - 1; i >= 0; i--) *event_add(pg->out, EV_END) = *open[i];
}

/* A row taller than a page: each cell flows on its own (with page breaks)
 * into a private list, then the parts are merged page by page. */
static void split_row(pager *pg, box *t, box *row, double x)
{
    double pad = pad_of(pg);
    if (pg->bottom - pg->y < 4 * pg->doc->prof.body_size_pt) pager_new_page(pg);
    int first_page = pg->page, last_page = pg->page;
    double top = pg->y, end_y = top;
    event_list *lists = xcalloc(row->n_kids, sizeof *lists);
    for (size_t c = 0; c < row->n_kids; c++) {
        double x0, x1;
        table_cell_edges(t, row, c, &x0, &x1);
        pager sub = { .doc = pg->doc, .out = &lists[c], .page = pg->page, .y = top + pad,
                      .bottom = pg->bottom - pad, .sub = 1, .fresh = 1,
                      .cont_top = pg->doc->content_top + table_head_height(t) + pad };
        flow_kids(&sub, row->kids[c], x + x0 + pad, x1 - x0 - 2 * pad);
        if (sub.page > last_page || (sub.page == last_page && sub.y > end_y)) end_y = sub.y;
        if (sub.page > last_page) last_page = sub.page;
    }
    event *open[64][32];
    int n_open[64] = { 0 };
    for (int p = first_page; p <= last_page && !pg->overflow; p++) {
        if (p > first_page) pager_new_page(pg);
        double part_top = pg->y, part_bottom = p == last_page ? end_y + pad : pg->bottom;
        pager_emit(pg, EV_BEGIN, row);
        for (size_t c = 0; c < row->n_kids; c++) {
            emit_cell_begin(pg, row->kids[c], 0);
            if (c < 64) merge_cell_part(pg, &lists[c], p, open[c], &n_open[c]);
            pager_emit(pg, EV_END, row->kids[c]);
        }
        pager_emit(pg, EV_END, row);
        part_borders(pg, t, row, x, part_top, part_bottom);
        pg->y = part_bottom;
    }
    for (size_t c = 0; c < row->n_kids; c++) event_list_free(&lists[c]);
    free(lists);
    pg->at_top = 0;
}

static void fit_row(pager *pg, box *t, box *row, double x)
{
    if (pg->nobreak || pg->y + row->height <= pg->bottom + 0.01) {
        place_row(pg, t, row, x, 0);
        return;
    }
    double room = pg->bottom - pg->doc->content_top - table_head_height(t);
    if (row->height <= room && !pg->at_top) {
        pager_new_page(pg);
        place_row(pg, t, row, x, 0);
        return;
    }
    split_row(pg, t, row, x);
}

/* Label-value pairs: the header cell of each column above the cell's value. */
static void flow_stacked_row(pager *pg, box *t, box *head_row, box *row, double x)
{
    double gap = pg->doc->prof.paragraph_space_pt;
    int col = 0;
    for (size_t c = 0; c < row->n_kids && !pg->overflow; c++) {
        box *cell = row->kids[c], *label = NULL;
        int hc = 0;
        for (size_t h = 0; head_row && h < head_row->n_kids; h++) {
            if (hc == col) label = head_row->kids[h];
            hc += head_row->kids[h]->colspan;
        }
        col += cell->colspan;
        double need = (label ? label->height : 0) + box_first_chunk_height(cell);
        if (!pg->at_top && pg->y + need > pg->bottom) pager_new_page(pg);
        pager_emit(pg, EV_BEGIN, row);
        if (label) {
            event *e = pager_emit(pg, EV_BEGIN, label);
            e->scope = 'R';
            pg->fresh = 1;
            flow_kids(pg, label, x, t->width);
            pager_emit(pg, EV_END, label);
        }
        emit_cell_begin(pg, cell, 0);
        pg->fresh = 1;
        flow_kids(pg, cell, x + MM_TO_PT(pg->doc->prof.list_indent_mm) / 2, t->width);
        pager_emit(pg, EV_END, cell);
        pager_emit(pg, EV_END, row);
        pg->pending_space = gap / 2;
    }
    pg->y += gap / 2;
    rule(pg, x, pg->y, t->width, 0);
    pg->y += gap / 2;
    pg->fresh = 1;
}

static box *first_head_row(const box *t)
{
    for (size_t i = 0; i < t->n_kids; i++)
        if (t->kids[i]->kind == BOX_ROWGROUP && (t->kids[i]->flags & BOXF_HEAD) && t->kids[i]->n_kids)
            return t->kids[i]->kids[0];
    return NULL;
}

static void flow_groups(pager *pg, box *t, double x)
{
    box *head_row = first_head_row(t);
    for (size_t i = 0; i < t->n_kids && !pg->overflow; i++) {
        box *g = t->kids[i];
        if (g->kind != BOX_ROWGROUP) continue;
        int head = (g->flags & BOXF_HEAD) != 0;
        if (head && t->stacked) continue;   /* its cells are the labels */
        pager_emit(pg, EV_BEGIN, g);
        for (size_t r = 0; r < g->n_kids && !pg->overflow; r++) {
            if (t->stacked) flow_stacked_row(pg, t, head_row, g->kids[r], x);
            else if (head) place_row(pg, t, g->kids[r], x, 1);
            else fit_row(pg, t, g->kids[r], x);
        }
        pager_emit(pg, EV_END, g);
        if (head) { pg->table = t; pg->table_x = x; }
    }
    pg->table = NULL;
}

void flow_table(pager *pg, box *t, double x, double w)
{
    (void)w;
    if ((t->flags & BOXF_BREAK_BEFORE) && !pg->at_top && !pg->nobreak) pager_new_page(pg);
    double need = (t->flags & BOXF_KEEP) ? t->height : table_first_chunk_height(t);
    if (!pg->at_top && pg->y + (pg->fresh ? 0 : fmax(pg->pending_space, t->space_before)) + need > pg->bottom
        && need <= pg->bottom - pg->doc->content_top)
        pager_new_page(pg);
    pager_gap(pg, t);
    pager_emit(pg, EV_BEGIN, t);
    if (t->id) {
        event *d = pager_emit(pg, EV_DEST, t);
        d->x = x;
        d->y = pg->y;
    }
    box *saved_table = pg->table;
    pg->table = NULL;
    if (t->n_kids && t->kids[0]->kind == BOX_TEXT) {
        flow_box(pg, t->kids[0], x, t->width);
        pg->y += t->kids[0]->space_after;
    }
    pg->fresh = 1;
    flow_groups(pg, t, x);
    pg->table = saved_table;
    flow_table_flush_grid(pg);
    pager_emit(pg, EV_END, t);
    pg->pending_space = t->space_after;
    pg->fresh = 0;
}
