/* check_ident.c — ISO 14289-1 clause 5 (the PDF/UA identifier in XMP) and
 * the catalog-level parts of 7.1: metadata stream, dc:title,
 * DisplayDocTitle, MarkInfo, structure tree. */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include "pdf_xmp.h"
#include <stdlib.h>
#include <string.h>

static void check_xmp(pdf_check_ctx *c)
{
    qpdf_oh meta = qpdf_oh_get_key(c->q, c->root, "/Metadata");
    if (!qpdf_oh_is_stream(c->q, meta)) {
        pdf_check_fail(c, "MH-06-001", "the catalog has no XMP metadata stream; add one "
                       "with dc:title and pdfuaid:part");
        pdf_check_fail(c, "MH-06-002", "there is no XMP metadata, so no PDF/UA identifier");
        return;
    }
    unsigned char *buf = NULL;
    size_t len = 0;
    if (qpdf_oh_get_stream_data(c->q, meta, qpdf_dl_all, NULL, &buf, &len) & QPDF_ERRORS) {
        pdfq_take_error(c->q);
        free(buf);
        pdf_check_fail(c, "MH-06-001", "the XMP metadata stream cannot be decoded");
        return;
    }
    pdf_xmp_facts f;
    pdf_xmp_read(buf, len, &f);
    free(buf);
    if (!f.well_formed)
        pdf_check_fail(c, "MH-06-001", "the XMP metadata stream is not well-formed XML");
    else if (!f.part)
        pdf_check_fail(c, "MH-06-002", "the XMP metadata has no PDF/UA identifier; add "
                       "<pdfuaid:part>1</pdfuaid:part>");
    else if (strcmp(f.part, "1"))
        pdf_check_fail(c, "MH-06-002", "pdfuaid:part is \"%s\"; PDF/UA-1 needs 1", f.part);
    if (f.well_formed && f.bad_prefix)
        pdf_check_fail(c, "MH-06-002", "the PDF/UA identification property \"%s\" must use "
                       "the prefix pdfuaid", f.bad_prefix);
    if (f.well_formed && !f.has_title)
        pdf_check_fail(c, "MH-06-003", "the XMP metadata has no dc:title; give the "
                       "document a title");
    pdf_xmp_facts_free(&f);
}

static void check_catalog(pdf_check_ctx *c)
{
    qpdf_data q = c->q;
    qpdf_oh vp = qpdf_oh_get_key(q, c->root, "/ViewerPreferences");
    qpdf_oh ddt = qpdf_oh_get_key(q, vp, "/DisplayDocTitle");
    if (!qpdf_oh_is_dictionary(q, vp) || !qpdf_oh_has_key(q, vp, "/DisplayDocTitle"))
        pdf_check_fail(c, "MH-07-001", "ViewerPreferences has no DisplayDocTitle; add "
                       "/ViewerPreferences << /DisplayDocTitle true >> to the catalog");
    else if (!qpdf_oh_is_bool(q, ddt) || !qpdf_oh_get_bool_value(q, ddt))
        pdf_check_fail(c, "MH-07-002", "DisplayDocTitle is not true, so viewers show the "
                       "file name instead of the title");
    qpdf_oh mi = qpdf_oh_get_key(q, c->root, "/MarkInfo");
    qpdf_oh marked = qpdf_oh_get_key(q, mi, "/Marked");
    if (!qpdf_oh_is_bool(q, marked) || !qpdf_oh_get_bool_value(q, marked))
        pdf_check_fail(c, "UA1-MARKINFO", "the catalog has no /MarkInfo << /Marked true >>, "
                       "so the file does not declare itself tagged");
    qpdf_oh suspects = qpdf_oh_get_key(q, mi, "/Suspects");
    if (qpdf_oh_is_bool(q, suspects) && qpdf_oh_get_bool_value(q, suspects))
        pdf_check_fail(c, "MH-01-007", "MarkInfo has Suspects true: the producer was not "
                       "sure its tags are right");
    if (!c->has_tree)
        pdf_check_fail(c, "UA1-STRUCTTREE", "the catalog has no StructTreeRoot: the file "
                       "is not tagged");
}

void pdf_check_ident(pdf_check_ctx *c)
{
    check_xmp(c);
    check_catalog(c);
    pdfq_take_error(c->q);
}
