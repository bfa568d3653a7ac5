/* xml_safe.c — safe parsing; see xml_safe.h for the promises.
 *
 * Defences, in the order a hostile file meets them:
 *  1. xml_safe_init: libxml2's own I/O can read local files only (no http,
 *     ftp, gzip or xz handlers: a compressed "plan" cannot inflate) and can
 *     write nothing (so even a template that escaped the XSLT sandbox could
 *     not write a file or send one); the no-network entity loader in front.
 *  2. xml_safe_read_file: only regular files, size checked with fstat before
 *     a byte is read, opened read-only and non-blocking (a FIFO cannot hang
 *     us).
 *  3. pre_scan: UTF-16/32 refused; elements with too many attributes refused
 *     before libxml2 sees them (libxml2 2.9.14 checks duplicate attributes
 *     pairwise: 200,000 attributes in a 2 MB file took over a minute).
 *  4. the parser: no DTD (stopped at the DOCTYPE), no entities, no XInclude,
 *     NONET, without XML_PARSE_HUGE so libxml2's own limits stay on (depth
 *     256, 10,000,000-byte text and attribute values).
 *  5. after parsing: our depth, text, attribute and XInclude checks. */
#include "xml_safe.h"
#include "limits.h"
#include "xmem.h"
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#define XINCLUDE_NS "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_OLD "http://www.w3.org/2003/XInclude"

void xml_limits_default(xml_limits *limits)
{
    limits->max_bytes = limits_env_size("EHCP_MAX_INPUT_BYTES", LIMITS_DEFAULT_INPUT_BYTES);
    limits->max_text_bytes = limits_env_size("EHCP_MAX_TEXT_BYTES", LIMITS_DEFAULT_TEXT_BYTES);
    size_t depth = limits_env_size("EHCP_MAX_DEPTH", LIMITS_DEFAULT_DEPTH);
    limits->max_depth = depth > 100000 ? 100000 : (int)depth;
    limits->max_attributes = limits_env_size("EHCP_MAX_ATTRIBUTES",
                                             LIMITS_DEFAULT_ATTRIBUTES);
}

/* Callers that fill an xml_limits by hand (older code, tests) may leave the
 * newer field at 0: that means the default, never "no attributes". */
static size_t max_attributes_of(const xml_limits *limits)
{
    return limits->max_attributes ? limits->max_attributes : LIMITS_DEFAULT_ATTRIBUTES;
}

/* Output callbacks that match every name and open nothing: libxml2 then
 * cannot write any file or URL (xmlSaveFile, exsl:document, a PUT). Our
 * outputs go through atomic_write instead. */
static int refuse_match(const char *name)
{
    (void)name;
    return 1;
}
static void *refuse_open(const char *name)
{
    (void)name;
    return NULL;
}
static int refuse_write(void *ctx, const char *buf, int len)
{
    (void)ctx; (void)buf; (void)len;
    return -1;
}
static int refuse_close(void *ctx)
{
    (void)ctx;
    return 0;
}

void xml_safe_init(void)
{
    /* Registering after a clean-up also marks the tables initialised, so
     * libxml2 does not add its defaults (http, ftp, gzip) back later. */
    xmlCleanupInputCallbacks();
    xmlRegisterInputCallbacks(xmlFileMatch, xmlFileOpen, xmlFileRead, xmlFileClose);
    xmlCleanupOutputCallbacks();
    xmlRegisterOutputCallbacks(refuse_match, refuse_open, refuse_write, refuse_close);
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
    int reported;        /* an error is held below */
    int saw_doctype;
    long line, column;   /* the first error, held until the parse ends so */
    const char *rule;    /* that exactly one diagnostic comes out (a DOCTYPE */
    char message[768];   /* wins over an earlier namespace error) */
} parse_state;

static const char *plain_parser_message(int code, const char *raw)
{
    switch (code) {
    case XML_ERR_DOCUMENT_EMPTY:
        /* libxml2 uses this code for "Document is empty" and for a file
         * whose first non-blank character is not '<' */
        if (strstr(raw, "Start tag expected"))
            return "the file does not start with an XML element ('<' not found); "
                   "is it really an XML plan file?";
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
        return NULL;
    }
}

