/* page.h — from a plan (or review) to a page document: runs a template from
 * templates/ with libxslt in a sandbox (no file writes, no network, no reads
 * outside templates/), then checks the result against schema/page.xsd so a
 * template mistake is reported plainly. Knows XML, never what a plan means. */
#ifndef EHCP_PAGE_H
#define EHCP_PAGE_H

#include <libxml/tree.h>
#include "../util/diag.h"
#include "../util/xmem.h"

/* params: NULL-terminated name, value pairs passed to the stylesheet as
 * string parameters (e.g. {"order", "national", NULL}); values are quoted
 * safely, so any text is accepted. template_name is a bare name
 * ("standard", "easy-read", "large-print"): letters, digits and '-' only.
 * Returns a checked page document, or NULL after adding diagnostics. */
xmlDocPtr page_from_template(xmlDocPtr input, const char *datadir,
                             const char *template_name, const char *const *params,
                             diag_list *diags);

/* Validates a page document against schema/page.xsd. 0 = valid. When the
 * schema file is absent it adds nothing and returns 0. */
int page_check(xmlDocPtr page_doc, const char *datadir, diag_list *diags);

/* For batches: load (parse and compile) a template once, apply it to many
 * plans. A page_template is not shared between threads. */
typedef struct page_template page_template;

/* NULL after adding diagnostics. */
page_template *page_template_load(const char *datadir, const char *template_name,
                                  diag_list *diags);
/* Runs the template on input and checks the result (as page_check). */
xmlDocPtr page_template_apply(page_template *tpl, xmlDocPtr input,
                              const char *const *params, diag_list *diags);
void page_template_free(page_template *tpl);

/* The web version: a copy of the page document with templates/html.css in
 * <head>, <meta charset> and viewport, and the contents (nav class="toc")
 * filled with links to every h1 and h2; appended to out as UTF-8 XHTML.
 * Deterministic. 0, or -1 after adding diagnostics. */
int page_to_html(xmlDocPtr page_doc, const char *datadir, bytebuf *out,
                 diag_list *diags);

#endif
