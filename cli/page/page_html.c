/* page_html.c — the web version: the page document itself, made to stand
 * alone in a browser. Adds the built-in stylesheet (templates/html.css),
 * charset and viewport, fills the contents with links to every h1 and h2
 * (what the layout engine does for PDF), and writes XHTML that an HTML
 * parser reads the same way (no self-closed <div/>, <!DOCTYPE html>). */
#include "page.h"
#include "page_internal.h"
#include "../util/datadir.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlsave.h>

#define XHTML_NS "http://www.w3.org/1999/xhtml"
enum { MAX_CSS_BYTES = 256 * 1024 };

static int is_xhtml(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, BAD_CAST XHTML_NS) &&
           (!name || xmlStrEqual(n->name, BAD_CAST name));
}

static xmlNodePtr child_named(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (is_xhtml(c, name)) return c;
    return NULL;
}

static int has_class(xmlNodePtr n, const char *cls)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST "class");
    int found = 0;
    if (v) {
        size_t len = strlen(cls);
        for (const char *p = (const char *)v; (p = strstr(p, cls)); p += len)
            if ((p == (const char *)v || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' ')) {
                found = 1;
                break;
            }
    }
    xmlFree(v);
    return found;
}

/* The whole of templates/html.css, or NULL after a diagnostic. */
static char *read_css(const char *datadir, diag_list *diags)
{
    char *path = datadir_path(datadir, "templates/html.css");
    FILE *f = fopen(path, "rb");
    char *css = NULL;
    if (!f) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot read the web stylesheet: %s; reinstall ehcp or set EHCP_DATADIR",
                 strerror(errno));
    } else {
        css = xmalloc(MAX_CSS_BYTES + 1);
        size_t n = fread(css, 1, MAX_CSS_BYTES + 1, f);
        fclose(f);
        if (n > MAX_CSS_BYTES) {
            diag_add(diags, path, 0, 0, DIAG_ERROR, "LIMIT", NULL,
                     "the web stylesheet is larger than %d bytes; shorten it", MAX_CSS_BYTES);
            free(css);
            css = NULL;
        } else {
            css[n] = '\0';
            /* inside <style> an HTML parser takes text as is and an XML parser
             * unescapes it; only text without these characters means the same to both */
            if (strpbrk(css, "<>&")) {
                diag_add(diags, path, 0, 0, DIAG_ERROR, "PAGE", NULL,
                         "the web stylesheet contains <, > or &; write selectors without "
                         "them (for example a descendant selector instead of '>')");
                free(css);
                css = NULL;
            }
        }
    }
    free(path);
    return css;
}

static xmlNodePtr new_el(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
    return xmlNewChild(parent, ns, BAD_CAST name, text ? BAD_CAST text : NULL);
}

/* charset first (browsers look only at the start), then viewport and style. */
static void add_head_parts(xmlNodePtr head, const char *css)
{
    xmlNsPtr ns = head->ns;
    xmlNodePtr charset = xmlNewNode(ns, BAD_CAST "meta");
    xmlNewProp(charset, BAD_CAST "charset", BAD_CAST "UTF-8");
    if (head->children) xmlAddPrevSibling(head->children, charset);
    else xmlAddChild(head, charset);
    xmlNodePtr vp = new_el(head, ns, "meta", NULL);
    xmlNewProp(vp, BAD_CAST "name", BAD_CAST "viewport");
    xmlNewProp(vp, BAD_CAST "content", BAD_CAST "width=device-width, initial-scale=1");
    xmlNodePtr style = new_el(head, ns, "style", NULL);
    xmlAddChild(style, xmlNewText(BAD_CAST css));   /* xmlNewText copies, no escaping games */
}

/* The draft marking travels as <meta name="ehcp:draft">; CSS sees only the body's class. */
static void mark_draft(xmlNodePtr head, xmlNodePtr body)
{
    for (xmlNodePtr m = head->children; m; m = m->next) {
        if (!is_xhtml(m, "meta")) continue;
        xmlChar *name = xmlGetProp(m, BAD_CAST "name");
        xmlChar *content = xmlGetProp(m, BAD_CAST "content");
        int draft = name && content && xmlStrEqual(name, BAD_CAST "ehcp:draft") &&
                    xmlStrEqual(content, BAD_CAST "true");
        xmlFree(name);
        xmlFree(content);
        if (draft) {
            xmlSetProp(body, BAD_CAST "class", BAD_CAST "draft");
            return;
        }
    }
}

