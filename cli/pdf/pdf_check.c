/* pdf_check.c — the checkpoint table and the driver that runs every check
 * group over one file. See pdf_check.h. */
#include "pdf_check.h"
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include "../util/xmem.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Beyond this many failures of one checkpoint in a file, a count is given. */
#define MAX_REPORTS 5

static const pdf_checkpoint checkpoints[] = {
    { "MH-06-002", "5", "XMP metadata holds the PDF/UA identifier pdfuaid:part = 1" },
    { "MH-06-001", "7.1", "the catalog has an XMP metadata stream" },
    { "MH-06-003", "7.1", "the XMP metadata has a dc:title" },
    { "MH-07-001", "7.1", "ViewerPreferences has DisplayDocTitle" },
    { "MH-07-002", "7.1", "DisplayDocTitle is true" },
    { "UA1-MARKINFO", "7.1", "the catalog has MarkInfo with Marked true" },
    { "UA1-STRUCTTREE", "7.1", "the catalog has a structure tree" },
    { "MH-01-007", "7.1", "MarkInfo Suspects is not true" },
    { "MH-01-003", "7.1", "no artifact inside tagged content" },
    { "MH-01-004", "7.1", "no tagged content inside an artifact" },
    { "MH-01-005", "7.1", "all content is tagged or an artifact" },
    { "MH-02-001", "7.1", "non-standard structure types map to standard types" },
    { "MH-02-003", "7.1", "the role map has no cycles" },
    { "MH-02-004", "7.1", "standard structure types are not remapped" },
    { "MH-11-001", "7.2", "the language of page content can be determined and is valid" },
    { "MH-11-002", "7.2", "the language of Alt, ActualText and E can be determined" },
    { "MH-11-004", "7.2", "the language of annotation Contents can be determined" },
    { "MH-09-004", "7.2", "table elements nest as ISO 32000-1 table 337 says" },
    { "MH-09-005", "7.2", "list elements nest as ISO 32000-1 table 336 says" },
    { "MH-09-006", "7.2", "TOC elements nest as ISO 32000-1 table 333 says" },
    { "MH-13-004", "7.3", "every Figure has Alt or ActualText" },
    { "MH-14-002", "7.4.2", "numbered headings start at H1" },
    { "MH-14-003", "7.4.2", "numbered heading levels are not skipped" },
    { "MH-14-006", "7.4.4", "no element holds more than one H" },
    { "MH-14-007", "7.4.4", "H and H1-H6 are not mixed" },
    { "MH-15-003", "7.5", "every TH has a Scope (or the table uses Headers)" },
    { "MH-17-002", "7.7", "every Formula has Alt or ActualText" },
    { "MH-28-002", "7.18.1", "annotations (not Widget, Link) are in Annot elements" },
    { "MH-28-004", "7.18.1", "annotations have Contents or Alt" },
    { "MH-28-005", "7.18.1", "form fields have TU or Alt" },
    { "MH-28-006", "7.18.2", "no TrapNet annotations" },
    { "MH-28-008", "7.18.3", "pages with annotations have Tabs" },
    { "MH-28-009", "7.18.3", "Tabs is S" },
    { "MH-28-010", "7.18.4", "Widget annotations are in Form elements" },
    { "MH-28-011", "7.18.5", "Link annotations are in Link elements" },
    { "MH-28-012", "7.18.5", "Link annotations have Contents" },
    { "MH-28-007", "7.18.8", "PrinterMark annotations are not in the structure tree" },
    { "MH-31-007", "7.21.4.1", "every font used is embedded" },
    { "MH-31-016", "7.21.6", "non-symbolic TrueType fonts use a standard encoding" },
    { "MH-31-018", "7.21.6", "symbolic TrueType fonts have no Encoding" },
    { "MH-31-027", "7.21.7", "every font maps to Unicode (ToUnicode or a known encoding)" },
    { "MH-31-028", "7.21.7", "ToUnicode maps no code to U+0000, U+FEFF or U+FFFE" },
};
#define N_CHECKPOINTS (sizeof checkpoints / sizeof checkpoints[0])

const pdf_checkpoint *pdf_checkpoints(size_t *count)
{
    *count = N_CHECKPOINTS;
    return checkpoints;
}

static long checkpoint_index(const char *rule)
{
    for (size_t i = 0; i < N_CHECKPOINTS; i++)
        if (!strcmp(checkpoints[i].rule, rule)) return (long)i;
    return -1;
}

const pdf_checkpoint *pdf_checkpoint_find(const char *rule)
{
    long i = checkpoint_index(rule);
    return i < 0 ? NULL : &checkpoints[i];
}

void pdf_check_fail(pdf_check_ctx *c, const char *rule, const char *fmt, ...)
{
    long i = checkpoint_index(rule);
    if (i < 0) return; /* a rule missing from the table is a bug; tests catch it */
    if (c->counts[i]++ >= MAX_REPORTS) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    va_start(ap, fmt);
    vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    va_end(ap);
    diag_add(c->diags, c->file, 0, 0, DIAG_ERROR, rule, NULL, "%s (ISO 14289-1 %s)", msg,
             checkpoints[i].clause);
    free(msg);
}

const char *pdf_check_std(const pdf_check_ctx *c, size_t i)
{
    return c->tree.v[i].std ? c->tree.v[i].std : "";
}

static void report_overflow(pdf_check_ctx *c)
{
    for (size_t i = 0; i < N_CHECKPOINTS; i++)
        if (c->counts[i] > MAX_REPORTS)
            diag_add(c->diags, c->file, 0, 0, DIAG_NOTE, checkpoints[i].rule, NULL,
                     "%zu more failures of this checkpoint were not listed",
                     c->counts[i] - MAX_REPORTS);
}

int pdf_check(const unsigned char *pdf, size_t len, const char *name, diag_list *diags)
{
    qpdf_data q = pdfq_open(pdf, len, name, diags);
    if (!q) return -1;
    pdf_check_ctx c;
    memset(&c, 0, sizeof c);
    c.q = q;
    c.file = name;
    c.diags = diags;
    c.root = qpdf_get_root(q);
    c.has_tree = pdf_stree_load(q, &c.tree) == 0;
    c.counts = xcalloc(N_CHECKPOINTS, sizeof *c.counts);
    pdf_check_ident(&c);
    pdf_check_tagging(&c);
    pdf_check_lang(&c);
    pdf_check_structure(&c);
    pdf_check_figures(&c);
    pdf_check_headings(&c);
    pdf_check_tables(&c);
    pdf_check_annots(&c);
    pdf_check_fonts(&c);
    report_overflow(&c);
    for (int i = 0; i < c.n_pages; i++) pdf_mc_report_free(&c.pages[i]);
    free(c.pages);
    free(c.counts);
    pdf_stree_free(&c.tree);
    qpdf_cleanup(&q);
    return 0;
}
