/* pdf_stree.c — see pdf_stree.h. */
#include "pdf_stree.h"
#include "pdf_qpdf.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* More elements than this in one file is treated as hostile input. */
#define MAX_ELEMS 200000
#define MAX_DEPTH 256

int pdf_stree_is_standard(const char *name)
{
    static const char *const std[] = {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC",
        "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4",
        "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
        "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code",
        "Link", "Annot", "Ruby", "Warichu", "RB", "RT", "RP", "WT", "WP", "Figure",
        "Formula", "Form", NULL
    };
    for (size_t i = 0; std[i]; i++)
        if (!strcmp(name, std[i])) return 1;
    return 0;
}

const char *pdf_stree_resolve(qpdf_data q, qpdf_oh rolemap, const char *name,
                              char *buf, size_t size, int *looped)
{
    *looped = 0;
    snprintf(buf, size, "%s", name);
    for (int step = 0; step < 32; step++) {
        if (pdf_stree_is_standard(buf)) return buf;
        if (!rolemap || !qpdf_oh_is_dictionary(q, rolemap)) return NULL;
        char key[300];
        snprintf(key, sizeof key, "/%s", buf);
        qpdf_oh to = qpdf_oh_get_key(q, rolemap, key);
        if (!qpdf_oh_is_name(q, to)) return NULL;
        snprintf(buf, size, "%s", pdfq_name(q, to));
    }
    *looped = 1;
    return NULL;
}

void pdf_stree_each_kid(qpdf_data q, qpdf_oh k, pdf_kid_fn fn, void *ctx)
{
    if (qpdf_oh_is_array(q, k)) {
        int n = qpdf_oh_get_array_n_items(q, k);
        for (int i = 0; i < n; i++) fn(q, qpdf_oh_get_array_item(q, k, i), ctx);
    } else if (qpdf_oh_is_dictionary(q, k) || qpdf_oh_is_integer(q, k)) {
        fn(q, k, ctx);
    }
}

int pdf_stree_kid_is_elem(qpdf_data q, qpdf_oh kid)
{
    if (!qpdf_oh_is_dictionary(q, kid)) return 0;
    /* /Type read once: every call through the qpdf C API costs a handle
     * lookup, and this runs for every kid of every element */
    const char *type = pdfq_name(q, qpdf_oh_get_key(q, kid, "/Type"));
    if (!strcmp(type, "MCR") || !strcmp(type, "OBJR")) return 0;
    return qpdf_oh_has_key(q, kid, "/S");
}

typedef struct {
    pdf_stree *t;
    pdfq_idset seen;
    qpdf_oh rolemap;
    long parent;
    int depth;
} walk_ctx;

static void visit_kid(qpdf_data q, qpdf_oh kid, void *vctx);

static void add_elem(qpdf_data q, qpdf_oh el, walk_ctx *w)
{
    pdf_stree *t = w->t;
    if (t->n >= MAX_ELEMS || w->depth > MAX_DEPTH) { t->truncated = 1; return; }
    long long id = pdfq_id(q, el);
    if (id && !pdfq_idset_add(&w->seen, id)) return;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->v = xrealloc(t->v, t->cap * sizeof *t->v);
    }
    pdf_selem *e = &t->v[t->n];
    memset(e, 0, sizeof *e);
    e->oh = el;
    e->id = id;
    e->parent = w->parent;
    e->depth = w->depth;
    e->type = xstrdup(pdfq_name(q, qpdf_oh_get_key(q, el, "/S")));
    char buf[300];
    int looped;
    const char *std = pdf_stree_resolve(q, w->rolemap, e->type, buf, sizeof buf, &looped);
    e->std = std ? xstrdup(std) : NULL;
    long me = (long)t->n++;
    long saved_parent = w->parent;
    w->parent = me;
    w->depth++;
    pdf_stree_each_kid(q, qpdf_oh_get_key(q, el, "/K"), visit_kid, w);
    w->depth--;
    w->parent = saved_parent;
}

static void visit_kid(qpdf_data q, qpdf_oh kid, void *vctx)
{
    walk_ctx *w = vctx;
    if (pdf_stree_kid_is_elem(q, kid)) {
        add_elem(q, kid, w);
    } else if (w->parent >= 0 && (qpdf_oh_is_integer(q, kid) || qpdf_oh_is_dictionary(q, kid))) {
        w->t->v[w->parent].n_content++;
    }
}

int pdf_stree_load(qpdf_data q, pdf_stree *t)
{
    memset(t, 0, sizeof *t);
    qpdf_oh root = qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot");
    if (!qpdf_oh_is_dictionary(q, root)) return -1;
    t->root = root;
    walk_ctx w = { t, { 0 }, qpdf_oh_get_key(q, root, "/RoleMap"), -1, 0 };
    pdfq_idset_init(&w.seen);
    pdf_stree_each_kid(q, qpdf_oh_get_key(q, root, "/K"), visit_kid, &w);
    pdfq_idset_free(&w.seen);
    pdfq_take_error(q);
    return 0;
}

void pdf_stree_free(pdf_stree *t)
{
    for (size_t i = 0; i < t->n; i++) {
        free(t->v[i].type);
        free(t->v[i].std);
    }
    free(t->v);
    memset(t, 0, sizeof *t);
}
