/* check_headings.c — ISO 14289-1 7.4 (Matterhorn 14): numbered headings
 * start at H1 and never skip a level going down; unnumbered H is one per
 * element; the two kinds are not mixed. Whether headings are tagged as
 * headings at all needs a person (14-001). */
#include "pdf_check_internal.h"
#include <stdlib.h>
#include <string.h>

static int heading_level(const char *std)
{
    if (std[0] == 'H' && std[1] >= '1' && std[1] <= '6' && std[2] == '\0') return std[1] - '0';
    return !strcmp(std, "H") ? 0 : -1;
}

void pdf_check_headings(pdf_check_ctx *c)
{
    int prev = 0, numbered = 0, plain = 0;
    size_t *h_kids = xcalloc(c->tree.n ? c->tree.n : 1, sizeof *h_kids);
    for (size_t i = 0; i < c->tree.n; i++) {
        int level = heading_level(pdf_check_std(c, i));
        if (level < 0) continue;
        if (level == 0) {
            plain++;
            long p = c->tree.v[i].parent;
            if (p >= 0 && ++h_kids[p] == 2)
                pdf_check_fail(c, "MH-14-006", "element %ld (%s) holds more than one H; use "
                               "one Sect per heading", p + 1, c->tree.v[p].type);
            continue;
        }
        if (!numbered && level != 1)
            pdf_check_fail(c, "MH-14-002", "the first heading is H%d; numbered headings "
                           "start at H1", level);
        else if (numbered && level > prev + 1)
            pdf_check_fail(c, "MH-14-003", "heading %zu is H%d after H%d: level H%d is "
                           "skipped", i + 1, level, prev, prev + 1);
        numbered++;
        prev = level;
    }
    if (numbered && plain)
        pdf_check_fail(c, "MH-14-007", "the document uses both H and H1-H6 headings; use "
                       "one kind");
    free(h_kids);
}
