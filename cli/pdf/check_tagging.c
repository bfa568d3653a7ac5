/* check_tagging.c — ISO 14289-1 7.1: every mark on a page is tagged real
 * content or an artifact, and never one inside the other (Matterhorn 01);
 * the role map ends in standard types (Matterhorn 02). Walks each page's
 * content with the tokeniser the finishing pass uses, and follows form
 * XObjects drawn from untagged places. */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <stdlib.h>
#include <string.h>

#define MAX_FORM_DEPTH 8

static size_t untagged_in_xobjects(pdf_check_ctx *c, qpdf_oh resources,
                                   const pdf_mc_report *r, int depth, pdfq_idset *seen);

/* Painting in form XObject xo, drawn from an untagged place: its own
 * untagged paints count, an image counts as one. */
static size_t untagged_in_xobject(pdf_check_ctx *c, qpdf_oh xo, int depth, pdfq_idset *seen)
{
    qpdf_data q = c->q;
    qpdf_oh dict = qpdf_oh_get_dict(q, xo);
    if (!pdfq_key_is_name(q, dict, "/Subtype", "Form")) return 1;
    if (depth > MAX_FORM_DEPTH || !pdfq_idset_add(seen, pdfq_id(q, xo))) return 0;
    unsigned char *buf = NULL;
    size_t len = 0;
    if (qpdf_oh_get_stream_data(q, xo, qpdf_dl_generalized, NULL, &buf, &len) & QPDF_ERRORS) {
        pdfq_take_error(q);
        free(buf);
        return 0;
    }
    pdf_mc_report r;
    memset(&r, 0, sizeof r);
    pdf_mc_scan(buf, len, &r);
    free(buf);
    size_t n = r.untagged_paints - r.n_untagged_xobjects +
               untagged_in_xobjects(c, qpdf_oh_get_key(q, dict, "/Resources"), &r, depth + 1, seen);
    pdf_mc_report_free(&r);
    return n;
}

static size_t untagged_in_xobjects(pdf_check_ctx *c, qpdf_oh resources,
                                   const pdf_mc_report *r, int depth, pdfq_idset *seen)
{
    size_t n = 0;
    qpdf_oh xobjects = qpdf_oh_get_key(c->q, resources, "/XObject");
    for (size_t i = 0; i < r->n_untagged_xobjects; i++) {
        char *key = xasprintf("/%s", r->untagged_xobjects[i]);
        qpdf_oh xo = qpdf_oh_get_key(c->q, xobjects, key);
        free(key);
        if (qpdf_oh_is_stream(c->q, xo)) n += untagged_in_xobject(c, xo, depth, seen);
    }
    return n;
}

static void check_page(pdf_check_ctx *c, int i)
{
    qpdf_oh page = qpdf_get_page_n(c->q, (size_t)i);
    pdf_mc_report *r = &c->pages[i];
    unsigned char *buf = NULL;
    size_t len = 0;
    if (qpdf_oh_get_page_content_data(c->q, page, &buf, &len) & QPDF_ERRORS) {
        pdfq_take_error(c->q);
        free(buf);
        return;
    }
    pdf_mc_scan(buf, len, r);
    free(buf);
    pdfq_idset seen;
    pdfq_idset_init(&seen);
    size_t untagged = r->untagged_paints - r->n_untagged_xobjects +
        untagged_in_xobjects(c, qpdf_oh_get_key(c->q, page, "/Resources"), r, 0, &seen);
    pdfq_idset_free(&seen);
    if (untagged)
        pdf_check_fail(c, "MH-01-005", "page %d: %zu drawing operations (%zu showing text) "
                       "are neither tagged nor marked as artifacts", i + 1, untagged,
                       r->untagged_text);
    if (r->artifact_in_tagged)
        pdf_check_fail(c, "MH-01-003", "page %d: an artifact is inside tagged content", i + 1);
    if (r->tagged_in_artifact)
        pdf_check_fail(c, "MH-01-004", "page %d: tagged content is inside an artifact", i + 1);
}

static void check_rolemap(pdf_check_ctx *c)
{
    qpdf_data q = c->q;
    qpdf_oh rm = qpdf_oh_get_key(q, c->tree.root, "/RoleMap");
    if (!qpdf_oh_is_dictionary(q, rm)) return;
    char **keys = NULL;
    size_t n = 0;
    qpdf_oh_begin_dict_key_iter(q, rm);
    while (qpdf_oh_dict_more_keys(q) && n < 10000) {
        keys = xrealloc(keys, (n + 1) * sizeof *keys);
        keys[n++] = xstrdup(qpdf_oh_dict_next_key(q) + 1);
    }
    for (size_t i = 0; i < n; i++) {
        char buf[300];
        int looped = 0;
        if (pdf_stree_is_standard(keys[i]))
            pdf_check_fail(c, "MH-02-004", "the role map remaps the standard type %s", keys[i]);
        else if (!pdf_stree_resolve(q, rm, keys[i], buf, sizeof buf, &looped))
            pdf_check_fail(c, looped ? "MH-02-003" : "MH-02-001",
                           looped ? "the role map of %s goes round in a circle"
                                  : "the role map of %s does not end in a standard type",
                           keys[i]);
        free(keys[i]);
    }
    free(keys);
}

void pdf_check_tagging(pdf_check_ctx *c)
{
    c->n_pages = qpdf_get_num_pages(c->q);
    if (c->n_pages < 0) c->n_pages = 0;
    c->pages = xcalloc(c->n_pages ? (size_t)c->n_pages : 1, sizeof *c->pages);
    for (int i = 0; i < c->n_pages; i++) check_page(c, i);
    if (!c->has_tree) return;
    check_rolemap(c);
    qpdf_oh rm = qpdf_oh_get_key(c->q, c->tree.root, "/RoleMap");
    for (size_t i = 0; i < c->tree.n; i++) {
        if (c->tree.v[i].std || !c->tree.v[i].type[0]) continue;
        char *key = xasprintf("/%s", c->tree.v[i].type);
        if (!qpdf_oh_is_dictionary(c->q, rm) || !qpdf_oh_has_key(c->q, rm, key))
            pdf_check_fail(c, "MH-02-001", "structure type %s is not standard and has no "
                           "role map entry", c->tree.v[i].type);
        free(key);
    }
    pdfq_take_error(c->q);
}