/* libxml2's hard limits (active because XML_PARSE_HUGE is off) report
 * themselves with these words; they are limits, not syntax mistakes. */
static const char *limit_message(const char *raw)
{
    if (strstr(raw, "Excessive depth") || strstr(raw, "depth"))
        return "elements are nested too deeply; a plan never needs this "
               "(libxml2 stops at 256 levels)";
    if (strstr(raw, "too long") || strstr(raw, "huge text") || strstr(raw, "too large") ||
        strstr(raw, "Huge input"))
        return "a text or attribute value is longer than the parser accepts "
               "(10,000,000 bytes); shorten it";
    if (strstr(raw, "amplification") || strstr(raw, "Maximum entity"))
        return "the file expands far beyond its size; remove entity declarations";
    return NULL;
}

/* libxml2's message without what could be personal: the encoding error
 * quotes four bytes of the text ("Bytes: 0xE9 0x20 0x53 0x6D" is "é Sm"),
 * which may be part of a child's name. */
static void clean_raw_message(char *raw, size_t size, const char *message)
{
    snprintf(raw, size, "%s", message ? message : "XML syntax error");
    char *bytes = strstr(raw, "Bytes:");
    if (bytes) *bytes = '\0';
    size_t n = strlen(raw);
    while (n && (raw[n - 1] == '\n' || raw[n - 1] == ' ' || raw[n - 1] == '!'))
        raw[--n] = '\0';
    for (char *p = raw; *p; p++)
        if (*p == '\n') *p = ' ';
}

