/* check_structure.c — the nesting rules of ISO 32000-1 14.8.4 that
 * ISO 14289-1 7.2 requires for tables (Matterhorn 09-004), lists (09-005)
 * and tables of contents (09-006), kept as a table of allowed parents and
 * children. */
#include "pdf_check_internal.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *type;
    const char *parents;   /* space-separated allowed parents, NULL = any */
    const char *kids;      /* space-separated allowed element kids, NULL = any */
    const char *rule;
} nesting;

static const nesting rules[] = {
    { "TR", "Table THead TBody TFoot", "TH TD", "MH-09-004" },
    { "TH", "TR", NULL, "MH-09-004" },
    { "TD", "TR", NULL, "MH-09-004" },
    { "THead", "Table", "TR", "MH-09-004" },
    { "TBody", "Table", "TR", "MH-09-004" },
    { "TFoot", "Table", "TR", "MH-09-004" },
    { "Table", NULL, "TR THead TBody TFoot Caption", "MH-09-004" },
    { "LI", "L", "Lbl LBody", "MH-09-005" },
    { "LBody", "LI", NULL, "MH-09-005" },
    { "L", NULL, "L LI Caption", "MH-09-005" },
    { "TOCI", "TOC", NULL, "MH-09-006" },
    { "TOC", NULL, "TOC TOCI Caption", "MH-09-006" },
};

static int in_list(const char *list, const char *word)
{
    size_t n = strlen(word);
    /* an empty word would match everywhere without moving on: a structure
     * element with an empty /S is in no list */
    if (n == 0) return 0;
    for (const char *p = list; (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return 1;
    return 0;
}

static const nesting *rule_for(const char *type)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (!strcmp(rules[i].type, type)) return &rules[i];
    return NULL;
}

/* Counts and order rules inside one Table, L or TOC (element p). */
static void check_children(pdf_check_ctx *c, size_t p, const char *rule)
{
    size_t n = 0, thead = 0, tbody = 0, tfoot = 0, caption = 0, caption_at = 0;
    for (size_t i = p + 1; i < c->tree.n && c->tree.v[i].depth > c->tree.v[p].depth; i++) {
        if (c->tree.v[i].parent != (long)p) continue;
        const char *std = pdf_check_std(c, i);
        n++;
        if (!strcmp(std, "THead")) thead++;
        if (!strcmp(std, "TBody")) tbody++;
        if (!strcmp(std, "TFoot")) tfoot++;
        if (!strcmp(std, "Caption")) { caption++; caption_at = n; }
    }
    const char *what = c->tree.v[p].type;
    int table = !strcmp(pdf_check_std(c, p), "Table");
    if (caption > 1)
        pdf_check_fail(c, rule, "%s element %zu has more than one Caption", what, p + 1);
    else if (caption && caption_at != 1 && (!table || caption_at != n))
        pdf_check_fail(c, rule, "the Caption of %s element %zu must be its first child%s",
                       what, p + 1, table ? " or last child" : "");
    if (thead > 1 || tfoot > 1)
        pdf_check_fail(c, rule, "table %zu has more than one THead or TFoot", p + 1);
    if ((thead || tfoot) && !tbody)
        pdf_check_fail(c, rule, "table %zu has THead or TFoot but no TBody", p + 1);
}

void pdf_check_structure(pdf_check_ctx *c)
{
    for (size_t i = 0; i < c->tree.n; i++) {
        const char *std = pdf_check_std(c, i);
        long p = c->tree.v[i].parent;
        const char *pstd = p >= 0 ? pdf_check_std(c, (size_t)p) : "";
        const nesting *mine = rule_for(std), *theirs = p >= 0 ? rule_for(pstd) : NULL;
        if (mine && mine->parents && !in_list(mine->parents, pstd))
            pdf_check_fail(c, mine->rule, "%s element %zu is inside %s; it belongs in %s",
                           c->tree.v[i].type, i + 1, p >= 0 ? pstd : "the root", mine->parents);
        else if (theirs && theirs->kids && !in_list(theirs->kids, std))
            pdf_check_fail(c, theirs->rule, "%s element %zu may not hold %s", pstd, p + 1,
                           std[0] ? std : c->tree.v[i].type[0] ? c->tree.v[i].type
                                                               : "an element with no type (/S)");
        if (!strcmp(std, "Table") || !strcmp(std, "L") || !strcmp(std, "TOC"))
            check_children(c, i, !strcmp(std, "Table") ? "MH-09-004"
                                 : !strcmp(std, "L") ? "MH-09-005" : "MH-09-006");
    }
}
