/* xml_safe.c — safe parsing; see xml_safe.h for the promises. */
#include "xml_safe.h"
#include "xmem.h"
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

static size_t env_size(const char *name, size_t fallback)
{
    const char *v = getenv(name);
    if (!v || !*v) return fallback;
    char *end = NULL;
    unsigned long long n = strtoull(v, &end, 10);
    if (!end || *end || n == 0) return fallback;
    return (size_t)n;
}

void xml_limits_default(xml_limits *limits)
{
    limits->max_bytes = env_size("EHCP_MAX_INPUT_BYTES", 16u << 20);
    limits->max_text_bytes = env_size("EHCP_MAX_TEXT_BYTES", 1u << 20);
    limits->max_depth = (int)env_size("EHCP_MAX_DEPTH", 64);
}

void xml_safe_init(void)
{
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
}

long xml_node_line(const xmlNode *node)
{
    return node ? (long)xmlGetLineNo((xmlNode *)node) : 0;
}

/* What the parser told us; we keep only the first error, because later
 * ones are almost always consequences of it. */
typedef struct {
    const char *name;
    diag_list *diags;
    int reported;
    int saw_doctype;
} parse_state;

static const char *plain_parser_message(int code, const char *raw)
{
    switch (code) {
    case XML_ERR_DOCUMENT_EMPTY:
        return "the file is empty; an EHC plan file must contain XML";
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
        return "the text is not valid UTF-8 (or contains a control character such as NUL); save the file as UTF-8";
    case XML_ERR_TAG_NAME_MISMATCH:
        return "an end tag does not match its start tag; check the element opened on this line is closed with the same name";
    case XML_ERR_TAG_NOT_FINISHED:
        return "an element is never closed; add its end tag";
    case XML_ERR_DOCUMENT_END:
        return "there is extra content after the end of the root element; a plan file has exactly one root element";
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
        return "the file uses an entity (&name;) that is not one of XML's five (&amp; &lt; &gt; &quot; &apos;); write the character itself";
    default:
        (void)raw;
        return NULL;
    }
}

static void on_structured_error(void *ctx, xmlErrorPtr err)
{
    parse_state *st = ctx;
    if (st->reported || err->level < XML_ERR_ERROR) return;
    st->reported = 1;
    char raw[512];
    snprintf(raw, sizeof raw, "%s", err->message ? err->message : "XML syntax error");
    size_t n = strlen(raw);
    while (n && (raw[n - 1] == '\n' || raw[n - 1] == ' ')) raw[--n] = '\0';
    const char *plain = plain_parser_message(err->code, raw);
    const char *rule = "XML";
    if (err->code == XML_ERR_INTERNAL_ERROR && strstr(raw, "depth")) {
        rule = "LIMIT";
        plain = "elements are nested too deeply; a plan never needs this";
    }
    if (plain)
        diag_add(st->diags, st->name, err->line, err->int2, DIAG_ERROR, rule, NULL,
                 "%s (parser: %s)", plain, raw);
    else
        diag_add(st->diags, st->name, err->line, err->int2, DIAG_ERROR, rule, NULL,
                 "the file is not well-formed XML: %s; fix the XML syntax at this place", raw);
}

/* A DOCTYPE can declare entities that expand to gigabytes or read local
 * files. Plans never need one, so the parser stops at the first sign of it. */
