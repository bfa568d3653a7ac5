/* page_sandbox.c — what a template may do: read XML files inside
 * templates/ (xsl:import, document() of a lookup table) through the same
 * safe parser as plans, and nothing else: no writes (xsl:document,
 * exsl:document), no new folders, no network, no files elsewhere. */
#include "page_internal.h"
#include "../util/dl_symbol.h"
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/uri.h>
#include <libxslt/documents.h>
#include <libexslt/exslt.h>

#define EXSLT_LIBRARY "libexslt.so.0"
#define EXSLT_NS "http://exslt.org/"

/* 1 when path resolves (symbolic links and "..") to a file inside dir. */
static int path_inside(const char *path, const char *dir)
{
    char *real = realpath(path, NULL);
    if (!real) return 0;
    size_t n = strlen(dir);
    int inside = strncmp(real, dir, n) == 0 && real[n] == '/';
    free(real);
    return inside;
}

/* A URI as a local path ("file:///x" or "/x"), newly allocated, or NULL
 * for any other scheme. */
static char *local_path(const xmlChar *uri_text)
{
    xmlURIPtr uri = xmlParseURI((const char *)uri_text);
    if (!uri) return NULL;
    char *path = NULL;
    if ((!uri->scheme || strcmp(uri->scheme, "file") == 0) && uri->path && !uri->server)
        path = xstrdup(uri->path);
    xmlFreeURI(uri);
    return path;
}

static int check_read_file(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                           const char *value)
{
    (void)sec;
    const page_sandbox *box = ctxt ? ctxt->_private : NULL;
    return box && value && path_inside(value, box->templates_dir);
}

xsltSecurityPrefsPtr page_sandbox_prefs(void)
{
    xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
    if (!sec) return NULL;
    int bad = 0;
    bad |= xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    bad |= xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    bad |= xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    bad |= xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    bad |= xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, check_read_file);
    if (bad) {
        xsltFreeSecurityPrefs(sec);
        return NULL;
    }
    return sec;
}

/* The whole file, at most limits->max_bytes; NULL after a diagnostic. */
static char *slurp(const char *path, const page_sandbox *box, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(box->diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "template %s cannot read this file", box->template_name);
        return NULL;
    }
    size_t cap = 64 * 1024, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) {
            if (cap > box->limits.max_bytes) break;
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0) break;
        n += got;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Parsed once, by xml_safe (no DOCTYPE, no entities, limits), into
 * libxslt's dictionary, because libxslt compares names by pointer and a
 * stylesheet parsed into another dictionary fails to find its own
 * variables. (It was parsed twice, to check and then into the dictionary:
 * 2 to 9M instructions a template load.) */
static xmlDocPtr read_with_dict(const char *path, xmlDictPtr dict, const page_sandbox *box)
{
    size_t len = 0;
    char *bytes = slurp(path, box, &len);
    if (!bytes) return NULL;
    xmlDocPtr doc = xml_safe_read_stylesheet(bytes, len, path, &box->limits, dict, box->diags);
    free(bytes);
    return doc;
}

/* libxslt asks this for every stylesheet it imports and every document()
 * it reads. The security preferences have already refused network URIs
 * for document(); imports are not checked by them, so the same rule is
 * applied here: local files inside templates/ only. */
static xmlDocPtr safe_loader(const xmlChar *uri, xmlDictPtr dict, int options,
                             void *ctxt, xsltLoadType type)
{
    (void)options;   /* ours are stricter than libxslt's (no entities, no DTD) */
    page_sandbox *box = NULL;
    if (type == XSLT_LOAD_DOCUMENT && ctxt)
        box = ((xsltTransformContextPtr)ctxt)->_private;
    else if (type == XSLT_LOAD_STYLESHEET && ctxt && ((xsltStylesheetPtr)ctxt)->doc)
        box = ((xsltStylesheetPtr)ctxt)->doc->_private;
    if (!box) return NULL;   /* not one of ours: refuse */

    char *path = local_path(uri);
    if (!path || !path_inside(path, box->templates_dir)) {
        const char *from = NULL;   /* the importing stylesheet, when known */
        if (type == XSLT_LOAD_STYLESHEET) from = (const char *)((xsltStylesheetPtr)ctxt)->doc->URL;
        diag_add(box->diags, from, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                 "template %s tried to read %s; templates may read only files inside "
                 "the templates folder (%s)", box->template_name, (const char *)uri,
                 box->templates_dir);
        free(path);
        return NULL;
    }
    xmlDocPtr doc = read_with_dict(path, dict, box);
    free(path);
    if (doc && type == XSLT_LOAD_STYLESHEET) {
        doc->_private = box;   /* so its own imports find the sandbox */
        if (page_sandbox_exslt(doc, box) != 0) {
            xmlFreeDoc(doc);
            return NULL;
        }
    }
    return doc;
}

void page_sandbox_init(void)
{
    xsltSetLoaderFunc(safe_loader);
}

static xmlNode *element_from(xmlNode *n)
{
    while (n && n->type != XML_ELEMENT_NODE) n = n->next;
    return n;
}

/* 1 when an element of doc declares an EXSLT namespace: a stylesheet can
 * use EXSLT's functions and elements only through such a declaration. */
static int declares_exslt(xmlDocPtr doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *n = root; n;) {
        for (const xmlNs *ns = n->nsDef; ns; ns = ns->next)
            if (ns->href && strncmp((const char *)ns->href, EXSLT_NS, strlen(EXSLT_NS)) == 0)
                return 1;
        xmlNode *kid = element_from(n->children);
        if (kid) {
            n = kid;
            continue;
        }
        /* the next element: a sibling, or the sibling of an ancestor */
        while (n != root && !element_from(n->next)) n = n->parent;
        n = n == root ? NULL : element_from(n->next);
    }
    return 0;
}

int page_sandbox_exslt(xmlDocPtr doc, const page_sandbox *box)
{
    if (!declares_exslt(doc)) return 0;
    /* Registering again is harmless (libxslt replaces the entries), and
     * RTLD_NODELETE keeps what was registered loaded after dlclose. */
    void *lib = dlopen(EXSLT_LIBRARY, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    __typeof__(exsltRegisterAll) *register_all = NULL;
    if (!lib || !dl_symbol(lib, "exsltRegisterAll", &register_all, sizeof register_all)) {
        const char *why = dlerror();
        diag_add(box->diags, doc->URL ? (const char *)doc->URL : NULL, 0, 0, DIAG_ERROR,
                 "TEMPLATE", NULL,
                 "template %s uses EXSLT (a namespace starting %s), and %s cannot be loaded "
                 "(%s); install libxslt's EXSLT library (Debian: libxslt1.1)",
                 box->template_name, EXSLT_NS, EXSLT_LIBRARY, why ? why : "not found");
        if (lib) dlclose(lib);
        return -1;
    }
    register_all();
    dlclose(lib);
    return 0;
}
