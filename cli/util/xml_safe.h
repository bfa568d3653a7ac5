/* xml_safe.h — the only way ehcp reads XML (plans, reviews, policies, page
 * documents, templates). No network, no DTDs, no entity expansion, no
 * XInclude, size and depth limits; every problem becomes one diagnostic. */
#ifndef EHCP_XML_SAFE_H
#define EHCP_XML_SAFE_H

#include <stddef.h>
#include <libxml/tree.h>
#include "diag.h"

typedef struct {
    size_t max_bytes;       /* largest input file accepted */
    size_t max_text_bytes;  /* largest single text node or attribute value */
    int max_depth;          /* deepest element nesting */
} xml_limits;

/* Defaults: 16 MiB input, 1 MiB text node, depth 64. Environment variables
 * EHCP_MAX_INPUT_BYTES, EHCP_MAX_TEXT_BYTES and EHCP_MAX_DEPTH override them
 * (documented in the README). */
void xml_limits_default(xml_limits *limits);

/* Installs the no-network entity loader. Call once at start-up, before any
 * thread starts (it sets libxml2's own process-wide loader). */
void xml_safe_init(void);

/* Reads and parses a file. Returns NULL after adding exactly one error
 * (rule "XML" for syntax, "IO" for files, "LIMIT" for limits). */
xmlDocPtr xml_safe_read_file(const char *path, const xml_limits *limits,
                             diag_list *diags);
xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               const xml_limits *limits, diag_list *diags);

/* Line number of a node (libxml2's, with big-line support). */
long xml_node_line(const xmlNode *node);

#endif
