/* pdf_finish_direct.c — the tag half of the finishing pass without walking
 * the structure tree. The layout engine recorded every tag it gave Cairo
 * (pdf_tagrec), pdf_finish_scan_ids found each one's object, and the page
 * rewrite kept the MCIDs of the Private sequences it made artifacts; so
 * only the Private elements, their parents, the Figures, the THs and the
 * ParentTree arrays of pages with furniture are touched (the walk made
 * about 30 qpdf C API calls per element, ~2,000 instructions each, and
 * kept every handle alive until the end: a large part of the peak memory).
 *
 * Everything is read and checked before anything is changed: /S (through
 * qpdf) of every element changed (Figures, THs, parents of Private
 * elements); each Private element (known from Cairo's bytes only: it is not
 * written, so qpdf never parses it) found in its parent's /K; every
 * ParentTree entry nulled naming a removed element, and as many entries as
 * the removed elements have MCIDs. On any disagreement nothing has been
 * changed and the caller walks the tree as before; for the ParentTree
 * alone the full walk over it is done instead. */
#include "pdf_finish_internal.h"
#include "pdf_stree.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    const pdf_tagrec *r;
    const long *ids;   /* object number of each element of r, increasing */
    const int *mcids;  /* MCIDs in each element's /K, -1 when unknown */
    char *under;       /* 1 for a Private element (removed with its content) */
} direct_map;

/* The element of m with object number id, -1 when none. */
static long elem_of(const direct_map *m, long id)
{
    size_t lo = 0, hi = m->r->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->ids[mid] < id) lo = mid + 1; else hi = mid;
    }
    return lo < m->r->n && m->ids[lo] == id ? (long)lo : -1;
}

static int is_removed(const direct_map *m, long id)
{
    long k = id > 0 ? elem_of(m, id) : -1;
    return k >= 0 && m->under[k];
}

/* Element k through qpdf, NULL handle (0) when its /S is not the type recorded. */
static qpdf_oh checked_elem(qpdf_data q, const direct_map *m, size_t k)
{
    qpdf_oh el = qpdf_get_object_by_id(q, (int)m->ids[k], 0);
    return pdfq_key_is_name(q, el, "/S", pdf_tagrec_type(m->r, k)) ? el : 0;
}

/* A parent's new /K: kept (0 to remove /K, its only kid being Private). */
typedef struct {
    qpdf_oh parent, kept;
} new_kids;

/* The /K of parent without its Private kids (want of them); 0 when the
 * count found is not want. */
static int plan_kids(qpdf_data q, const direct_map *m, qpdf_oh parent, size_t want,
                     new_kids *out)
{
    qpdf_oh k = qpdf_oh_get_key(q, parent, "/K");
    out->parent = parent;
    out->kept = 0;
    if (!qpdf_oh_is_array(q, k))
        return want == 1 && is_removed(m, (long)qpdf_oh_get_object_id(q, k));
    int n = qpdf_oh_get_array_n_items(q, k);
    size_t dropped = 0;
    out->kept = qpdf_oh_new_array(q);
    for (int i = 0; i < n; i++) {
        qpdf_oh kid = qpdf_oh_get_array_item(q, k, i);
        /* only indirect kids have a number; MCIDs and OBJRs are direct */
        if (is_removed(m, (long)qpdf_oh_get_object_id(q, kid))) dropped++;
        else qpdf_oh_append_item(q, out->kept, kid);
    }
    return dropped == want;
}

/* The ParentTree entries to null: (array, index) pairs. */
typedef struct {
    qpdf_oh *arr;
    int *index;
    size_t n, cap;
} null_plan;

static void null_plan_add(null_plan *p, qpdf_oh arr, int index)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->arr = xrealloc(p->arr, p->cap * sizeof *p->arr);
        p->index = xrealloc(p->index, p->cap * sizeof *p->index);
    }
    p->arr[p->n] = arr;
    p->index[p->n++] = index;
}

