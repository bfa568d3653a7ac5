/* pdf_qpdf.c — see pdf_qpdf.h. */
#include "pdf_qpdf.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

qpdf_data pdfq_open(const unsigned char *in, size_t len, const char *name,
                    diag_list *diags)
{
    qpdf_data q = qpdf_init();
    qpdf_silence_errors(q);
    qpdf_set_suppress_warnings(q, QPDF_TRUE);
    if (qpdf_read_memory(q, name ? name : "input", (const char *)in,
                         (unsigned long long)len, NULL) & QPDF_ERRORS) {
        qpdf_error e = qpdf_get_error(q);
        diag_add(diags, name, 0, 0, DIAG_ERROR, "PDF", NULL,
                 "cannot read this PDF: %s; check that the file is a complete PDF",
                 e ? qpdf_get_error_message_detail(q, e) : "unknown error");
        qpdf_cleanup(&q);
        return NULL;
    }
    /* Touch the root now so a broken trailer is reported here, not later. */
    qpdf_oh root = qpdf_get_root(q);
    if (pdfq_take_error(q) || !qpdf_oh_is_dictionary(q, root)) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "PDF", NULL,
                 "cannot read this PDF: it has no document catalog");
        qpdf_cleanup(&q);
        return NULL;
    }
    return q;
}

int pdfq_take_error(qpdf_data q)
{
    if (!qpdf_has_error(q)) return 0;
    (void)qpdf_get_error(q); /* retrieving it clears it */
    return 1;
}

const char *pdfq_name(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_name(q, oh)) return "";
    const char *n = qpdf_oh_get_name(q, oh);
    return n && n[0] == '/' ? n + 1 : "";
}

int pdfq_key_is_name(qpdf_data q, qpdf_oh dict, const char *key, const char *name)
{
    if (!qpdf_oh_is_dictionary(q, dict)) return 0;
    return strcmp(pdfq_name(q, qpdf_oh_get_key(q, dict, key)), name) == 0;
}

char *pdfq_text(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_string(q, oh)) return NULL;
    size_t n = 0;
    const char *s = qpdf_oh_get_binary_utf8_value(q, oh, &n);
    if (pdfq_take_error(q) || !s) return xstrdup("");
    return xstrndup(s, n);
}

int pdfq_has_text(qpdf_data q, qpdf_oh dict, const char *key)
{
    if (!qpdf_oh_is_dictionary(q, dict)) return 0;
    char *t = pdfq_text(q, qpdf_oh_get_key(q, dict, key));
    int ok = t && t[0];
    free(t);
    return ok;
}

long long pdfq_id(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_indirect(q, oh)) return 0;
    return (long long)qpdf_oh_get_object_id(q, oh) * 65536LL +
           qpdf_oh_get_generation(q, oh);
}

void pdfq_idset_init(pdfq_idset *s)
{
    memset(s, 0, sizeof *s);
}

void pdfq_idset_free(pdfq_idset *s)
{
    free(s->ids);
    memset(s, 0, sizeof *s);
}

static size_t idset_lower(const pdfq_idset *s, long long id)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->ids[mid] < id) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int pdfq_idset_add(pdfq_idset *s, long long id)
{
    size_t i = idset_lower(s, id);
    if (i < s->n && s->ids[i] == id) return 0;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->ids = xrealloc(s->ids, s->cap * sizeof *s->ids);
    }
    memmove(s->ids + i + 1, s->ids + i, (s->n - i) * sizeof *s->ids);
    s->ids[i] = id;
    s->n++;
    return 1;
}

int pdfq_idset_has(const pdfq_idset *s, long long id)
{
    size_t i = idset_lower(s, id);
    return i < s->n && s->ids[i] == id;
}

int pdfq_page_number(qpdf_data q, long long page_id)
{
    int n = qpdf_get_num_pages(q);
    for (int i = 0; i < n; i++)
        if (pdfq_id(q, qpdf_get_page_n(q, (size_t)i)) == page_id) return i + 1;
    return 0;
}

static qpdf_oh number_tree_get(qpdf_data q, qpdf_oh node, long key, int depth)
{
    if (depth > 32 || !qpdf_oh_is_dictionary(q, node)) return 0;
    qpdf_oh nums = qpdf_oh_get_key(q, node, "/Nums");
    if (qpdf_oh_is_array(q, nums)) {
        int n = qpdf_oh_get_array_n_items(q, nums);
        for (int i = 0; i + 1 < n; i += 2) {
            qpdf_oh k = qpdf_oh_get_array_item(q, nums, i);
            if (qpdf_oh_is_integer(q, k) && qpdf_oh_get_int_value(q, k) == key)
                return qpdf_oh_get_array_item(q, nums, i + 1);
        }
    }
    qpdf_oh kids = qpdf_oh_get_key(q, node, "/Kids");
    int n = qpdf_oh_is_array(q, kids) ? qpdf_oh_get_array_n_items(q, kids) : 0;
    for (int i = 0; i < n; i++) {
        qpdf_oh found = number_tree_get(q, qpdf_oh_get_array_item(q, kids, i), key, depth + 1);
        if (found) return found;
    }
    return 0;
}

qpdf_oh pdfq_number_tree_get(qpdf_data q, qpdf_oh tree, long key)
{
    return number_tree_get(q, tree, key, 0);
}

static qpdf_oh name_tree_get(qpdf_data q, qpdf_oh node, const char *key, int depth)
{
    if (depth > 32 || !qpdf_oh_is_dictionary(q, node)) return 0;
    qpdf_oh names = qpdf_oh_get_key(q, node, "/Names");
    if (qpdf_oh_is_array(q, names)) {
        int n = qpdf_oh_get_array_n_items(q, names);
        for (int i = 0; i + 1 < n; i += 2) {
            char *k = pdfq_text(q, qpdf_oh_get_array_item(q, names, i));
            int hit = k && !strcmp(k, key);
            free(k);
            if (hit) return qpdf_oh_get_array_item(q, names, i + 1);
        }
    }
    qpdf_oh kids = qpdf_oh_get_key(q, node, "/Kids");
    int n = qpdf_oh_is_array(q, kids) ? qpdf_oh_get_array_n_items(q, kids) : 0;
    for (int i = 0; i < n; i++) {
        qpdf_oh found = name_tree_get(q, qpdf_oh_get_array_item(q, kids, i), key, depth + 1);
        if (found) return found;
    }
    return 0;
}

qpdf_oh pdfq_name_tree_get(qpdf_data q, qpdf_oh tree, const char *key)
{
    return name_tree_get(q, tree, key, 0);
}

static void number_tree_each(qpdf_data q, qpdf_oh node, pdfq_tree_fn fn, void *ctx, int depth)
{
    if (depth > 32 || !qpdf_oh_is_dictionary(q, node)) return;
    qpdf_oh nums = qpdf_oh_get_key(q, node, "/Nums");
    if (qpdf_oh_is_array(q, nums)) {
        int n = qpdf_oh_get_array_n_items(q, nums);
        for (int i = 1; i < n; i += 2) fn(q, nums, i, ctx);
    }
    qpdf_oh kids = qpdf_oh_get_key(q, node, "/Kids");
    int n = qpdf_oh_is_array(q, kids) ? qpdf_oh_get_array_n_items(q, kids) : 0;
    for (int i = 0; i < n; i++)
        number_tree_each(q, qpdf_oh_get_array_item(q, kids, i), fn, ctx, depth + 1);
}

void pdfq_number_tree_each(qpdf_data q, qpdf_oh tree, pdfq_tree_fn fn, void *ctx)
{
    number_tree_each(q, tree, fn, ctx, 0);
}