static void on_structured_error(void *ctx, xmlErrorPtr err)
{
    parse_state *st = ctx;
    if (st->reported || err->level < XML_ERR_ERROR) return;
    st->reported = 1;
    char raw[512];
    clean_raw_message(raw, sizeof raw, err->message);
    const char *plain = plain_parser_message(err->code, raw);
    const char *rule = "XML";
    const char *limit = NULL;
    if (!plain && (err->code == XML_ERR_INTERNAL_ERROR ||
                   err->code == XML_ERR_ATTRIBUTE_NOT_FINISHED ||
                   err->code == XML_ERR_ATTRIBUTE_NOT_STARTED ||
                   err->code == XML_ERR_ENTITY_LOOP))
        limit = limit_message(raw);
    if (limit) {
        rule = "LIMIT";
        plain = limit;
    }
    st->line = err->line;
    st->column = err->int2;
    st->rule = rule;
    if (plain)
        snprintf(st->message, sizeof st->message, "%s (parser: %s)", plain, raw);
    else
        snprintf(st->message, sizeof st->message,
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
    /* UTF-32 byte order marks first: FF FE 00 00 also starts like UTF-16LE */
    if (len >= 4 && ((p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) ||
                     (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)))
        return 32;
    if (len >= 4 && ((p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == '<') ||
                     (p[0] == '<' && p[1] == 0 && p[2] == 0 && p[3] == 0)))
        return 32;
    if (len >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
        return 16;
    if (len >= 2 && ((p[0] == 0 && p[1] == '<') || (p[0] == '<' && p[1] == 0)))
        return 16;
    return 0;
}

/* Counts the attributes (and namespace declarations) of each start tag
 * without parsing: inside a tag and outside a quoted value, every '=' starts
 * one. Comments, CDATA sections and processing instructions are skipped.
 * On malformed input the count may be off, which only matters if it makes
 * us refuse a file the parser would refuse anyway. Returns the 1-based line
 * of the first tag over max, or 0. */
static long too_many_attributes(const char *s, size_t len, size_t max)
{
    long line = 1, tag_line = 0;
    size_t i = 0, count = 0;
    char quote = 0;
    int in_tag = 0;
    while (i < len) {
        char c = s[i];
        if (c == '\n') line++;
        if (in_tag) {
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                if (++count > max) return tag_line;
            } else if (c == '>') {
                in_tag = 0;
            }
            i++;
            continue;
        }
        if (c != '<') {
            i++;
            continue;
        }
        const char *end = NULL;
        size_t rest = len - i;
        if (rest >= 4 && memcmp(s + i, "<!--", 4) == 0) end = "-->";
        else if (rest >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) end = "]]>";
        else if (rest >= 2 && s[i + 1] == '?') end = "?>";
        if (end) {
            size_t elen = strlen(end);
            i += 2;
            while (i < len && !(len - i >= elen && memcmp(s + i, end, elen) == 0)) {
                if (s[i] == '\n') line++;
                i++;
            }
            i += elen;
            continue;
        }
        in_tag = 1;
        tag_line = line;
        count = 0;
        i++;
    }
    return 0;
}

/* Walks the tree without recursion (a stack of depth would be bounded by
 * libxml2's 256 anyway, but an explicit walk costs nothing and cannot
 * overflow whatever the limits are set to). 0, or -1 after one diagnostic. */
static int check_tree(xmlNode *root, const char *name, const xml_limits *limits,
                      diag_list *diags)
{
    int depth = 1;
    xmlNode *n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            if (depth > limits->max_depth) {
                diag_add(diags, name, xml_node_line(n), 0, DIAG_ERROR, "LIMIT", NULL,
                         "elements are nested more than %d deep; a plan never needs this "
                         "(set EHCP_MAX_DEPTH to raise the limit)", limits->max_depth);
                return -1;
            }
            if (n->ns && n->ns->href &&
                (strcmp((const char *)n->ns->href, XINCLUDE_NS) == 0 ||
                 strcmp((const char *)n->ns->href, XINCLUDE_NS_OLD) == 0)) {
                diag_add(diags, name, xml_node_line(n), 0, DIAG_ERROR, "XML", NULL,
                         "XInclude (<%s>) is not allowed: ehcp never reads other files "
                         "named inside a plan; write the content itself",
                         (const char *)n->name);
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
            if (n->children) {
                n = n->children;
                depth++;
                continue;
            }
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
        /* next: a sibling, or the sibling of the nearest ancestor that has one */
        while (n && !n->next && n != root) {
            n = n->parent;
            depth--;
        }
        if (!n || n == root) break;
        n = n->next;
    }
    return 0;
}

/* dict: NULL, or a dictionary the document's names go into (shared with
 * the caller); extra: parser options added to ours. */
static xmlDocPtr read_memory(const char *data, size_t len, const char *name,
                             const xml_limits *limits, xmlDictPtr dict, int extra,
                             diag_list *diags)
{
    if (len > limits->max_bytes || len > (size_t)INT32_MAX) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                 "the file is %zu bytes, more than the limit of %zu; a plan is far smaller "
                 "(set EHCP_MAX_INPUT_BYTES to raise the limit)", len,
                 limits->max_bytes < (size_t)INT32_MAX ? limits->max_bytes : (size_t)INT32_MAX);
        return NULL;
    }
    size_t blank = 0;
    while (blank < len && strchr(" \t\r\n", data[blank]) && data[blank]) blank++;
    if (blank == len) {
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL,
                 "the file is empty%s; an EHC plan file must contain XML",
                 len ? " (only blank space)" : "");
        return NULL;
    }
    int wide = has_utf16_or_32_signature((const unsigned char *)data, len);
    if (wide) {
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL,
                 "the file is encoded as UTF-%d; save it as UTF-8", wide);
        return NULL;
    }
    size_t max_attrs = max_attributes_of(limits);
    long attr_line = too_many_attributes(data, len, max_attrs);
    if (attr_line) {
        diag_add(diags, name, attr_line, 0, DIAG_ERROR, "LIMIT", NULL,
                 "an element has more than %zu attributes; a plan never needs this "
                 "(set EHCP_MAX_ATTRIBUTES to raise the limit)", max_attrs);
        return NULL;
    }

    parse_state st;
    memset(&st, 0, sizeof st);
    st.name = name;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "IO", NULL, "out of memory while parsing");
        return NULL;
    }
    if (dict) {
        xmlDictFree(ctxt->dict);
        ctxt->dict = dict;
        xmlDictReference(dict);
    }
    ctxt->_private = &st;
    ctxt->sax->internalSubset = on_internal_subset;
    /* libxml2's handler slot is per thread and may belong to a caller that
     * is collecting messages itself (the template runner reads stylesheets
     * through us): take it for the parse, then give it back. */
    xmlStructuredErrorFunc old_handler = xmlStructuredError;
    void *old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&st, on_structured_error);
    int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING | extra;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, options);
    xmlSetStructuredErrorFunc(old_ctx, old_handler);
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
    /* A namespace error (an undeclared prefix) leaves wellFormed set but is
     * reported as an error: the document is refused all the same, so a
     * caller never gets a document together with an error (found by
     * tests/fuzz/fuzz_plan.c; regressions/plan/undeclared-prefix.xml). */
    if (!doc || !well_formed || st.reported) {
        if (doc) xmlFreeDoc(doc);
        if (st.reported)
            diag_add(diags, name, st.line, st.column, DIAG_ERROR, st.rule, NULL, "%s",
                     st.message);
        else
            diag_add(diags, name, 0, 0, DIAG_ERROR, "XML", NULL,
                     "the file is not well-formed XML");
        return NULL;
    }
    if (!xmlDocGetRootElement(doc)) {
        xmlFreeDoc(doc);
        diag_add(diags, name, 1, 1, DIAG_ERROR, "XML", NULL, "the file has no root element");
        return NULL;
    }
    if (check_tree(xmlDocGetRootElement(doc), name, limits, diags)) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               const xml_limits *limits, diag_list *diags)
{
    return read_memory(data, len, name, limits, NULL, 0, diags);
}