/* The value of key in Cairo's flat ParentTree (/Nums, keys in order). */
static qpdf_oh nums_get(qpdf_data q, qpdf_oh tree, qpdf_oh nums, int n, long key)
{
    if (key >= 0 && key < n / 2) {   /* Cairo writes keys 0, 1, 2, ... */
        qpdf_oh k = qpdf_oh_get_array_item(q, nums, (int)key * 2);
        if (qpdf_oh_is_integer(q, k) && qpdf_oh_get_int_value(q, k) == key)
            return qpdf_oh_get_array_item(q, nums, (int)key * 2 + 1);
    }
    return pdfq_number_tree_get(q, tree, key);
}

/* Plans nulling the entries of the MCIDs the page rewrite made artifacts;
 * 0 when the ParentTree is not as expected (then it is walked). */
static int plan_nulls(qpdf_data q, const direct_map *m, qpdf_oh root,
                      const pdf_page_mcids *pages, size_t n_pages, size_t want, null_plan *p)
{
    qpdf_oh tree = qpdf_oh_get_key(q, root, "/ParentTree");
    qpdf_oh nums = qpdf_oh_get_key(q, tree, "/Nums");
    if (!qpdf_oh_is_array(q, nums) || qpdf_oh_has_key(q, tree, "/Kids")) return 0;
    int n = qpdf_oh_get_array_n_items(q, nums);
    for (size_t i = 0; i < n_pages; i++) {
        if (!pages[i].n) continue;
        qpdf_oh arr = nums_get(q, tree, nums, n, pages[i].struct_parents);
        if (!arr || !qpdf_oh_is_array(q, arr)) return 0;
        int items = qpdf_oh_get_array_n_items(q, arr);
        for (size_t j = 0; j < pages[i].n; j++) {
            long mcid = pages[i].mcids[j];
            if (mcid < 0 || mcid >= items) return 0;
            qpdf_oh v = qpdf_oh_get_array_item(q, arr, (int)mcid);
            if (!is_removed(m, (long)qpdf_oh_get_object_id(q, v))) return 0;
            null_plan_add(p, arr, (int)mcid);
        }
    }
    return p->n == want;
}

/* Reads and checks everything; fills the plans. 1 when all agree. */
typedef struct {
    new_kids *kids;
    size_t n_kids;
    null_plan nulls;
    int walk_parent_tree;
    qpdf_oh *attr_elems;
    const char **attr_stds;
    size_t n_attrs;
} direct_plan;

static int plan_all(qpdf_data q, const direct_map *m, qpdf_oh root,
                    const pdf_page_mcids *pages, size_t n_pages, direct_plan *pl)
{
    const pdf_tagrec *r = m->r;
    /* Private kids per parent (index r->n for the StructTreeRoot) */
    size_t *privs = xcalloc(r->n + 1, sizeof *privs);
    size_t mcids = 0;
    int ok = 1;
    for (size_t k = 0; k < r->n && ok; k++) {
        const char *type = pdf_tagrec_type(r, k);
        long parent = r->parent[k];
        if (!strcmp(type, "Private")) {
            /* Cairo 1.16 with our drawing never nests tags in Private */
            if (parent >= 0 && m->under[parent]) { ok = 0; break; }
            /* not read through qpdf: it is not written, and qpdf parsing an
             * object costs ~60,000 instructions; its parent's /K and the
             * ParentTree entries below must name it */
            if (m->mcids[k] < 0) { ok = 0; break; }
            mcids += (size_t)m->mcids[k];
            privs[parent < 0 ? r->n : (size_t)parent]++;
        } else if (parent >= 0 && m->under[parent]) {
            ok = 0;
        } else if (!strcmp(type, "Figure") || !strcmp(type, "TH")) {
            qpdf_oh el = checked_elem(q, m, k);
            if (!el) { ok = 0; break; }
            pl->attr_elems[pl->n_attrs] = el;
            pl->attr_stds[pl->n_attrs++] = type;
        }
    }
    for (size_t p = 0; p <= r->n && ok; p++) {
        if (!privs[p]) continue;
        qpdf_oh parent = p == r->n ? root : checked_elem(q, m, p);
        if (!parent) { ok = 0; break; }
        ok = plan_kids(q, m, parent, privs[p], &pl->kids[pl->n_kids++]);
    }
    free(privs);
    if (ok && mcids && !plan_nulls(q, m, root, pages, n_pages, mcids, &pl->nulls))
        pl->walk_parent_tree = 1;
    return ok && !pdfq_take_error(q);
}

