/* table.c — table geometry: column widths (from the text lengths of the
 * first rows, so a 10,000-row table is measured as fast as a short one), the
 * large-print reflow decision, and the shaping of every cell. */
#include <math.h>
#include <string.h>
#include "layout_internal.h"

#define TABLE_SAMPLE_ROWS 200

static size_t text_length(const box *b)
{
    size_t n = b->text && b->kind == BOX_TEXT ? g_utf8_strlen(b->text, -1) : 0;
    for (size_t i = 0; i < b->n_kids; i++) n += text_length(b->kids[i]);
    return n;
}

/* Calls fn for every row of the table in order. */
#define FOR_EACH_ROW(t, g, r)                                            \
    for (size_t gi_ = 0; gi_ < (t)->n_kids; gi_++)                       \
        if (((g) = (t)->kids[gi_])->kind == BOX_ROWGROUP)                \
            for (size_t ri_ = 0; ri_ < (g)->n_kids && ((r) = (g)->kids[ri_]); ri_++)

/* The longest word of a cell, in characters: a column narrower than that
 * would break the word in the middle ("educatio / n"). */
static size_t longest_word(const box *b)
{
    size_t best = 0;
    if (b->text && b->kind == BOX_TEXT) {
        size_t run = 0;
        for (const char *s = b->text; *s; s = g_utf8_next_char(s)) {
            if (*s == ' ' || *s == '\n' || *s == '\t') run = 0;
            else if (++run > best) best = run;
        }
    }
    for (size_t i = 0; i < b->n_kids; i++) {
        size_t n = longest_word(b->kids[i]);
        if (n > best) best = n;
    }
    return best;
}

static int count_columns(const box *t)
{
    box *g, *r;
    int n = 1;
    FOR_EACH_ROW(t, g, r) {
        int cols = 0;
        for (size_t c = 0; c < r->n_kids; c++) cols += r->kids[c]->colspan;
        if (cols > n) n = cols;
    }
    return n;
}

static void column_edges(const layout_doc *doc, box *t, double width)
{
    int n = t->n_cols;
    double *weight = xcalloc((size_t)n, sizeof *weight);
    double *min_w = xcalloc((size_t)n, sizeof *min_w);
    box *g, *r;
    int sampled = 0;
    FOR_EACH_ROW(t, g, r) {
        if (sampled++ >= TABLE_SAMPLE_ROWS) break;
        int col = 0;
        for (size_t c = 0; c < r->n_kids && col < n; c++) {
            box *cell = r->kids[c];
            if (cell->colspan == 1) {
                weight[col] = fmax(weight[col], (double)text_length(cell));
                min_w[col] = fmax(min_w[col], (double)longest_word(cell));
            }
            col += cell->colspan;
        }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
        /* Short columns (dates, names) stay narrow; long text shares the rest. */
        weight[i] = 4 + sqrt(fmin(weight[i], 400.0)) * 3;
        total += weight[i];
    }
    t->col_x = xcalloc((size_t)n + 1, sizeof *t->col_x);
    /* Widths by weight, but no narrower than the column's longest word (up to
     * 16 characters; longer ones, such as addresses, may still break): the
     * room comes from the columns wider than their own minimum. */
    double em = 0.56 * doc->prof.body_size_pt, pad = 2 * doc->prof.table_cell_padding_pt + 1;
    double sum_min = 0;
    for (int i = 0; i < n; i++) {
        min_w[i] = fmin(min_w[i], 16.0) * em + pad;
        sum_min += min_w[i];
    }
    double *w = xcalloc((size_t)n, sizeof *w);
    for (int i = 0; i < n; i++) w[i] = width * weight[i] / total;
    if (sum_min < width) {
        for (int pass = 0; pass < 4; pass++) {
            double short_by = 0, spare = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] < min_w[i]) short_by += min_w[i] - w[i];
                else spare += w[i] - min_w[i];
            }
            if (short_by < 0.01 || spare <= 0) break;
            double take = fmin(short_by, spare) / spare;
            for (int i = 0; i < n; i++) {
                if (w[i] < min_w[i]) w[i] = min_w[i];
                else w[i] -= (w[i] - min_w[i]) * take;
            }
        }
    }
    for (int i = 0; i < n; i++) t->col_x[i + 1] = t->col_x[i] + w[i];
    t->col_x[n] = width;
    free(w);
    free(min_w);
    free(weight);
}

