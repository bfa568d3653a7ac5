/* check_lang.c — ISO 14289-1 7.2, natural language (Matterhorn 11): the
 * language of all text can be determined (catalog /Lang, or /Lang on the
 * structure element or marked content), and every /Lang is a well-formed
 * BCP 47 tag (letters for the primary subtag, 1-8 ASCII letters or digits
 * per subtag). */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static int is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int lang_valid(const char *s)
{
    size_t len = 0;
    int first = 1;
    for (;; s++) {
        if (*s == '-' || *s == '\0') {
            if (len == 0 || len > 8) return 0;
            if (*s == '\0') return 1;
            len = 0;
            first = 0;
            continue;
        }
        if (!(is_alpha(*s) || (!first && *s >= '0' && *s <= '9'))) return 0;
        len++;
    }
}

/* 1 valid, 0 absent, -1 present but invalid (reported). */
static int check_lang_key(pdf_check_ctx *c, qpdf_oh dict, const char *where)
{
    if (!qpdf_oh_is_dictionary(c->q, dict) || !qpdf_oh_has_key(c->q, dict, "/Lang")) return 0;
    char *lang = pdfq_text(c->q, qpdf_oh_get_key(c->q, dict, "/Lang"));
    int ok = lang && lang_valid(lang);
    if (!ok)
        pdf_check_fail(c, "MH-11-001", "%s has /Lang \"%s\", which is not a language tag "
                       "such as en-GB", where, lang ? lang : "(not a string)");
    free(lang);
    return ok ? 1 : -1;
}

/* 0 when page's marked content with this MCID shows text whose language
 * no enclosing marked content gives. */
static int mcid_has_lang(pdf_check_ctx *c, qpdf_oh page, long mcid)
{
    int p = pdfq_page_number(c->q, pdfq_id(c->q, page));
    if (p < 1 || p > c->n_pages) return 1;
    const pdf_mc_report *r = &c->pages[p - 1];
    for (size_t i = 0; i < r->n_nolang_text_mcids; i++)
        if (r->nolang_text_mcids[i] == mcid) return 0;
    return 1;
}

typedef struct {
    pdf_check_ctx *c;
    qpdf_oh page;
    int missing;
} content_ctx;

static void check_content_kid(qpdf_data q, qpdf_oh kid, void *vctx)
{
    content_ctx *cc = vctx;
    if (qpdf_oh_is_integer(q, kid)) {
        if (!mcid_has_lang(cc->c, cc->page, (long)qpdf_oh_get_int_value(q, kid))) cc->missing++;
    } else if (pdfq_key_is_name(q, kid, "/Type", "MCR")) {
        qpdf_oh pg = qpdf_oh_has_key(q, kid, "/Pg") ? qpdf_oh_get_key(q, kid, "/Pg") : cc->page;
        if (!mcid_has_lang(cc->c, pg, (long)qpdf_oh_get_int_value(q, qpdf_oh_get_key(q, kid, "/MCID"))))
            cc->missing++;
    }
}

static void check_tree(pdf_check_ctx *c, int catalog_ok)
{
    char *has = xcalloc(c->tree.n ? c->tree.n : 1, 1);
    for (size_t i = 0; i < c->tree.n; i++) {
        const pdf_selem *e = &c->tree.v[i];
        char where[64];
        snprintf(where, sizeof where, "structure element %zu (%s)", i + 1, e->type);
        int own = check_lang_key(c, e->oh, where);
        has[i] = catalog_ok || own == 1 || (e->parent >= 0 && has[e->parent]);
        if (has[i]) continue;
        if (pdfq_has_text(c->q, e->oh, "/Alt") || pdfq_has_text(c->q, e->oh, "/ActualText") ||
            pdfq_has_text(c->q, e->oh, "/E"))
            pdf_check_fail(c, "MH-11-002", "the language of the Alt, ActualText or E text of "
                           "%s cannot be determined; set the catalog /Lang", where);
        if (!e->n_content) continue;
        content_ctx cc = { c, qpdf_oh_get_key(c->q, e->oh, "/Pg"), 0 };
        pdf_stree_each_kid(c->q, qpdf_oh_get_key(c->q, e->oh, "/K"), check_content_kid, &cc);
        if (cc.missing)
            pdf_check_fail(c, "MH-11-001", "the language of the text of %s cannot be "
                           "determined; set the catalog /Lang (e.g. en-GB)", where);
    }
    free(has);
}

/* 1 when element el or one of its ancestors (/P) has a valid /Lang. */
static int inherits_lang(qpdf_data q, qpdf_oh el)
{
    for (int depth = 0; depth < 256 && qpdf_oh_is_dictionary(q, el); depth++) {
        char *lang = pdfq_text(q, qpdf_oh_get_key(q, el, "/Lang"));
        int ok = lang && lang_valid(lang);
        free(lang);
        if (ok) return 1;
        el = qpdf_oh_get_key(q, el, "/P");
    }
    return 0;
}

/* Matterhorn 11-004: annotation /Contents with no language. */
static void check_annot_langs(pdf_check_ctx *c)
{
    qpdf_data q = c->q;
    qpdf_oh tree = c->has_tree ? qpdf_oh_get_key(q, c->tree.root, "/ParentTree") : 0;
    for (int p = 0; p < c->n_pages; p++) {
        qpdf_oh annots = qpdf_oh_get_key(q, qpdf_get_page_n(q, (size_t)p), "/Annots");
        int n = qpdf_oh_is_array(q, annots) ? qpdf_oh_get_array_n_items(q, annots) : 0;
        for (int i = 0; i < n; i++) {
            qpdf_oh a = qpdf_oh_get_array_item(q, annots, i);
            if (!pdfq_has_text(q, a, "/Contents")) continue;
            qpdf_oh sp = qpdf_oh_get_key(q, a, "/StructParent");
            qpdf_oh el = tree && qpdf_oh_is_integer(q, sp)
                             ? pdfq_number_tree_get(q, tree, (long)qpdf_oh_get_int_value(q, sp)) : 0;
            if (!el || !inherits_lang(q, el))
                pdf_check_fail(c, "MH-11-004", "page %d: the language of an annotation's "
                               "/Contents cannot be determined; set the catalog /Lang", p + 1);
        }
    }
}

void pdf_check_lang(pdf_check_ctx *c)
{
    int catalog = check_lang_key(c, c->root, "the catalog");
    for (int p = 0; p < c->n_pages; p++) {
        const pdf_mc_report *r = &c->pages[p];
        for (size_t i = 0; i < r->n_langs; i++)
            if (!lang_valid(r->langs[i]))
                pdf_check_fail(c, "MH-11-001", "page %d: marked content has /Lang \"%s\", "
                               "which is not a language tag", p + 1, r->langs[i]);
        if (catalog != 1 && r->n_alt_no_lang_mcids && !c->has_tree)
            pdf_check_fail(c, "MH-11-002", "page %d: the language of ActualText or Alt in "
                           "marked content cannot be determined", p + 1);
    }
    if (catalog != 1) check_annot_langs(c);
    if (c->has_tree) check_tree(c, catalog == 1);
    else if (catalog != 1)
        pdf_check_fail(c, "MH-11-001", "the catalog has no valid /Lang, so the language of "
                       "the text cannot be determined");
    pdfq_take_error(c->q);
}
