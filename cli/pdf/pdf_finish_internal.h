/* pdf_finish_internal.h — the steps of the finishing pass, shared between
 * pdf_finish.c (catalog, metadata, writing) and pdf_finish_tags.c
 * (artifacts, structure elements, annotations). Not for other parts. */
#ifndef EHCP_PDF_FINISH_INTERNAL_H
#define EHCP_PDF_FINISH_INTERNAL_H

#include <qpdf/qpdf-c.h>
#include "pdf_finish.h"
#include "pdf_qpdf.h"

#define PDF_FINISH_RULE "PDF-FINISH"

/* Rewrites page content ("Private" and untagged painting → Artifact) and
 * drops the Private structure elements. Returns 0 or -1 (error added). */
int pdf_finish_artifacts(qpdf_data q, diag_list *diags);
/* /Alt on Figures, /A /Scope on THs. Returns 0 or -1 (error added). */
int pdf_finish_struct_attrs(qpdf_data q, const pdf_finish_info *info, diag_list *diags);
/* Both of the above (what pdf_finish uses): directly when info->tags
 * matches the structure elements of in[0..in_len) (the bytes q was read
 * from), else with one walk of the structure tree. */
int pdf_finish_tags(qpdf_data q, const pdf_finish_info *info, const unsigned char *in,
                    size_t in_len, diag_list *diags);
/* Figure /Alt and TH /A on elems[0..n) (structure elements in document
 * order, stds[i] the standard type of elems[i] or NULL); errors when more
 * Figures or THs than info describes. Returns 0 or -1 (error added). */
int pdf_finish_apply_attrs(qpdf_data q, const qpdf_oh *elems, const char *const *stds,
                           size_t n, const pdf_finish_info *info, diag_list *diags);

/* What the page rewrite found on one page: its /StructParents (-1 when
 * none) and the MCIDs of the "Private" sequences it made artifacts. */
typedef struct {
    long struct_parents;
    long *mcids;
    size_t n;
} pdf_page_mcids;
/* Nulls every ParentTree entry that refers to an element in removed. */
void pdf_finish_null_removed(qpdf_data q, qpdf_oh struct_tree_root, const pdfq_idset *removed);
void pdf_page_mcids_free(pdf_page_mcids *pages, size_t n);

/* The object number of each element of r (r's order), read from Cairo's
 * bytes in[0..len); NULL when the file does not match r in count, type or
 * parent (root_id: the StructTreeRoot's number). *mcids gets the number of
 * MCIDs in each element's /K (-1 when unreadable). Both owned by the caller. */
long *pdf_finish_scan_ids(const unsigned char *in, size_t len, const pdf_tagrec *r,
                          long root_id, int **mcids);

/* The direct way (pdf_finish_direct.c): drops the Private elements, nulls
 * their ParentTree entries and sets Figure/TH attributes, touching only
 * those elements and their parents. Returns 1 when done, 0 when info->tags
 * does not match the file (nothing was changed), -1 after an error. */
int pdf_finish_tags_direct(qpdf_data q, const pdf_finish_info *info, const unsigned char *in,
                           size_t in_len, const pdf_page_mcids *pages, size_t n_pages,
                           diag_list *diags);
/* /Contents on link annotations, /Tabs /S, and a check of Link OBJRs. */
int pdf_finish_links(qpdf_data q, const pdf_finish_info *info, diag_list *diags);

#endif
