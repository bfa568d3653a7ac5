/* pdf_qpdf.h — small helpers over libqpdf's C API shared by the finishing
 * pass and the checker: opening a PDF from memory with errors turned into
 * diagnostics, reading names and strings, and a set of visited objects so
 * walks over untrusted files cannot loop. */
#ifndef EHCP_PDF_QPDF_H
#define EHCP_PDF_QPDF_H

#include <stddef.h>
#include <qpdf/qpdf-c.h>
#include "../util/diag.h"

/* Opens in[0..len). Returns NULL after adding one error (rule "PDF") when
 * the bytes are not a readable PDF. The caller owns the handle
 * (qpdf_cleanup). Errors are silenced: callers check qpdf_has_error. */
qpdf_data pdfq_open(const unsigned char *in, size_t len, const char *name,
                    diag_list *diags);

/* Clears a pending error; returns 1 if there was one. */
int pdfq_take_error(qpdf_data q);

/* The name value without the slash, or "" when oh is not a name. The
 * pointer lives until the next qpdf call. */
const char *pdfq_name(qpdf_data q, qpdf_oh oh);
int pdfq_key_is_name(qpdf_data q, qpdf_oh dict, const char *key, const char *name);

/* Text of a string object as UTF-8 (owned by the caller), NULL when oh is
 * not a string. */
char *pdfq_text(qpdf_data q, qpdf_oh oh);
/* 1 when dict has key holding a string whose text is not empty. */
int pdfq_has_text(qpdf_data q, qpdf_oh dict, const char *key);

/* Object identity for indirect objects ("num gen" packed), 0 for direct. */
long long pdfq_id(qpdf_data q, qpdf_oh oh);

/* A set of object ids (sorted array; sizes here are thousands at most). */
typedef struct {
    long long *ids;
    size_t n, cap;
} pdfq_idset;
void pdfq_idset_init(pdfq_idset *s);
void pdfq_idset_free(pdfq_idset *s);
/* Adds id; returns 1 when it was new, 0 when already present. */
int pdfq_idset_add(pdfq_idset *s, long long id);
int pdfq_idset_has(const pdfq_idset *s, long long id);

/* Page number (1-based) of the page whose id is page_id, 0 if none. */
int pdfq_page_number(qpdf_data q, long long page_id);



/* Looks key up in a number tree (ParentTree); returns the value, or 0
 * when absent. Depth is bounded for damaged trees. */
qpdf_oh pdfq_number_tree_get(qpdf_data q, qpdf_oh tree, long key);
/* Looks a string key up in a name tree (/Names /Dests). */
qpdf_oh pdfq_name_tree_get(qpdf_data q, qpdf_oh tree, const char *key);

/* Calls fn on every value of a number tree (with its Nums array and the
 * index of the value in it, so the callback can replace it). */
typedef void (*pdfq_tree_fn)(qpdf_data q, qpdf_oh nums, int index, void *ctx);
void pdfq_number_tree_each(qpdf_data q, qpdf_oh tree, pdfq_tree_fn fn, void *ctx);
#endif
