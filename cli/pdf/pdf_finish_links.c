/* pdf_finish_links.c — link annotations: /Contents from the layout engine
 * (or the URI, or "Link to page N"), /Tabs /S on pages with annotations,
 * and a check that Cairo tied each link to a Link element by an OBJR. */
#include "pdf_finish_internal.h"
#include "pdf_qpdf.h"
#include <stdlib.h>
#include <string.h>

/* The page number a destination points at, 0 when unknown. */
static int dest_page(qpdf_data q, qpdf_oh dest)
{
    qpdf_oh root = qpdf_get_root(q);
    if (qpdf_oh_is_string(q, dest) || qpdf_oh_is_name(q, dest)) {
        char *name = qpdf_oh_is_name(q, dest) ? xstrdup(pdfq_name(q, dest)) : pdfq_text(q, dest);
        qpdf_oh tree = qpdf_oh_get_key(q, qpdf_oh_get_key(q, root, "/Names"), "/Dests");
        dest = pdfq_name_tree_get(q, tree, name);
        if (!dest) {
            char *key = xasprintf("/%s", name);
            dest = qpdf_oh_get_key(q, qpdf_oh_get_key(q, root, "/Dests"), key);
            free(key);
        }
        free(name);
        if (qpdf_oh_is_dictionary(q, dest)) dest = qpdf_oh_get_key(q, dest, "/D");
    }
    if (!qpdf_oh_is_array(q, dest) || qpdf_oh_get_array_n_items(q, dest) < 1) return 0;
    return pdfq_page_number(q, pdfq_id(q, qpdf_oh_get_array_item(q, dest, 0)));
}

static char *link_text(qpdf_data q, qpdf_oh annot, const pdf_finish_info *info, size_t k)
{
    if (k < info->n_links && info->link_contents[k][0]) return xstrdup(info->link_contents[k]);
    qpdf_oh action = qpdf_oh_get_key(q, annot, "/A");
    char *uri = pdfq_text(q, qpdf_oh_get_key(q, action, "/URI"));
    if (uri && uri[0]) return uri;
    free(uri);
    qpdf_oh dest = qpdf_oh_has_key(q, annot, "/Dest") ? qpdf_oh_get_key(q, annot, "/Dest")
                                                      : qpdf_oh_get_key(q, action, "/D");
    int page = dest_page(q, dest);
    return page ? xasprintf("Link to page %d", page) : xstrdup("Link to another part of this document");
}

/* The ParentTree read once into (key, value) pairs sorted by key: looking
 * each link up in the tree itself was linear per link, quadratic overall. */
typedef struct {
    long key;
    qpdf_oh value;
} parent_entry;

typedef struct {
    parent_entry *v;
    size_t n, cap;
} parent_index;

static void index_entry(qpdf_data q, qpdf_oh nums, int index, void *ctx)
{
    parent_index *ix = ctx;
    qpdf_oh k = qpdf_oh_get_array_item(q, nums, index - 1);
    if (!qpdf_oh_is_integer(q, k)) return;
    if (ix->n == ix->cap) {
        ix->cap = ix->cap ? ix->cap * 2 : 64;
        ix->v = xrealloc(ix->v, ix->cap * sizeof *ix->v);
    }
    ix->v[ix->n].key = (long)qpdf_oh_get_int_value(q, k);
    ix->v[ix->n].value = qpdf_oh_get_array_item(q, nums, index);
    ix->n++;
}

static int by_key(const void *a, const void *b)
{
    const parent_entry *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

static void parent_index_load(qpdf_data q, parent_index *ix)
{
    memset(ix, 0, sizeof *ix);
    qpdf_oh tree = qpdf_oh_get_key(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot"),
                                   "/ParentTree");
    pdfq_number_tree_each(q, tree, index_entry, ix);
    /* stable order for equal keys is not needed: the first match of a
     * linear walk and of this search differ only in broken files */
    qsort(ix->v, ix->n, sizeof *ix->v, by_key);
}

/* The value for key, as pdfq_number_tree_get would find it; 0 when absent. */
static qpdf_oh parent_index_get(const parent_index *ix, long key)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->v[mid].key < key) lo = mid + 1; else hi = mid;
    }
    return lo < ix->n && ix->v[lo].key == key ? ix->v[lo].value : 0;
}

/* 1 when the annotation's StructParent is a Link element holding an OBJR
 * to it (ISO 14289-1 7.18.5). */
static int has_link_objr(qpdf_data q, qpdf_oh annot, const parent_index *ix)
{
    qpdf_oh sp = qpdf_oh_get_key(q, annot, "/StructParent");
    if (!qpdf_oh_is_integer(q, sp)) return 0;
    qpdf_oh el = parent_index_get(ix, (long)qpdf_oh_get_int_value(q, sp));
    if (!el || !pdfq_key_is_name(q, el, "/S", "Link")) return 0;
    qpdf_oh k = qpdf_oh_get_key(q, el, "/K");
    qpdf_oh single = k;
    int n = qpdf_oh_is_array(q, k) ? qpdf_oh_get_array_n_items(q, k) : 1;
    long long want = pdfq_id(q, annot);
    for (int i = 0; i < n; i++) {
        qpdf_oh kid = qpdf_oh_is_array(q, k) ? qpdf_oh_get_array_item(q, k, i) : single;
        if (pdfq_key_is_name(q, kid, "/Type", "OBJR") &&
            pdfq_id(q, qpdf_oh_get_key(q, kid, "/Obj")) == want)
            return 1;
    }
    return 0;
}

int pdf_finish_links(qpdf_data q, const pdf_finish_info *info, diag_list *diags)
{
    size_t k = 0;
    int pages = qpdf_get_num_pages(q);
    parent_index ix = { NULL, 0, 0 };
    int indexed = 0;
    for (int p = 0; p < pages; p++) {
        qpdf_oh page = qpdf_get_page_n(q, (size_t)p);
        qpdf_oh annots = qpdf_oh_get_key(q, page, "/Annots");
        int n = qpdf_oh_is_array(q, annots) ? qpdf_oh_get_array_n_items(q, annots) : 0;
        if (n > 0) qpdf_oh_replace_key(q, page, "/Tabs", qpdf_oh_new_name(q, "/S"));
        for (int i = 0; i < n; i++) {
            qpdf_oh a = qpdf_oh_get_array_item(q, annots, i);
            if (!pdfq_key_is_name(q, a, "/Subtype", "Link")) continue;
            char *text = link_text(q, a, info, k++);
            qpdf_oh_replace_key(q, a, "/Contents", qpdf_oh_new_unicode_string(q, text));
            free(text);
            if (!indexed) {
                parent_index_load(q, &ix);
                indexed = 1;
            }
            if (!has_link_objr(q, a, &ix))
                diag_add(diags, NULL, 0, 0, DIAG_WARNING, PDF_FINISH_RULE, NULL,
                         "page %d: link %zu is not inside a Link structure element; "
                         "draw links inside cairo's \"Link\" tag", p + 1, k);
        }
    }
    if (indexed) free(ix.v);
    int rc = pdfq_take_error(q) ? -1 : 0;
    qpdf_oh_release_all(q);   /* no handle outlives this pass (memory) */
    return rc;
}