static void apply_removal(qpdf_data q, const direct_map *m, qpdf_oh root, const direct_plan *pl)
{
    for (size_t i = 0; i < pl->n_kids; i++) {
        if (pl->kids[i].kept) qpdf_oh_replace_key(q, pl->kids[i].parent, "/K", pl->kids[i].kept);
        else qpdf_oh_remove_key(q, pl->kids[i].parent, "/K");
    }
    if (!pl->walk_parent_tree) {
        for (size_t i = 0; i < pl->nulls.n; i++)
            qpdf_oh_set_array_item(q, pl->nulls.arr[i], pl->nulls.index[i], qpdf_oh_new_null(q));
    } else {
        pdfq_idset removed;
        pdfq_idset_init(&removed);
        for (size_t k = 0; k < m->r->n; k++)
            if (m->under[k]) pdfq_idset_add(&removed, (long long)m->ids[k] * 65536LL);
        pdf_finish_null_removed(q, root, &removed);
        pdfq_idset_free(&removed);
    }
    /* Nothing refers to the removed elements now, so they are not written;
     * but qpdf_write parses every object of the input first (QPDFWriter
     * calls getObjectCount, which resolves the whole xref table), ~40,000
     * instructions each: replaced by null, they are never parsed. A fresh
     * null each time: qpdf makes the one it is given the object itself. */
    for (size_t k = 0; k < m->r->n; k++)
        if (m->under[k]) qpdf_replace_object(q, (int)m->ids[k], 0, qpdf_oh_new_null(q));
}

int pdf_finish_tags_direct(qpdf_data q, const pdf_finish_info *info, const unsigned char *in,
                           size_t in_len, const pdf_page_mcids *pages, size_t n_pages,
                           diag_list *diags)
{
    const pdf_tagrec *r = &info->tags;
    if (r->n == 0 || r->broken || r->depth) return 0;
    /* the standard type is the type itself: no role map lookups */
    for (size_t i = 0; i < r->n_names; i++)
        if (!pdf_stree_is_standard(r->names[i])) return 0;
    qpdf_oh root = qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot");
    if (!qpdf_oh_is_dictionary(q, root) || !qpdf_oh_is_indirect(q, root)) return 0;
    int *mcids = NULL;
    long *ids = pdf_finish_scan_ids(in, in_len, r, (long)qpdf_oh_get_object_id(q, root), &mcids);
    if (!ids) return 0;
    direct_map m = { r, ids, mcids, xcalloc(r->n, 1) };
    for (size_t k = 0; k < r->n; k++)
        m.under[k] = !strcmp(pdf_tagrec_type(r, k), "Private") ||
                     (r->parent[k] >= 0 && m.under[r->parent[k]]);
    direct_plan pl;
    memset(&pl, 0, sizeof pl);
    pl.kids = xcalloc(r->n + 1, sizeof *pl.kids);
    pl.attr_elems = xcalloc(r->n, sizeof *pl.attr_elems);
    pl.attr_stds = xcalloc(r->n, sizeof *pl.attr_stds);
    int rc = 0;
    if (plan_all(q, &m, root, pages, n_pages, &pl)) {
        apply_removal(q, &m, root, &pl);
        if (qpdf_has_error(q)) {   /* said, not only a failed exit */
            qpdf_error e = qpdf_get_error(q);
            diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                     "could not remove the page furniture from the structure tree: %s",
                     qpdf_get_error_message_detail(q, e));
            rc = -1;
        } else {
            rc = pdf_finish_apply_attrs(q, pl.attr_elems, pl.attr_stds, pl.n_attrs, info, diags)
                     ? -1 : 1;
        }
    }
    free(pl.kids);
    free(pl.nulls.arr);
    free(pl.nulls.index);
    free(pl.attr_elems);
    free(pl.attr_stds);
    free(m.under);
    free(ids);
    free(mcids);
    return rc;
}
