/* pdf_stree.h — the structure tree (ISO 32000-1 14.7) read into a flat
 * array in document order (depth first, /K order), with each element's
 * parent, its type as written and its standard type after the role map.
 * Loops and shared elements in damaged files are visited once. */
#ifndef EHCP_PDF_STREE_H
#define EHCP_PDF_STREE_H

#include <stddef.h>
#include <qpdf/qpdf-c.h>

typedef struct {
    qpdf_oh oh;
    long long id;    /* pdfq_id of oh, 0 for a direct object */
    long parent;     /* index into the array, -1 under the StructTreeRoot */
    int depth;       /* 0 for children of the root */
    char *type;      /* /S as written (owned) */
    char *std;       /* standard type after /RoleMap, NULL if it has none (owned) */
    int n_content;   /* MCIDs, MCRs and OBJRs directly in /K */
} pdf_selem;

typedef struct {
    qpdf_oh root;    /* the StructTreeRoot, 0 when the file has none */
    pdf_selem *v;
    size_t n, cap;
    int truncated;   /* 1 when the walk stopped at the element limit */
} pdf_stree;

/* Loads the tree of q's catalog. Returns 0, or -1 when there is no tree. */
int pdf_stree_load(qpdf_data q, pdf_stree *t);
void pdf_stree_free(pdf_stree *t);

/* 1 when name is a standard structure type of ISO 32000-1 14.8.4. */
int pdf_stree_is_standard(const char *name);

/* Resolves name through the role map (at most 32 steps). Returns the
 * standard type (static storage or name itself), or NULL when the chain
 * ends in a non-standard type or loops (*looped set to 1 for a loop). */
const char *pdf_stree_resolve(qpdf_data q, qpdf_oh rolemap, const char *name,
                              char *buf, size_t size, int *looped);

/* Calls fn for each item of a /K value (array or single): MCIDs (integers),
 * MCR, OBJR or StructElem dictionaries. */
typedef void (*pdf_kid_fn)(qpdf_data q, qpdf_oh kid, void *ctx);
void pdf_stree_each_kid(qpdf_data q, qpdf_oh k, pdf_kid_fn fn, void *ctx);

/* 1 when kid is a structure element (not MCR, OBJR or MCID). */
int pdf_stree_kid_is_elem(qpdf_data q, qpdf_oh kid);

#endif
