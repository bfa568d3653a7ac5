/* pdf_finish_tags.c — the tag half of the finishing pass: page furniture
 * drawn in "Private" becomes /Artifact (content and structure tree),
 * Figures get /Alt, THs get /Scope, link annotations get /Contents. */
#include "pdf_finish_internal.h"
#include "pdf_content.h"
#include "pdf_qpdf.h"
#include "pdf_stree.h"
#include <stdlib.h>
#include <string.h>

static int rewrite_page(qpdf_data q, qpdf_oh page, int pageno, pdf_page_mcids *pm,
                        diag_list *diags)
{
    unsigned char *buf = NULL;
    size_t len = 0;
    if (qpdf_oh_get_page_content_data(q, page, &buf, &len) & QPDF_ERRORS) {
        pdfq_take_error(q);
        free(buf);
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                 "cannot read the content of page %d", pageno);
        return -1;
    }
    bytebuf out;
    bytebuf_init(&out);
    long *mcids = NULL;
    size_t n_mcids = 0;
    long wrapped = pdf_mc_rewrite(buf, len, &out, &mcids, &n_mcids);
    free(buf);
    /* kept: they say which ParentTree entries to null without walking it */
    pm->mcids = mcids;
    pm->n = n_mcids;
    qpdf_oh sp = qpdf_oh_get_key(q, page, "/StructParents");
    pm->struct_parents = qpdf_oh_is_integer(q, sp) ? (long)qpdf_oh_get_int_value(q, sp) : -1;
    if (wrapped < 0) {
        bytebuf_free(&out);
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                 "the content of page %d has a syntax error", pageno);
        return -1;
    }
    if (wrapped > 0)
        diag_add(diags, NULL, 0, 0, DIAG_WARNING, PDF_FINISH_RULE, NULL,
                 "page %d: %ld drawing operations were outside any structure tag and "
                 "were marked as artifacts, so screen readers skip them; draw real "
                 "content inside a leaf tag (P, Span, ...) and furniture inside \"Private\"",
                 pageno, wrapped);
    /* Replace the data of the page's own content stream where there is one:
     * qpdf_oh_new_stream counts every object of the file (QPDF::newStream
     * calls getObjectCount), which made this loop quadratic in pages. */
    qpdf_oh contents = qpdf_oh_get_key(q, page, "/Contents");
    qpdf_oh stream = qpdf_oh_is_stream(q, contents) ? contents : qpdf_oh_new_stream(q);
    qpdf_oh_replace_stream_data(q, stream, out.data, out.len, qpdf_oh_new_null(q),
                                qpdf_oh_new_null(q));
    if (stream != contents) qpdf_oh_replace_key(q, page, "/Contents", stream);
    bytebuf_free(&out);
    return 0;
}

static int is_private_elem(qpdf_data q, qpdf_oh kid)
{
    return pdf_stree_kid_is_elem(q, kid) && pdfq_key_is_name(q, kid, "/S", "Private");
}

/* Drops Private structure elements (their ids are in removed) from node's
 * /K. The kids that stay go into a new array, set once: erasing items one
 * at a time shifted the rest of the array each time, quadratic for the
 * Document element, whose /K holds most of the file's elements. */
static void drop_private_kids(qpdf_data q, qpdf_oh node, const pdfq_idset *removed)
{
    qpdf_oh k = qpdf_oh_get_key(q, node, "/K");
    if (is_private_elem(q, k)) {
        qpdf_oh_remove_key(q, node, "/K");
        return;
    }
    if (!qpdf_oh_is_array(q, k)) return;
    int n = qpdf_oh_get_array_n_items(q, k);
    qpdf_oh kept = qpdf_oh_new_array(q);
    int dropped = 0;
    for (int i = 0; i < n; i++) {
        qpdf_oh kid = qpdf_oh_get_array_item(q, k, i);
        /* a kid of a kept element whose id is in removed is a Private
         * element: the tree was loaded with each element once */
        long long id = pdfq_id(q, kid);
        if (id && pdfq_idset_has(removed, id)) dropped++;
        else qpdf_oh_append_item(q, kept, kid);
    }
    if (dropped) qpdf_oh_replace_key(q, node, "/K", kept);
}

