/* xml_safe.h — the only way ehcp reads XML (plans, reviews, policies, page
 * documents, templates). No network, no DTDs, no entity expansion, no
 * XInclude, size and depth limits; every problem becomes one diagnostic. */
#ifndef EHCP_XML_SAFE_H
#define EHCP_XML_SAFE_H

#include <stddef.h>
#include <libxml/tree.h>
#include "diag.h"
#include "xmem.h"

typedef struct {
    size_t max_bytes;       /* largest input file accepted */
    size_t max_text_bytes;  /* largest single text node or attribute value */
    int max_depth;          /* deepest element nesting */
    size_t max_attributes;  /* most attributes on one element; 0 = the default */
} xml_limits;

/* Defaults: 16 MiB input, 1 MiB text node, depth 64, 256 attributes per
 * element. Environment variables EHCP_MAX_INPUT_BYTES, EHCP_MAX_TEXT_BYTES,
 * EHCP_MAX_DEPTH and EHCP_MAX_ATTRIBUTES override them (cli/util/limits.h;
 * tests/hostile/LIMITS.md). libxml2's own limits stay on above ours: depth
 * 256 and 10,000,000 bytes per text or attribute value. */
void xml_limits_default(xml_limits *limits);

/* Makes libxml2 itself unable to use the network or write files: its input
 * handlers are reduced to plain local files (no http, ftp, gzip, xz), its
 * output handlers refuse every name (ehcp writes through atomic_write), and
 * the no-network entity loader is installed. Call once at start-up, after
 * xmlInitParser and before any thread starts (these are libxml2's own
 * process-wide tables). */
void xml_safe_init(void);

/* Reads and parses a file. Returns NULL after adding exactly one error
 * (rule "XML" for syntax, "IO" for files, "LIMIT" for limits). Refused:
 * anything but a regular file, files over the size limit (before reading),
 * UTF-16/32, any DOCTYPE (so no entities, no billion laughs), XInclude,
 * too deep, too long, too many attributes. The file is opened read-only.
 * Messages never quote the file's text (it may be personal data). */
xmlDocPtr xml_safe_read_file(const char *path, const xml_limits *limits,
                             diag_list *diags);
xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               const xml_limits *limits, diag_list *diags);
/* As xml_safe_read_memory, for a stylesheet libxslt imports: its names go
 * into dict (libxslt compares names by pointer, so an imported stylesheet
 * must share the importing one's dictionary; NULL: a new one) and CDATA
 * sections become text, as libxslt reads stylesheets. */
xmlDocPtr xml_safe_read_stylesheet(const char *data, size_t len, const char *name,
                                   const xml_limits *limits, xmlDictPtr dict,
                                   diag_list *diags);

/* The checks of xml_safe_read_file without the parsing: reads a regular
 * file of at most limits->max_bytes, opened read-only and non-blocking, and
 * appends its bytes to out. Returns 0, or -1 after adding one "IO" or
 * "LIMIT" error (none when diags is NULL). For any code that needs an
 * input's raw bytes again (columns, checksums): never fopen an input
 * directly, as a FIFO would hang and /dev/zero would never end. */
int xml_safe_read_bytes(const char *path, const xml_limits *limits, bytebuf *out,
                        diag_list *diags);

/* Line number of a node (libxml2's, with big-line support). */
long xml_node_line(const xmlNode *node);

#endif
