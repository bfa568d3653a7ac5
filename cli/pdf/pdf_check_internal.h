/* pdf_check_internal.h — what the check groups (check_*.c) share: the
 * open document, its structure tree, per-page marked-content findings and
 * the one way to report a failure. Not for other parts. */
#ifndef EHCP_PDF_CHECK_INTERNAL_H
#define EHCP_PDF_CHECK_INTERNAL_H

#include <qpdf/qpdf-c.h>
#include "pdf_check.h"
#include "pdf_content.h"
#include "pdf_stree.h"

typedef struct {
    qpdf_data q;
    const char *file;
    diag_list *diags;
    qpdf_oh root;            /* the catalog */
    pdf_stree tree;          /* empty when there is no structure tree */
    int has_tree;
    pdf_mc_report *pages;    /* one per page, filled by check_tagging */
    int n_pages;
    size_t *counts;          /* failures per checkpoint (table order) */
} pdf_check_ctx;

/* Reports a failure of checkpoint rule; the clause is added from the
 * table. Only the first few failures of one checkpoint are kept. */
void pdf_check_fail(pdf_check_ctx *c, const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void pdf_check_ident(pdf_check_ctx *c);     /* clause 5, 7.1 metadata */
void pdf_check_tagging(pdf_check_ctx *c);   /* 7.1 content and role map */
void pdf_check_lang(pdf_check_ctx *c);      /* 7.2 */
void pdf_check_figures(pdf_check_ctx *c);   /* 7.3, 7.7 */
void pdf_check_headings(pdf_check_ctx *c);  /* 7.4 */
void pdf_check_tables(pdf_check_ctx *c);    /* 7.5 */
void pdf_check_annots(pdf_check_ctx *c);    /* 7.18 */
void pdf_check_fonts(pdf_check_ctx *c);     /* 7.21 */
void pdf_check_structure(pdf_check_ctx *c); /* 7.2 nesting (ISO 32000-1 14.8.4) */

/* The standard type of element i, "" when it has none. */
const char *pdf_check_std(const pdf_check_ctx *c, size_t i);

#endif