/* Replaces ParentTree references to removed elements with null. */
static void null_removed(qpdf_data q, qpdf_oh nums, int index, void *ctx)
{
    const pdfq_idset *removed = ctx;
    qpdf_oh v = qpdf_oh_get_array_item(q, nums, index);
    if (qpdf_oh_is_array(q, v)) {
        int n = qpdf_oh_get_array_n_items(q, v);
        for (int i = 0; i < n; i++)
            if (pdfq_idset_has(removed, pdfq_id(q, qpdf_oh_get_array_item(q, v, i))))
                qpdf_oh_set_array_item(q, v, i, qpdf_oh_new_null(q));
    } else if (pdfq_idset_has(removed, pdfq_id(q, v))) {
        qpdf_oh_set_array_item(q, nums, index, qpdf_oh_new_null(q));
    }
}

void pdf_finish_null_removed(qpdf_data q, qpdf_oh struct_tree_root, const pdfq_idset *removed)
{
    if (removed->n)
        pdfq_number_tree_each(q, qpdf_oh_get_key(q, struct_tree_root, "/ParentTree"),
                              null_removed, (void *)removed);
}

/* Drops the Private elements of tree t (loaded before) and everything under
 * them; sets under[i] for each element removed. Only the parents of a
 * Private element are looked at again: a second pass over every element's
 * /K through the qpdf C API cost as much as loading the tree. */
static void remove_private_in(qpdf_data q, const pdf_stree *t, char *under)
{
    pdfq_idset removed;
    pdfq_idset_init(&removed);
    char *parent_of_private = xcalloc(t->n ? t->n : 1, 1);
    int root_has_private = 0;
    for (size_t i = 0; i < t->n; i++) {
        const pdf_selem *e = &t->v[i];
        int priv = !strcmp(e->type, "Private");
        under[i] = priv || (e->parent >= 0 && under[e->parent]);
        if (under[i] && e->id) pdfq_idset_add(&removed, e->id);
        if (priv && e->parent >= 0 && !under[e->parent]) parent_of_private[e->parent] = 1;
        if (priv && e->parent < 0) root_has_private = 1;
    }
    for (size_t i = 0; i < t->n; i++)
        if (parent_of_private[i]) drop_private_kids(q, t->v[i].oh, &removed);
    if (root_has_private) drop_private_kids(q, t->root, &removed);
    pdf_finish_null_removed(q, t->root, &removed);
    free(parent_of_private);
    pdfq_idset_free(&removed);
}

void pdf_page_mcids_free(pdf_page_mcids *pages, size_t n)
{
    for (size_t i = 0; i < n; i++) free(pages[i].mcids);
    free(pages);
}

/* Rewrites every page; *pages gets what each page's rewrite found. */
static int rewrite_pages(qpdf_data q, pdf_page_mcids **pages, size_t *n_pages, diag_list *diags)
{
    int n = qpdf_get_num_pages(q);
    *pages = xcalloc(n > 0 ? (size_t)n : 1, sizeof **pages);
    *n_pages = n > 0 ? (size_t)n : 0;
    for (int i = 0; i < n; i++) {
        if (rewrite_page(q, qpdf_get_page_n(q, (size_t)i), i + 1, &(*pages)[i], diags)) return -1;
        /* Every qpdf C API call that returns an object makes a handle that
         * lives until released; none is held across pages, so release them
         * here rather than let a long document's pile up (peak memory). */
        qpdf_oh_release_all(q);
    }
    return 0;
}

int pdf_finish_artifacts(qpdf_data q, diag_list *diags)
{
    pdf_page_mcids *pages = NULL;
    size_t n_pages = 0;
    int rc = rewrite_pages(q, &pages, &n_pages, diags);
    pdf_page_mcids_free(pages, n_pages);
    if (rc) return -1;
    pdf_stree t;
    if (pdf_stree_load(q, &t) == 0) {
        char *under = xcalloc(t.n ? t.n : 1, 1);
        remove_private_in(q, &t, under);
        free(under);
        pdf_stree_free(&t);
    }
    return pdfq_take_error(q) ? -1 : 0;
}