typedef struct {
    xmlNodePtr nav;        /* the contents element: headings inside it are not listed */
    xmlNodePtr list;       /* top-level <ul> */
    xmlNodePtr last_h1_li; /* where h2 entries nest */
    int seen_nav;
    int next_id;
} toc_state;

static void toc_text(xmlNodePtr heading, bytebuf *text)
{
    xmlChar *t = xmlNodeGetContent(heading);
    const char *s = t ? (const char *)t : "";
    /* collapse white space, as a browser would show it */
    int space = 0;
    text->len = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            space = text->len > 0;
            continue;
        }
        if (space) bytebuf_append(text, " ", 1);
        space = 0;
        bytebuf_append(text, s, 1);
    }
    bytebuf_append(text, "", 1);
    xmlFree(t);
}

static void toc_add(toc_state *st, xmlNodePtr heading, int level, bytebuf *text)
{
    xmlChar *id = xmlGetProp(heading, BAD_CAST "id");
    if (!id) {
        char made[32];
        snprintf(made, sizeof made, "heading-%d", ++st->next_id);
        xmlSetProp(heading, BAD_CAST "id", BAD_CAST made);
        id = xmlStrdup(BAD_CAST made);
    }
    xmlNodePtr parent = st->list;
    if (level == 2 && st->last_h1_li) {
        parent = child_named(st->last_h1_li, "ul");
        if (!parent) parent = new_el(st->last_h1_li, st->list->ns, "ul", NULL);
    }
    xmlNodePtr li = new_el(parent, st->list->ns, "li", NULL);
    if (level == 1) st->last_h1_li = li;
    char *href = xasprintf("#%s", (const char *)id);
    toc_text(heading, text);
    xmlNodePtr a = xmlNewTextChild(li, st->list->ns, BAD_CAST "a", text->data);
    xmlNewProp(a, BAD_CAST "href", BAD_CAST href);
    free(href);
    xmlFree(id);
}

/* Document order walk: every h1 and h2 after the contents becomes an entry. */
static void toc_walk(toc_state *st, xmlNodePtr n, bytebuf *text)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (n == st->nav) {
            st->seen_nav = 1;
            continue;
        }
        if (st->seen_nav && (is_xhtml(n, "h1") || is_xhtml(n, "h2"))) {
            toc_add(st, n, n->name[1] - '0', text);
            continue;
        }
        toc_walk(st, n->children, text);
    }
}

static xmlNodePtr find_toc(xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (is_xhtml(n, "nav") && has_class(n, "toc")) return n;
        if (n->type == XML_ELEMENT_NODE) {
            xmlNodePtr found = find_toc(n->children);
            if (found) return found;
        }
    }
    return NULL;
}

static void fill_toc(xmlNodePtr body)
{
    xmlNodePtr nav = find_toc(body->children);
    if (!nav) return;
    toc_state st = { nav, new_el(nav, nav->ns, "ul", NULL), NULL, 0, 0 };
    bytebuf text;
    bytebuf_init(&text);
    toc_walk(&st, body->children, &text);
    bytebuf_free(&text);
}

static void base64(const unsigned char *in, size_t n, bytebuf *out)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16;
        if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        char quad[4] = { digits[(v >> 18) & 63], digits[(v >> 12) & 63],
                         i + 1 < n ? digits[(v >> 6) & 63] : '=',
                         i + 2 < n ? digits[v & 63] : '=' };
        bytebuf_append(out, quad, 4);
    }
}

/* The default pictograms are named by absolute path inside the data
 * folder, which means nothing once the web page is copied elsewhere: they
 * go into the page itself as data: URIs. The plan's own pictures keep
 * their relative src (they travel with the plan). */
