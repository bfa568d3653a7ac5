/* page.h — from a plan (or review) to a page document: runs a template from
 * templates/ with libxslt in a sandbox (no file writes, no network), then
 * checks the result against schema/page.xsd so a template mistake is
 * reported plainly. Knows XML, never what a plan means. */
#ifndef EHCP_PAGE_H
#define EHCP_PAGE_H

#include <libxml/tree.h>
#include "../util/diag.h"

/* params: NULL-terminated name, value pairs passed to the stylesheet as
 * string parameters (e.g. {"format", "standard", NULL}). */
xmlDocPtr page_from_template(xmlDocPtr input, const char *datadir,
                             const char *template_name, const char *const *params,
                             diag_list *diags);

/* Validates a page document against schema/page.xsd. 0 = valid. */
int page_check(xmlDocPtr page_doc, const char *datadir, diag_list *diags);

#endif
