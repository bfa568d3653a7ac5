/* pdf_finish_internal.h — the steps of the finishing pass, shared between
 * pdf_finish.c (catalog, metadata, writing) and pdf_finish_tags.c
 * (artifacts, structure elements, annotations). Not for other parts. */
#ifndef EHCP_PDF_FINISH_INTERNAL_H
#define EHCP_PDF_FINISH_INTERNAL_H

#include <qpdf/qpdf-c.h>
#include "pdf_finish.h"

#define PDF_FINISH_RULE "PDF-FINISH"

/* Rewrites page content ("Private" and untagged painting → Artifact) and
 * drops the Private structure elements. Returns 0 or -1 (error added). */
int pdf_finish_artifacts(qpdf_data q, diag_list *diags);
/* /Alt on Figures, /A /Scope on THs. Returns 0 or -1 (error added). */
int pdf_finish_struct_attrs(qpdf_data q, const pdf_finish_info *info, diag_list *diags);
/* Both of the above with one walk of the structure tree (what pdf_finish
 * uses: loading the tree through the qpdf C API is the costly part). */
int pdf_finish_tags(qpdf_data q, const pdf_finish_info *info, diag_list *diags);
/* /Contents on link annotations, /Tabs /S, and a check of Link OBJRs. */
int pdf_finish_links(qpdf_data q, const pdf_finish_info *info, diag_list *diags);

#endif