static void embed_default_pictures(xmlNodePtr n, const char *pictures_dir)
{
    size_t dir_len = strlen(pictures_dir);
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        embed_default_pictures(n->children, pictures_dir);
        if (!is_xhtml(n, "img")) continue;
        xmlChar *src = xmlGetProp(n, BAD_CAST "src");
        const char *s = (const char *)src;
        size_t len = s ? strlen(s) : 0;
        if (s && len > dir_len + 4 && !strncmp(s, pictures_dir, dir_len) && s[dir_len] == '/' &&
            !strcmp(s + len - 4, ".svg") && !strstr(s + dir_len, "..")) {
            FILE *f = fopen(s, "rb");
            unsigned char buf[64 * 1024];
            size_t got = f ? fread(buf, 1, sizeof buf, f) : 0;
            if (f) fclose(f);
            if (got > 0 && got < sizeof buf) {
                bytebuf uri;
                bytebuf_init(&uri);
                bytebuf_append_str(&uri, "data:image/svg+xml;base64,");
                base64(buf, got, &uri);
                bytebuf_append(&uri, "", 1);
                xmlSetProp(n, BAD_CAST "src", uri.data);
                bytebuf_free(&uri);
            }
        }
        xmlFree(src);
    }
}

/* An HTML parser reads <td/> as an unclosed <td>: every empty element that
 * is not a void one (br, img, meta) gets an empty text child, so it is
 * written <td></td> and means the same to an XML and an HTML parser. */
static int is_void(const xmlChar *name)
{
    static const char *const voids[] = { "br", "img", "meta", "hr", "link", "col", "input",
                                         "area", "base", "wbr", "source", "track", "embed" };
    for (size_t i = 0; i < sizeof voids / sizeof *voids; i++)
        if (xmlStrEqual(name, BAD_CAST voids[i])) return 1;
    return 0;
}

static void open_empty_elements(xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (!n->children && !is_void(n->name)) xmlAddChild(n, xmlNewText(BAD_CAST ""));
        else open_empty_elements(n->children);
    }
}

/* Deterministic: the same tree gives the same bytes. */
static int page_html_serialise(xmlDocPtr doc, bytebuf *out, diag_list *diags)
{
    xmlBufferPtr buf = xmlBufferCreate();
    xmlSaveCtxtPtr save = buf ? xmlSaveToBuffer(buf, "UTF-8",
                                                XML_SAVE_FORMAT | XML_SAVE_NO_DECL) : NULL;
    long written = save ? xmlSaveDoc(save, doc) : -1;
    if (save) xmlSaveClose(save);
    int ok = buf && written >= 0 && xmlBufferLength(buf) > 0;
    if (ok) bytebuf_append(out, xmlBufferContent(buf), (size_t)xmlBufferLength(buf));
    else diag_add(diags, NULL, 0, 0, DIAG_ERROR, "IO", NULL, "could not write the web version");
    if (buf) xmlBufferFree(buf);
    return ok ? 0 : -1;
}

int page_to_html(xmlDocPtr page_doc, const char *datadir, bytebuf *out, diag_list *diags)
{
    xmlNodePtr root = page_doc ? xmlDocGetRootElement(page_doc) : NULL;
    if (!is_xhtml(root, "html")) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "PAGE", NULL,
                 "the page document has no <html> root in the XHTML namespace");
        return -1;
    }
    char *css = read_css(datadir, diags);
    if (!css) return -1;
    xmlDocPtr doc = xmlCopyDoc(page_doc, 1);
    root = xmlDocGetRootElement(doc);
    xmlNodePtr head = child_named(root, "head");
    xmlNodePtr body = child_named(root, "body");
    if (!head) {
        head = xmlNewNode(root->ns, BAD_CAST "head");
        if (root->children) xmlAddPrevSibling(root->children, head);
        else xmlAddChild(root, head);
    }
    add_head_parts(head, css);
    free(css);
    if (body) {
        mark_draft(head, body);
        fill_toc(body);
    }
    char *templates = datadir_path(datadir, "templates");
    char *real = realpath(templates, NULL);
    if (real) {
        char *pictures = xasprintf("%s/pictures", real);
        embed_default_pictures(root, pictures);
        free(pictures);
        free(real);
    }
    free(templates);
    open_empty_elements(root);
    xmlCreateIntSubset(doc, BAD_CAST "html", NULL, NULL);
    int rc = page_html_serialise(doc, out, diags);
    xmlFreeDoc(doc);
    return rc;
}