static void on_internal_subset(void *ctx, const xmlChar *name,
                               const xmlChar *external_id, const xmlChar *system_id)
{
    (void)name; (void)external_id; (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *st = ctxt->_private;
    st->saw_doctype = 1;
    xmlStopParser(ctxt);
}

static int has_utf16_or_32_signature(const unsigned char *p, size_t len)
{
    if (len >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
        return 1;
    if (len >= 2 && ((p[0] == 0 && p[1] == '<') || (p[0] == '<' && p[1] == 0)))
        return 1;
    return 0;
}

static int check_depth_and_text(const xmlNode *node, int depth, const char *name,
                                const xml_limits *limits, diag_list *diags)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            if (depth > limits->max_depth) {
                diag_add(diags, name, xml_node_line(n), 0, DIAG_ERROR, "LIMIT", NULL,
                         "elements are nested more than %d deep; a plan never needs this "
                         "(set EHCP_MAX_DEPTH to raise the limit)", limits->max_depth);
                return -1;
            }
            for (const xmlAttr *a = n->properties; a; a = a->next) {
                if (a->children && a->children->content &&
                    strlen((const char *)a->children->content) > limits->max_text_bytes) {
                    diag_add(diags, name, xml_node_line(n), 0, DIAG_ERROR, "LIMIT", NULL,
                             "attribute '%s' is longer than %zu bytes; shorten it "
                             "(set EHCP_MAX_TEXT_BYTES to raise the limit)",
                             (const char *)a->name, limits->max_text_bytes);
                    return -1;
                }
            }
            if (check_depth_and_text(n->children, depth + 1, name, limits, diags))
                return -1;
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
                   n->content && strlen((const char *)n->content) > limits->max_text_bytes) {
            diag_add(diags, name, xml_node_line(n->parent), 0, DIAG_ERROR, "LIMIT", NULL,
                     "a piece of text is longer than %zu bytes; split or shorten it "
                     "(set EHCP_MAX_TEXT_BYTES to raise the limit)", limits->max_text_bytes);
            return -1;
        } else if (n->type == XML_ENTITY_REF_NODE || n->type == XML_XINCLUDE_START) {
            diag_add(diags, name, xml_node_line(n->parent), 0, DIAG_ERROR, "XML", NULL,
                     "entity references and XInclude are not allowed; write the text itself");
            return -1;
        }
    }
    return 0;
}

xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               const xml_limits *limits, diag_list *diags)
{
    if (len > limits->max_bytes) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                 "the file is %zu bytes, more than the limit of %zu; a plan is far smaller "
                 "(set EHCP_MAX_INPUT_BYTES to raise the limit)", len, limits->max_bytes);
        return NULL;
    }
    if (len == 0) {
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL,
                 "the file is empty; an EHC plan file must contain XML");
        return NULL;
    }
    if (has_utf16_or_32_signature((const unsigned char *)data, len)) {
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL,
                 "the file is encoded as UTF-16; save it as UTF-8");
        return NULL;
    }
    if (len > (size_t)INT32_MAX) return NULL;

    parse_state st = { name, diags, 0, 0 };
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "IO", NULL, "out of memory while parsing");
        return NULL;
    }
    ctxt->_private = &st;
    ctxt->sax->internalSubset = on_internal_subset;
    xmlSetStructuredErrorFunc(&st, on_structured_error);
    int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, options);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int well_formed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);

    if (st.saw_doctype) {
        if (doc) xmlFreeDoc(doc);
        /* the DOCTYPE's line is not known after stopping; it is near the top */
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL,
                 "the file has a DOCTYPE declaration; plans must not use DTDs or entities "
                 "(they can read other files or expand without end): remove the <!DOCTYPE ...>");
        return NULL;
    }
    if (!doc || !well_formed) {
        if (doc) xmlFreeDoc(doc);
        if (!st.reported)
            diag_add(diags, name, 0, 0, DIAG_ERROR, "XML", NULL,
                     "the file is not well-formed XML");
        return NULL;
    }
    if (!xmlDocGetRootElement(doc)) {
        xmlFreeDoc(doc);
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL, "the file has no root element");
        return NULL;
    }
    if (check_depth_and_text(xmlDocGetRootElement(doc), 1, name, limits, diags)) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

xmlDocPtr xml_safe_read_file(const char *path, const xml_limits *limits, diag_list *diags)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot open the file: %s", strerror(errno));
        return NULL;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        close(fd);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 S_ISDIR(sb.st_mode) ? "this is a folder, not a file; name a plan file"
                                     : "this is not a regular file; name a plan file");
        return NULL;
    }
    if ((unsigned long long)sb.st_size > limits->max_bytes) {
        close(fd);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                 "the file is %lld bytes, more than the limit of %zu; a plan is far smaller "
                 "(set EHCP_MAX_INPUT_BYTES to raise the limit)",
                 (long long)sb.st_size, limits->max_bytes);
        return NULL;
    }
    size_t cap = (size_t)sb.st_size, len = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (len == cap) {
            /* the file grew while we read it: allow up to the limit */
            if (cap >= limits->max_bytes) break;
            cap = cap * 2 + 4096;
            if (cap > limits->max_bytes) cap = limits->max_bytes + 1;
            buf = xrealloc(buf, cap + 1);
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0) {
            if (errno == EINTR) continue;
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "cannot read the file: %s", strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (r == 0) break;
        len += (size_t)r;
    }
    close(fd);
    xmlDocPtr doc = xml_safe_read_memory(buf, len, path, limits, diags);
    free(buf);
    return doc;
}
