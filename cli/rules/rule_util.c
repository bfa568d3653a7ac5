/* rule_util.c — small readers of the plan tree shared by every rule family,
 * and the one place rules report through. */
#include "rule_context.h"
#include "../util/xmem.h"
#include "../util/xml_safe.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *const provision_sections[4] = { "section-f", "section-g", "section-h1", "section-h2" };

const char *section_title(const char *name)
{
    static const struct { const char *name, *title; } titles[] = {
        { "section-a", "Section A" }, { "section-b", "Section B" }, { "section-c", "Section C" },
        { "section-d", "Section D" }, { "section-e", "Section E" }, { "section-f", "Section F" },
        { "section-g", "Section G" }, { "section-h1", "Section H1" }, { "section-h2", "Section H2" },
        { "section-i", "Section I" }, { "section-j", "Section J" }, { "section-k", "Section K" },
    };
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (name && !strcmp(titles[i].name, name)) return titles[i].title;
    return name ? name : "?";
}

static int named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

xmlNode *plan_child(const xmlNode *parent, const char *name)
{
    if (!parent) return NULL;
    for (xmlNode *n = parent->children; n; n = n->next)
        if (named(n, name)) return n;
    return NULL;
}

xmlNode *plan_next(const xmlNode *node, const char *name)
{
    if (!node) return NULL;
    for (xmlNode *n = node->next; n; n = n->next)
        if (named(n, name)) return n;
    return NULL;
}

xmlNode *plan_at(const xmlNode *parent, const char *path)
{
    char step[64];
    const xmlNode *n = parent;
    while (n && *path) {
        size_t len = strcspn(path, "/");
        if (len >= sizeof step) return NULL;
        memcpy(step, path, len);
        step[len] = '\0';
        n = plan_child(n, step);
        path += len + (path[len] == '/');
    }
    return (xmlNode *)n;
}

const char *plan_attr(const xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE) return NULL;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, name)) continue;
        if (a->ns && strcmp((const char *)a->ns->href, "http://www.w3.org/XML/1998/namespace") == 0)
            continue;   /* xml:id and friends are not our attributes */
        return a->children && a->children->content ? (const char *)a->children->content : "";
    }
    return NULL;
}

static void append_text(const xmlNode *node, bytebuf *b)
{
    for (const xmlNode *n = node->children; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) bytebuf_append_str(b, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            bytebuf_append_str(b, " ");     /* <p>a</p><p>b</p> is two words */
            append_text(n, b);
            bytebuf_append_str(b, " ");
        }
    }
}

char *plan_text(const xmlNode *node)
{
    bytebuf b;
    bytebuf_init(&b);
    if (node) append_text(node, &b);
    bytebuf_append(&b, "", 1);
    /* Collapse runs of blanks to one space and trim, in place. */
    char *s = (char *)b.data, *w = s;
    int blank = 1;
    for (char *r = s; *r; r++) {
        if (isspace((unsigned char)*r)) {
            if (!blank) *w++ = ' ';
            blank = 1;
        } else {
            *w++ = *r;
            blank = 0;
        }
    }
    if (w > s && w[-1] == ' ') w--;
    *w = '\0';
    return s;
}

int plan_text_empty(const xmlNode *node)
{
    char *t = plan_text(node);
    int empty = t[0] == '\0';
    free(t);
    return empty;
}

long plan_date_text(const xmlNode *node)
{
    if (!node) return DATE_NONE;
    char *t = plan_text(node);
    long d = date_parse(t);
    free(t);
    return d;
}

long plan_date_attr(const xmlNode *node, const char *name)
{
    return date_parse(plan_attr(node, name));
}

xmlNode *plan_find_id(const xmlNode *root, const char *id)
{
    if (!root || !id) return NULL;
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const char *v = plan_attr(n, "id");
        if (v && !strcmp(v, id)) return n;
        xmlNode *found = plan_find_id(n, id);
        if (found) return found;
    }
    return NULL;
}

int plan_refers_to(const xmlNode *scope, const char *ref_name, const char *id)
{
    if (!scope || !id) return 0;
    for (const xmlNode *n = scope->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (named(n, ref_name)) {
            const char *v = plan_attr(n, "ref");
            if (v && !strcmp(v, id)) return 1;
        }
        if (plan_refers_to(n, ref_name, id)) return 1;
    }
    return 0;
}

/* One step of a readable path: name, then [@id='..'] when the element has an
 * id, else [n] when it has same-named siblings. */
static void xpath_step(const xmlNode *n, bytebuf *b)
{
    bytebuf_append_str(b, "/");
    bytebuf_append_str(b, (const char *)n->name);
    if (!n->parent || n->parent->type != XML_ELEMENT_NODE) return;   /* the root is unique */
    const char *id = plan_attr(n, "id");
    if (id) {
        char *s = xasprintf("[@id='%s']", id);
        bytebuf_append_str(b, s);
        free(s);
        return;
    }
    int index = 0, total = 0;
    for (const xmlNode *s = n->parent ? n->parent->children : n; s; s = s->next) {
        if (!named(s, (const char *)n->name)) continue;
        total++;
        if (s == n) index = total;
    }
    if (total > 1) {
        char *s = xasprintf("[%d]", index);
        bytebuf_append_str(b, s);
        free(s);
    }
}

static void xpath_build(const xmlNode *n, bytebuf *b)
{
    if (!n || n->type != XML_ELEMENT_NODE) return;
    xpath_build(n->parent, b);
    xpath_step(n, b);
}

char *plan_xpath(const xmlNode *node)
{
    bytebuf b;
    bytebuf_init(&b);
    while (node && node->type != XML_ELEMENT_NODE) node = node->parent;
    xpath_build(node, &b);
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

size_t text_word_count(const char *text)
{
    size_t n = 0;
    int in_word = 0;
    for (const unsigned char *p = (const unsigned char *)text; p && *p; p++) {
        if (isspace(*p)) in_word = 0;
        else if (!in_word) { in_word = 1; n++; }
    }
    return n;
}

static void report_va(rule_context *ctx, const xmlNode *node, long line_offset, long column,
                      const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    if (n <= 0) msg[0] = '\0';
    char *xpath = plan_xpath(node ? node : ctx->root);
    long line = xml_node_line(node ? node : ctx->root);
    diag_add(ctx->diags, ctx->file, line > 0 ? line + line_offset : 0, column, ctx->severity,
             ctx->rule->id, xpath, "%s", msg);
    free(xpath);
    free(msg);
}

void rule_report(rule_context *ctx, const xmlNode *node, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_va(ctx, node, 0, 0, fmt, ap);
    va_end(ap);
}

void rule_report_at(rule_context *ctx, const xmlNode *node, long line_offset, long column,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_va(ctx, node, line_offset, column, fmt, ap);
    va_end(ap);
}
