/* check_tables.c — ISO 14289-1 7.5 (Matterhorn 15-003): in a table whose
 * cells are not tied to headers with /Headers and /ID, every TH that heads
 * other cells (a TD in its row or column) has /Scope. Whether the headers
 * are the right ones needs a person (15-005). */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <stdlib.h>
#include <string.h>

/* Looks key up in a structure element's attribute objects (/A: one
 * dictionary or an array of them, possibly with revision numbers). */
static qpdf_oh attr_get(qpdf_data q, qpdf_oh el, const char *key)
{
    qpdf_oh a = qpdf_oh_get_key(q, el, "/A");
    if (qpdf_oh_is_dictionary(q, a)) return qpdf_oh_get_key(q, a, key);
    int n = qpdf_oh_is_array(q, a) ? qpdf_oh_get_array_n_items(q, a) : 0;
    for (int i = 0; i < n; i++) {
        qpdf_oh item = qpdf_oh_get_array_item(q, a, i);
        if (qpdf_oh_is_dictionary(q, item) && qpdf_oh_has_key(q, item, key))
            return qpdf_oh_get_key(q, item, key);
    }
    return qpdf_oh_new_null(q);
}

static int scope_valid(qpdf_data q, qpdf_oh scope)
{
    const char *s = pdfq_name(q, scope);
    return !strcmp(s, "Row") || !strcmp(s, "Column") || !strcmp(s, "Both");
}

typedef struct {
    size_t elem;
    int row, col, is_th;
} cell;

/* The index of the Table that element i belongs to (through TR and
 * THead/TBody/TFoot), or -1. */
static long owning_table(const pdf_check_ctx *c, size_t i)
{
    for (long p = c->tree.v[i].parent; p >= 0; p = c->tree.v[p].parent) {
        const char *std = pdf_check_std(c, (size_t)p);
        if (!strcmp(std, "Table")) return p;
        if (strcmp(std, "TR") && strcmp(std, "THead") && strcmp(std, "TBody") &&
            strcmp(std, "TFoot"))
            return -1;
    }
    return -1;
}

static void check_table(pdf_check_ctx *c, size_t table)
{
    cell *cells = NULL;
    size_t n = 0;
    int row = -1, col = 0, uses_headers = 0;
    long current_tr = -1;
    for (size_t i = table + 1; i < c->tree.n && c->tree.v[i].depth > c->tree.v[table].depth; i++) {
        const char *std = pdf_check_std(c, i);
        if (!strcmp(std, "TR") && owning_table(c, i) == (long)table) {
            row++; col = 0; current_tr = (long)i;
            continue;
        }
        if ((strcmp(std, "TH") && strcmp(std, "TD")) || c->tree.v[i].parent != current_tr) continue;
        if (qpdf_oh_is_array(c->q, attr_get(c->q, c->tree.v[i].oh, "/Headers"))) uses_headers = 1;
        cells = xrealloc(cells, (n + 1) * sizeof *cells);
        cells[n++] = (cell){ i, row, col, !strcmp(std, "TH") };
        qpdf_oh span = attr_get(c->q, c->tree.v[i].oh, "/ColSpan");
        col += qpdf_oh_is_integer(c->q, span) && qpdf_oh_get_int_value(c->q, span) > 1
                   ? (int)qpdf_oh_get_int_value(c->q, span) : 1;
    }
    for (size_t k = 0; k < n && !uses_headers; k++) {
        if (!cells[k].is_th || scope_valid(c->q, attr_get(c->q, c->tree.v[cells[k].elem].oh, "/Scope")))
            continue;
        int heads = 0;
        for (size_t j = 0; j < n; j++)
            if (!cells[j].is_th && (cells[j].row == cells[k].row || cells[j].col == cells[k].col))
                heads = 1;
        if (heads)
            pdf_check_fail(c, "MH-15-003", "table header cell %zu has no valid /Scope (Column, "
                           "Row or Both), and the table does not use /Headers", cells[k].elem + 1);
    }
    free(cells);
}

void pdf_check_tables(pdf_check_ctx *c)
{
    for (size_t i = 0; i < c->tree.n; i++)
        if (!strcmp(pdf_check_std(c, i), "Table")) check_table(c, i);
    pdfq_take_error(c->q);
}
