/* review_util.c — tree walking, attribute and calendar helpers shared by the
 * review rules, review apply and the plan diff. */
#include "review_internal.h"
#include "review_rules.h"
#include "../plan/dates.h"
#include "../util/xml_safe.h"
#include "../util/xmem.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rv_report(const rv_ctx *c, const char *rule, const xmlNode *at, const char *fmt, ...)
{
    diag_severity sev = DIAG_ERROR;
    size_t n = 0;
    const rule_def *rules = review_rules(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(rules[i].id, rule) == 0) sev = rules[i].severity;
    /* A finding points into whichever file holds the offending element. */
    const char *file = c->file;
    if (at && c->plan && at->doc == c->plan->doc) file = c->plan_file;
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    msg = xmalloc(len > 0 ? (size_t)len + 1 : 1);
    va_start(ap, fmt);
    vsnprintf(msg, len > 0 ? (size_t)len + 1 : 1, fmt, ap);
    va_end(ap);
    diag_add(c->diags, file, xml_node_line(at), 0, sev, rule, NULL, "%s", msg);
    free(msg);
}

int rv_is(const xmlNode *node, const char *ns, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           strcmp((const char *)node->ns->href, ns) == 0 &&
           strcmp((const char *)node->name, name) == 0;
}

xmlNodePtr rv_first_element(const xmlNode *parent)
{
    for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) return n;
    return NULL;
}

xmlNodePtr rv_next_element(const xmlNode *node)
{
    for (xmlNodePtr n = node ? node->next : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) return n;
    return NULL;
}

xmlNodePtr rv_child(const xmlNode *parent, const char *ns, const char *name)
{
    for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
        if (rv_is(n, ns, name)) return n;
    return NULL;
}

xmlNodePtr rv_next(const xmlNode *node)
{
    if (!node || !node->ns) return NULL;
    for (xmlNodePtr n = node->next; n; n = n->next)
        if (rv_is(n, (const char *)node->ns->href, (const char *)node->name)) return n;
    return NULL;
}

const char *rv_attr(const xmlNode *node, const char *name, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!node) return buf;
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (v) {
        snprintf(buf, size, "%s", (const char *)v);
        xmlFree(v);
    }
    return buf;
}

/* Calendar arithmetic is cli/plan/dates.h's; these wrappers only adapt it
 * to attributes and element text. */
long rv_days(int y, int m, int d) { return date_from_ymd(y, m, d); }
void rv_civil(long z, int *y, int *m, int *d) { date_to_ymd(z, y, m, d); }
long rv_parse_date(const char *s) { return s ? date_parse(s) : RV_NO_DATE; }
long rv_add_months(long days, int months) { return date_add_months(days, months); }

long rv_attr_date(const xmlNode *node, const char *name)
{
    char buf[32];
    return rv_parse_date(rv_attr(node, name, buf, sizeof buf));
}

long rv_text_date(const xmlNode *node)
{
    if (!node) return RV_NO_DATE;
    xmlChar *t = xmlNodeGetContent(node);
    long d = rv_parse_date(t ? (const char *)t : "");
    xmlFree(t);
    return d;
}

const char *rv_format_date(long days, char *buf)
{
    date_format(days, buf, 11);
    return buf;
}

static const char *const section_names[][2] = {
    { "b", "section-b" }, { "c", "section-c" }, { "d", "section-d" },
    { "e", "section-e" }, { "f", "section-f" }, { "g", "section-g" },
    { "h1", "section-h1" }, { "h2", "section-h2" }, { "i", "section-i" },
    { "j", "section-j" },
};

xmlNodePtr rv_plan_section(const xmlNode *plan, const char *code)
{
    for (size_t i = 0; i < sizeof section_names / sizeof section_names[0]; i++)
        if (strcmp(section_names[i][0], code) == 0)
            return rv_child(plan, RV_PLAN_NS, section_names[i][1]);
    return NULL;
}

xmlNodePtr rv_plan_item(const xmlNode *plan, const char *id)
{
    for (size_t i = 0; i < sizeof section_names / sizeof section_names[0]; i++) {
        xmlNodePtr sec = rv_child(plan, RV_PLAN_NS, section_names[i][1]);
        for (xmlNodePtr n = rv_first_element(sec); n; n = rv_next_element(n)) {
            char buf[128];
            if (strcmp(rv_attr(n, "id", buf, sizeof buf), id) == 0) return n;
        }
    }
    return NULL;
}

const char *rv_section_item(const char *code)
{
    static const char *const kinds[][2] = {
        { "b", "need" }, { "c", "need" }, { "d", "need" }, { "e", "outcome" },
        { "f", "provision" }, { "g", "provision" }, { "h1", "provision" },
        { "h2", "provision" }, { "i", "placement" }, { "j", "budget-element" },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(kinds[i][0], code) == 0) return kinds[i][1];
    return NULL;
}

xmlNodePtr rv_change_content(const xmlNode *change)
{
    for (xmlNodePtr n = rv_first_element(change); n; n = rv_next_element(n))
        if (n->ns && n->ns->href && strcmp((const char *)n->ns->href, RV_PLAN_NS) == 0)
            return n;
    return NULL;
}