xmlDocPtr xml_safe_read_stylesheet(const char *data, size_t len, const char *name,
                                   const xml_limits *limits, xmlDictPtr dict,
                                   diag_list *diags)
{
    return read_memory(data, len, name, limits, dict, XML_PARSE_NOCDATA, diags);
}

int xml_safe_read_bytes(const char *path, const xml_limits *limits, bytebuf *out,
                        diag_list *diags)
{
    /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
     * writer for ever; non-regular files are refused just below. Regular
     * files ignore the flag. Read-only: ehcp never changes its inputs. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        if (diags)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "cannot open the file: %s", strerror(e));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        if (diags)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "cannot read the file: %s", strerror(e));
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        if (diags)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     S_ISDIR(sb.st_mode) ? "this is a folder, not a file; name a plan file"
                                         : "this is not a regular file; name a plan file");
        return -1;
    }
    /* refused before reading a byte: a 200 MB file costs one fstat */
    if ((unsigned long long)sb.st_size > limits->max_bytes) {
        close(fd);
        if (diags)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                     "the file is %lld bytes, more than the limit of %zu; a plan is far "
                     "smaller (set EHCP_MAX_INPUT_BYTES to raise the limit)",
                     (long long)sb.st_size, limits->max_bytes);
        return -1;
    }
    size_t cap = (size_t)sb.st_size, len = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (len == cap) {
            /* the file grew while we read it (or reports size 0, as /proc
             * files do): allow up to the limit, plus one byte to notice
             * that it went over */
            if (cap > limits->max_bytes) break;
            cap = cap * 2 + 4096;
            if (cap > limits->max_bytes) cap = limits->max_bytes + 1;
            buf = xrealloc(buf, cap + 1);
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            if (diags)
                diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                         "cannot read the file: %s", strerror(e));
            free(buf);
            close(fd);
            return -1;
        }
        if (r == 0) break;
        len += (size_t)r;
    }
    close(fd);
    if (len > limits->max_bytes) {
        free(buf);
        if (diags)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                     "the file grew past the limit of %zu bytes while it was read "
                     "(set EHCP_MAX_INPUT_BYTES to raise the limit)", limits->max_bytes);
        return -1;
    }
    buf[len] = '\0';
    bytebuf_append(out, buf, len);
    free(buf);
    return 0;
}

xmlDocPtr xml_safe_read_file(const char *path, const xml_limits *limits, diag_list *diags)
{
    bytebuf b;
    bytebuf_init(&b);
    if (xml_safe_read_bytes(path, limits, &b, diags) != 0) {
        bytebuf_free(&b);
        return NULL;
    }
    xmlDocPtr doc = xml_safe_read_memory(b.len ? (const char *)b.data : "", b.len, path,
                                         limits, diags);
    bytebuf_free(&b);
    return doc;
}