static int valid_scope(const char *s)
{
    return !strcmp(s, "Column") || !strcmp(s, "Row") || !strcmp(s, "Both");
}

static int count_mismatch(diag_list *diags, const char *what, size_t in_pdf, size_t given)
{
    if (in_pdf <= given) return 0;
    diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
             "the PDF has %zu %s structure elements but only %zu were described; "
             "the layout engine must add one entry per element, in document order",
             in_pdf, what, given);
    return -1;
}

int pdf_finish_apply_attrs(qpdf_data q, const qpdf_oh *elems, const char *const *stds,
                           size_t n, const pdf_finish_info *info, diag_list *diags)
{
    size_t figs = 0, ths = 0;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        const char *std = stds[i] ? stds[i] : "";
        if (!strcmp(std, "Figure")) {
            if (figs < info->n_figures)
                qpdf_oh_replace_key(q, elems[i], "/Alt",
                                    qpdf_oh_new_unicode_string(q, info->figure_alts[figs]));
            figs++;
        } else if (!strcmp(std, "TH")) {
            const char *scope = ths < info->n_th ? info->th_scopes[ths] : "Column";
            if (!valid_scope(scope)) {
                diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                         "table header %zu has scope \"%s\"; use Column, Row or Both",
                         ths + 1, scope);
                rc = -1;
            }
            char *a = xasprintf("<< /O /Table /Scope /%s >>", valid_scope(scope) ? scope : "Column");
            qpdf_oh_replace_key(q, elems[i], "/A", qpdf_oh_parse(q, a));
            free(a);
            ths++;
        }
    }
    if (count_mismatch(diags, "Figure", figs, info->n_figures) ||
        count_mismatch(diags, "TH", ths, info->n_th))
        rc = -1;
    return rc;
}

/* Figures and THs of t in document order, skipping the elements marked in
 * under (removed with their Private ancestor); under may be NULL. */
static int struct_attrs_in(qpdf_data q, const pdf_stree *t, const char *under,
                           const pdf_finish_info *info, diag_list *diags)
{
    qpdf_oh *elems = xcalloc(t->n ? t->n : 1, sizeof *elems);
    const char **stds = xcalloc(t->n ? t->n : 1, sizeof *stds);
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (under && under[i]) continue;
        elems[n] = t->v[i].oh;
        stds[n++] = t->v[i].std;
    }
    int rc = pdf_finish_apply_attrs(q, elems, stds, n, info, diags);
    free(elems);
    free(stds);
    return rc;
}

int pdf_finish_struct_attrs(qpdf_data q, const pdf_finish_info *info, diag_list *diags)
{
    pdf_stree t;
    if (pdf_stree_load(q, &t)) return 0;
    int rc = struct_attrs_in(q, &t, NULL, info, diags);
    pdf_stree_free(&t);
    return rc;
}

int pdf_finish_tags(qpdf_data q, const pdf_finish_info *info, const unsigned char *in,
                    size_t in_len, diag_list *diags)
{
    pdf_page_mcids *pages = NULL;
    size_t n_pages = 0;
    int fast = rewrite_pages(q, &pages, &n_pages, diags) ? -1
             : pdf_finish_tags_direct(q, info, in, in_len, pages, n_pages, diags);
    pdf_page_mcids_free(pages, n_pages);
    if (fast) {
        qpdf_oh_release_all(q);
        return fast < 0 ? -1 : 0;
    }
    /* the layout engine's record did not match the file: walk the tree */
    pdf_stree t;
    if (pdf_stree_load(q, &t)) return pdfq_take_error(q) ? -1 : 0;
    char *under = xcalloc(t.n ? t.n : 1, 1);
    remove_private_in(q, &t, under);
    int rc = pdfq_take_error(q) ? -1 : struct_attrs_in(q, &t, under, info, diags);
    free(under);
    pdf_stree_free(&t);
    qpdf_oh_release_all(q);   /* the tree's handles (see rewrite_pages) */
    return rc;
}
