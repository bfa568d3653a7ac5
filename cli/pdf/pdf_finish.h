/* pdf_finish.h — the PDF/UA finishing pass: takes the bytes Cairo wrote and
 * completes what Cairo 1.16 cannot write (Lang, XMP with pdfuaid, Display-
 * DocTitle, Figure /Alt, TH /Scope, link /Contents, /Tabs /S, artifacts).
 *
 * Contract with the layout engine (cli/layout):
 *  - page furniture (running header and footer, page numbers, rules, borders,
 *    backgrounds, drawn bullets, decorative images, the DRAFT mark) is drawn
 *    inside a cairo tag "Private"; this pass turns each such marked-content
 *    sequence into /Artifact BMC ... EMC and removes its structure element;
 *  - Figure, TH and Link structure elements appear in the structure tree in
 *    the same order as the arrays below (document order), so the pass can
 *    give the k-th Figure figure_alts[k], the k-th TH th_scopes[k], and the
 *    k-th link annotation (in page order, then order on the page)
 *    link_contents[k]. */
#ifndef EHCP_PDF_FINISH_H
#define EHCP_PDF_FINISH_H

#include <stddef.h>
#include <time.h>
#include "../util/diag.h"
#include "../util/xmem.h"
#include "pdf_tagrec.h"

typedef struct {
    char *lang;       /* BCP 47, e.g. "en-GB" */
    char *title;      /* dc:title and Info /Title */
    char *author;     /* dc:creator */
    char *subject;    /* dc:description */
    char *producer;   /* pdf:Producer, e.g. "ehcp 0.1.0" */
    time_t created;   /* from SOURCE_DATE_EPOCH, else the time of the run */

    char **figure_alts;   /* owned strings, one per Figure */
    size_t n_figures;
    char **th_scopes;     /* "Column" or "Row", one per TH */
    size_t n_th;
    char **link_contents; /* one per link annotation */
    size_t n_links;
    /* every structure tag given to Cairo (pdf_tagrec_begin/end beside each
     * cairo_tag_begin/end, "Document" included): lets the pass go straight
     * to the elements it changes; when it does not match the PDF, the pass
     * walks the whole tree instead */
    pdf_tagrec tags;
} pdf_finish_info;

void pdf_finish_info_init(pdf_finish_info *info);
void pdf_finish_info_free(pdf_finish_info *info);
/* Append helpers (copy the string). */
void pdf_finish_info_add_figure(pdf_finish_info *info, const char *alt);
void pdf_finish_info_add_th(pdf_finish_info *info, const char *scope);
void pdf_finish_info_add_link(pdf_finish_info *info, const char *contents);

/* Reads in[0..in_len), writes the finished PDF to out. Returns 0, or -1 after
 * adding an error to diags. Deterministic: same input and info → same bytes. */
int pdf_finish(const unsigned char *in, size_t in_len, const pdf_finish_info *info,
               bytebuf *out, diag_list *diags);
/* The same with in's bytes, freeing in (always) as soon as qpdf no longer
 * reads it: one copy of the document fewer at the pass's memory peak. */
int pdf_finish_consume(bytebuf *in, const pdf_finish_info *info, bytebuf *out,
                       diag_list *diags);

#endif
