/* policy_xml.c — tree readers; see policy_xml.h. */
#include "policy_xml.h"
#include "../util/xmem.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int px_is(const xmlNode *n, const char *ns, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, ns) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

const xmlNode *px_next(const xmlNode *n, const char *ns, const char *name)
{
    for (n = n ? n->next : NULL; n; n = n->next)
        if (px_is(n, ns, name)) return n;
    return NULL;
}

const xmlNode *px_child(const xmlNode *parent, const char *ns, const char *name)
{
    if (!parent) return NULL;
    for (const xmlNode *n = parent->children; n; n = n->next)
        if (px_is(n, ns, name)) return n;
    return NULL;
}

const xmlNode *px_find(const xmlNode *root, const char *ns, const char *name)
{
    for (const xmlNode *n = root; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (px_is(n, ns, name)) return n;
        const xmlNode *hit = px_find(n->children, ns, name);
        if (hit) return hit;
    }
    return NULL;
}

char *px_attr(const xmlNode *n, const char *name)
{
    if (!n) return NULL;
    xmlChar *v = xmlGetNoNsProp((xmlNode *)n, (const xmlChar *)name);
    if (!v) return NULL;
    char *copy = xstrdup((const char *)v);
    xmlFree(v);
    return copy;
}

int px_attr_ll(const xmlNode *n, const char *name, long long *out)
{
    char *v = px_attr(n, name);
    if (!v) return 0;
    char *s = v;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    char *end = NULL;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    int ok = end != s && errno == 0;
    while (ok && *end) {
        if (*end != ' ' && *end != '\t' && *end != '\n' && *end != '\r') ok = 0;
        end++;
    }
    free(v);
    if (ok) *out = x;
    return ok;
}

char *px_text(const xmlNode *n)
{
    xmlChar *raw = n ? xmlNodeGetContent((xmlNode *)n) : NULL;
    const char *s = raw ? (const char *)raw : "";
    char *out = xmalloc(strlen(s) + 1);
    size_t len = 0;
    int pending_space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            pending_space = len > 0;
            continue;
        }
        if (pending_space) out[len++] = ' ';
        pending_space = 0;
        out[len++] = *s;
    }
    out[len] = '\0';
    if (raw) xmlFree(raw);
    return out;
}

char *px_child_text(const xmlNode *parent, const char *ns, const char *name)
{
    const xmlNode *c = px_child(parent, ns, name);
    return c ? px_text(c) : NULL;
}
