/* pdf_xmp.h — XMP metadata (ISO 16684-1) as PDF/UA needs it: writing the
 * packet the finishing pass puts in the catalog, and reading the facts the
 * checker needs (pdfuaid:part and its prefix, dc:title). */
#ifndef EHCP_PDF_XMP_H
#define EHCP_PDF_XMP_H

#include <stddef.h>
#include "pdf_finish.h"

/* The XMP packet for info (owned by the caller). lang must not be NULL. */
char *pdf_xmp_build(const pdf_finish_info *info, const char *lang);

/* ISO 8601 UTC ("2026-01-01T00:00:00Z") and PDF date ("D:20260101000000Z"). */
void pdf_xmp_iso_date(time_t t, char buf[32]);
void pdf_xmp_pdf_date(time_t t, char buf[32]);

typedef struct {
    int well_formed;      /* 0 when the packet is not XML */
    char *part;           /* pdfuaid:part value (owned), NULL if absent */
    char *bad_prefix;     /* a pdfuaid property under another prefix (owned) */
    int has_title;        /* dc:title with non-empty text */
} pdf_xmp_facts;

void pdf_xmp_read(const unsigned char *data, size_t len, pdf_xmp_facts *f);
void pdf_xmp_facts_free(pdf_xmp_facts *f);

#endif