static int has_head(const box *t)
{
    for (size_t i = 0; i < t->n_kids; i++)
        if (t->kids[i]->kind == BOX_ROWGROUP && (t->kids[i]->flags & BOXF_HEAD) && t->kids[i]->n_kids)
            return 1;
    return 0;
}

/* Large print and easy read: columns narrower than the profile allows make
 * the table unreadable at that size, so it becomes label-value rows. */
static int should_stack(const layout_doc *doc, const box *t)
{
    if (!doc->prof.table_reflow || t->n_cols < 2 || !has_head(t)) return 0;
    double min_w = doc->prof.table_min_column_chars * 0.5 * doc->prof.body_size_pt;
    for (int i = 0; i < t->n_cols; i++)
        if (t->col_x[i + 1] - t->col_x[i] < min_w) return 1;
    return 0;
}

static void shape_row(layout_doc *doc, box *t, box *row)
{
    double pad = doc->prof.table_cell_padding_pt, full = t->width;
    int col = 0;
    row->height = 0;
    for (size_t c = 0; c < row->n_kids; c++) {
        box *cell = row->kids[c];
        int end = col + cell->colspan > t->n_cols ? t->n_cols : col + cell->colspan;
        double w = t->stacked ? full : t->col_x[end] - t->col_x[col];
        for (size_t k = 0; k < cell->n_kids; k++) shape_box(doc, cell->kids[k], w - 2 * pad);
        cell->width = w;
        cell->height = box_stack_height(cell->kids, cell->n_kids) + 2 * pad;
        if (cell->height > row->height) row->height = cell->height;
        col = end;
    }
}

void shape_table(layout_doc *doc, box *t, double width)
{
    t->width = width;
    t->n_cols = count_columns(t);
    column_edges(doc, t, width);
    t->stacked = should_stack(doc, t);
    t->height = 0;
    for (size_t i = 0; i < t->n_kids; i++) {
        box *k = t->kids[i];
        if (k->kind == BOX_TEXT) {
            shape_text(doc, k, width);
            t->height += k->height + k->space_after;
            continue;
        }
        k->height = 0;
        for (size_t r = 0; r < k->n_kids; r++) {
            shape_row(doc, t, k->kids[r]);
            k->height += k->kids[r]->height;
        }
        t->height += k->height;
    }
}

/* The left and right edges of cell c of row, from the table's left. */
void table_cell_edges(const box *t, const box *row, size_t c, double *x0, double *x1)
{
    int col = 0;
    for (size_t i = 0; i < c; i++) col += row->kids[i]->colspan;
    int end = col + row->kids[c]->colspan;
    if (col > t->n_cols) col = t->n_cols;
    if (end > t->n_cols) end = t->n_cols;
    *x0 = t->col_x[col];
    *x1 = t->col_x[end];
}

double table_head_height(const box *t)
{
    double h = 0;
    for (size_t i = 0; i < t->n_kids; i++)
        if (t->kids[i]->kind == BOX_ROWGROUP && (t->kids[i]->flags & BOXF_HEAD))
            h += t->kids[i]->height;
    return t->stacked ? 0 : h;
}

static const box *first_body_row(const box *t)
{
    for (size_t i = 0; i < t->n_kids; i++) {
        const box *g = t->kids[i];
        if (g->kind == BOX_ROWGROUP && !(g->flags & BOXF_HEAD) && g->n_kids) return g->kids[0];
    }
    return NULL;
}

double table_first_chunk_height(const box *t)
{
    double h = table_head_height(t);
    if (t->n_kids && t->kids[0]->kind == BOX_TEXT) h += t->kids[0]->height + t->kids[0]->space_after;
    const box *row = first_body_row(t);
    if (row) h += t->stacked ? row->kids[0]->height * 2 : row->height;
    return h;
}
