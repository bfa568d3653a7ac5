/* page_internal.h — shared by the files of cli/page only: the sandbox
 * (security preferences and the safe document loader) and the collector
 * that turns libxslt's messages into diagnostics. */
#ifndef EHCP_PAGE_INTERNAL_H
#define EHCP_PAGE_INTERNAL_H

#include <libxslt/xsltInternals.h>
#include <libxslt/security.h>
#include "../util/diag.h"
#include "../util/xml_safe.h"
#include "../util/xmem.h"

/* What the sandbox needs while a template is compiled or run. One per
 * page_template; reachable from libxslt callbacks through the stylesheet
 * document's and the transform context's _private pointers (libxslt has
 * no other user data slot for its loader and security checks). */
typedef struct {
    char *templates_dir;     /* realpath of datadir/templates, no trailing '/' */
    xml_limits limits;
    diag_list *diags;        /* where loader problems go; set per call */
    const char *template_name;
} page_sandbox;

/* Installs the safe loader (libxslt keeps it in one process-wide slot; we
 * always store the same stateless function, so doing it again is harmless).
 * Call before threads start, like xml_safe_init. */
void page_sandbox_init(void);

/* Registers EXSLT (process-wide, like the loader) when stylesheet doc
 * declares one of its namespaces; libexslt is opened only then (dlopen):
 * our templates use none, and linking it and the libgcrypt it needs cost
 * every run ~1.5M instructions and ~27 page faults of start-up. Call for
 * every stylesheet before libxslt compiles it. 0, or -1 after an error. */
int page_sandbox_exslt(xmlDocPtr doc, const page_sandbox *box);

/* Security preferences: no writes, no directories, no network, reads only
 * inside sandbox->templates_dir. Caller frees with xsltFreeSecurityPrefs. */
xsltSecurityPrefsPtr page_sandbox_prefs(void);

/* Collects libxslt and libxml2 messages for one compile or one run. */
typedef struct {
    diag_list *diags;
    const char *template_name;
    xsltTransformContextPtr ctxt;  /* NULL while compiling */
    bytebuf line;                  /* text received since the last newline */
    char *where_file;              /* location from a "runtime error: file F line N" line */
    long where_line;
    int errors;                    /* error diagnostics added */
    void *state;                   /* private to page_report.c */
    /* what was installed before us, restored by page_report_end */
    xmlGenericErrorFunc old_generic;
    void *old_generic_ctx;
    xmlStructuredErrorFunc old_structured;
    void *old_structured_ctx;
    xmlGenericErrorFunc old_xslt;
    void *old_xslt_ctx;
} page_report;

/* Starts collecting: for a run (ctxt != NULL) through the context's own
 * error function; libxml2's thread-local handlers catch XPath errors; while
 * compiling (ctxt == NULL) libxslt only has its process-wide handler, which
 * is restored by page_report_end. */
void page_report_begin(page_report *rep, diag_list *diags, const char *template_name,
                       xsltTransformContextPtr ctxt);
void page_report_end(page_report *rep);


/* page.xsd, compiled once. page_schema_load returns NULL with *absent = 1
 * (and no diagnostic) when the schema file does not exist. */
typedef struct page_schema page_schema;
page_schema *page_schema_load(const char *datadir, int *absent, diag_list *diags);
/* 0 = valid; otherwise diagnostics naming template_name (may be NULL). */
int page_schema_check(page_schema *schema, xmlDocPtr page_doc, const char *template_name,
                      diag_list *diags);
void page_schema_free(page_schema *schema);

#endif
