/* pdf_tagrec.h — the structure tags the layout engine gave Cairo, in the
 * order it opened them (type and enclosing tag of each). Cairo 1.16 makes
 * one structure element per cairo_tag_begin, so the finishing pass can go
 * straight to the elements it must change instead of walking the whole
 * structure tree through qpdf's C API (~2,000 instructions a call). */
#ifndef EHCP_PDF_TAGREC_H
#define EHCP_PDF_TAGREC_H

#include <stddef.h>

typedef struct {
    unsigned short *type;   /* index into names */
    long *parent;           /* index of the enclosing tag, -1 at the top */
    size_t n, cap;
    long *open;             /* indexes of the tags open now */
    size_t depth, open_cap;
    char **names;           /* distinct tag names (owned), a few dozen at most */
    size_t n_names;
    int broken;             /* an end without a begin, or too many names */
} pdf_tagrec;

/* A zeroed pdf_tagrec is empty and valid; free releases it. */
void pdf_tagrec_free(pdf_tagrec *r);
void pdf_tagrec_begin(pdf_tagrec *r, const char *type);
void pdf_tagrec_end(pdf_tagrec *r);
const char *pdf_tagrec_type(const pdf_tagrec *r, size_t i);

#endif
