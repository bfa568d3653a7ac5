/* check_annots.c — ISO 14289-1 7.18 (Matterhorn 28): annotations are in
 * the right structure element (Link in Link, Widget in Form, others in
 * Annot), have a description (/Contents, /Alt, /TU), pages with
 * annotations have /Tabs /S; no TrapNet; PrinterMark stays out of the
 * structure tree. Hidden annotations and Popups are exempt. */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* The standard type of the structure element holding annot, "" if none;
 * *el receives the element. */
static const char *parent_type(pdf_check_ctx *c, qpdf_oh annot, qpdf_oh *el, char buf[300])
{
    qpdf_data q = c->q;
    *el = 0;
    qpdf_oh sp = qpdf_oh_get_key(q, annot, "/StructParent");
    if (!c->has_tree || !qpdf_oh_is_integer(q, sp)) return "";
    *el = pdfq_number_tree_get(q, qpdf_oh_get_key(q, c->tree.root, "/ParentTree"),
                               (long)qpdf_oh_get_int_value(q, sp));
    if (!*el || !qpdf_oh_is_dictionary(q, *el)) return "";
    int looped;
    const char *std = pdf_stree_resolve(q, qpdf_oh_get_key(q, c->tree.root, "/RoleMap"),
                                        pdfq_name(q, qpdf_oh_get_key(q, *el, "/S")), buf, 300,
                                        &looped);
    return std ? std : "";
}

/* /TU on the field or any parent field. */
static int field_has_tu(qpdf_data q, qpdf_oh field)
{
    for (int depth = 0; depth < 32 && qpdf_oh_is_dictionary(q, field); depth++) {
        if (pdfq_has_text(q, field, "/TU")) return 1;
        field = qpdf_oh_get_key(q, field, "/Parent");
    }
    return 0;
}

static void check_annot(pdf_check_ctx *c, qpdf_oh a, int page)
{
    qpdf_data q = c->q;
    const char *sub = pdfq_name(q, qpdf_oh_get_key(q, a, "/Subtype"));
    char subtype[64], buf[300];
    snprintf(subtype, sizeof subtype, "%s", sub);
    qpdf_oh flags = qpdf_oh_get_key(q, a, "/F");
    if (qpdf_oh_is_integer(q, flags) && (qpdf_oh_get_int_value(q, flags) & 2)) return;
    if (!strcmp(subtype, "Popup")) return;
    qpdf_oh el;
    const char *std = parent_type(c, a, &el, buf);
    int has_alt = el && pdfq_has_text(q, el, "/Alt");
    if (!strcmp(subtype, "TrapNet")) {
        pdf_check_fail(c, "MH-28-006", "page %d has a TrapNet annotation", page);
    } else if (!strcmp(subtype, "PrinterMark")) {
        if (el) pdf_check_fail(c, "MH-28-007", "page %d: a PrinterMark annotation is in the "
                               "structure tree; it must be left out", page);
    } else if (!strcmp(subtype, "Link")) {
        if (strcmp(std, "Link"))
            pdf_check_fail(c, "MH-28-011", "page %d: a link annotation is not inside a Link "
                           "structure element (with an OBJR)", page);
        if (!pdfq_has_text(q, a, "/Contents"))
            pdf_check_fail(c, "MH-28-012", "page %d: a link annotation has no /Contents "
                           "describing where it goes", page);
    } else if (!strcmp(subtype, "Widget")) {
        if (strcmp(std, "Form"))
            pdf_check_fail(c, "MH-28-010", "page %d: a form field is not inside a Form "
                           "structure element", page);
        if (!field_has_tu(q, a) && !has_alt)
            pdf_check_fail(c, "MH-28-005", "page %d: a form field has neither /TU nor /Alt",
                           page);
    } else {
        if (strcmp(std, "Annot"))
            pdf_check_fail(c, "MH-28-002", "page %d: a %s annotation is not inside an Annot "
                           "structure element", page, subtype);
        if (!pdfq_has_text(q, a, "/Contents") && !has_alt)
            pdf_check_fail(c, "MH-28-004", "page %d: a %s annotation has no /Contents and "
                           "its structure element no /Alt", page, subtype);
    }
}

void pdf_check_annots(pdf_check_ctx *c)
{
    qpdf_data q = c->q;
    for (int p = 0; p < c->n_pages; p++) {
        qpdf_oh page = qpdf_get_page_n(q, (size_t)p);
        qpdf_oh annots = qpdf_oh_get_key(q, page, "/Annots");
        int n = qpdf_oh_is_array(q, annots) ? qpdf_oh_get_array_n_items(q, annots) : 0;
        if (n == 0) continue;
        if (!qpdf_oh_has_key(q, page, "/Tabs"))
            pdf_check_fail(c, "MH-28-008", "page %d has annotations but no /Tabs; add "
                           "/Tabs /S", p + 1);
        else if (!pdfq_key_is_name(q, page, "/Tabs", "S"))
            pdf_check_fail(c, "MH-28-009", "page %d: /Tabs is not /S (structure order)", p + 1);
        for (int i = 0; i < n; i++) {
            qpdf_oh a = qpdf_oh_get_array_item(q, annots, i);
            if (qpdf_oh_is_dictionary(q, a)) check_annot(c, a, p + 1);
        }
    }
    pdfq_take_error(q);
}
