/* check_figures.c — ISO 14289-1 7.3 (Figure) and 7.7 (Formula): each has
 * alternative text (non-empty /Alt) or replacement text (/ActualText).
 * Whether the text is a good description needs a person (Matterhorn
 * 13-005, 17-003). */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <string.h>

void pdf_check_figures(pdf_check_ctx *c)
{
    for (size_t i = 0; i < c->tree.n; i++) {
        const char *std = pdf_check_std(c, i);
        int fig = !strcmp(std, "Figure"), formula = !strcmp(std, "Formula");
        if (!fig && !formula) continue;
        qpdf_oh e = c->tree.v[i].oh;
        if (pdfq_has_text(c->q, e, "/Alt") || qpdf_oh_has_key(c->q, e, "/ActualText")) continue;
        if (fig)
            pdf_check_fail(c, "MH-13-004", "%s element %zu has no alternative text (/Alt); "
                           "describe the picture", c->tree.v[i].type, i + 1);
        else
            pdf_check_fail(c, "MH-17-002", "%s element %zu has no /Alt or /ActualText",
                           c->tree.v[i].type, i + 1);
    }
}
