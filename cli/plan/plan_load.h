/* plan_load.h — reading a plan (or review, or policy) file: safe parsing
 * (cli/util/xml_safe.h), a check of the root element and namespace, then XSD
 * validation, each problem one diagnostic with its line. */
#ifndef EHCP_PLAN_LOAD_H
#define EHCP_PLAN_LOAD_H

#include <libxml/tree.h>
#include "../util/diag.h"
#include "../util/xml_safe.h"

#define EHCP_PLAN_NS "urn:ehcp:plan:1"

typedef struct xsd_schema xsd_schema;

/* Loads datadir/schema/<xsd_name> (e.g. "ehcp.xsd"). NULL after a diagnostic. */
xsd_schema *xsd_schema_load(const char *datadir, const char *xsd_name, diag_list *diags);
void xsd_schema_free(xsd_schema *schema);

/* Validates doc; every schema error becomes one "XSD" diagnostic with file,
 * line and a plain-English message. Returns the number of errors (0 = valid). */
int xsd_schema_validate(const xsd_schema *schema, xmlDocPtr doc, const char *file,
                        diag_list *diags);

/* Parses path safely and checks that the root is <root_name> in namespace ns.
 * Returns the document (owned by the caller) or NULL after a diagnostic. */
xmlDocPtr plan_read(const char *path, const char *root_name, const char *ns,
                    const xml_limits *limits, diag_list *diags);

#endif
