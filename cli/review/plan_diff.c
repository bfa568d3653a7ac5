/* plan_diff.c — compares two versions of a plan. Items are matched by id
 * within their group, so moving an item or renumbering nothing else is not a
 * change; fields are compared as normalised text (element names, attribute
 * values and text, white space collapsed), so re-indenting is not a change
 * either. */
#include "plan_diff.h"
#include "review_internal.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

const char *const plan_diff_groups[] = {
    "needs", "outcomes", "provision", "placement", "budget", "person", "dates", "views", NULL,
};

typedef struct { const char *group, *section, *container, *element; } keyed_group;

static const keyed_group keyed[] = {
    { "needs", "b", "section-b", "need" },
    { "needs", "c", "section-c", "need" },
    { "needs", "d", "section-d", "need" },
    { "outcomes", "e", "section-e", "outcome" },
    { "provision", "f", "section-f", "provision" },
    { "provision", "g", "section-g", "provision" },
    { "provision", "h1", "section-h1", "provision" },
    { "provision", "h2", "section-h2", "provision" },
    { "placement", "i", "section-i", "placement" },
    { "budget", "j", "section-j", "budget-element" },
};

static void signature_list(const xmlNode *first, bytebuf *out);

/* Appends a normalised rendering of one node: for an element, the name,
 * each attribute name=value, then the children; for text, runs of white
 * space collapsed to one space. */
static void signature_node(const xmlNode *n, bytebuf *out)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        int space = out->len > 0 && out->data[out->len - 1] == ' ';
        for (const xmlChar *p = n->content; p && *p; p++) {
            int ws = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
            if (ws && space) continue;
            bytebuf_append(out, ws ? " " : (const char *)p, 1);
            space = ws;
        }
    } else if (n->type == XML_ELEMENT_NODE) {
        bytebuf_append_str(out, "<");
        bytebuf_append_str(out, (const char *)n->name);
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
            xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
            bytebuf_append_str(out, " ");
            bytebuf_append_str(out, (const char *)a->name);
            bytebuf_append_str(out, "=");
            bytebuf_append_str(out, v ? (const char *)v : "");
            xmlFree(v);
        }
        bytebuf_append_str(out, ">");
        signature_list(n->children, out);
        bytebuf_append_str(out, "</>");
    }
}

static void signature_list(const xmlNode *first, bytebuf *out)
{
    for (const xmlNode *n = first; n; n = n->next) signature_node(n, out);
}

static char *node_signature(const xmlNode *node)
{
    bytebuf b;
    bytebuf_init(&b);
    if (node) signature_node(node, &b);
    bytebuf_append(&b, "", 1);
    char *s = (char *)b.data;
    return s;
}

/* Readable text of a field for the notice: its text content, collapsed. */
static char *attribute_text(const xmlNode *node, const char *name)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
    char *s = v ? xstrdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* "3 times a week", "45 minutes each time", "from 2026-01-19 to 2027-01-15":
 * the provision fields a family reads in a notice, in words. */
static char *attributes_in_words(const xmlNode *node)
{
    if (node->type != XML_ELEMENT_NODE) return NULL;
    const char *name = (const char *)node->name;
    char *a = NULL, *b = NULL, *words = NULL;
    if (!strcmp(name, "frequency") && (a = attribute_text(node, "times")) &&
        (b = attribute_text(node, "per"))) {
        const char *per = !strcmp(b, "day") ? "a day" : !strcmp(b, "week") ? "a week"
                          : !strcmp(b, "half-term") ? "each half-term"
                          : !strcmp(b, "term") ? "each term" : !strcmp(b, "year") ? "a year" : b;
        words = !strcmp(a, "1") ? xasprintf("once %s", per) : !strcmp(a, "2")
                ? xasprintf("twice %s", per) : xasprintf("%s times %s", a, per);
    } else if (!strcmp(name, "duration") && (a = attribute_text(node, "minutes"))) {
        words = xasprintf("%s minutes each time", a);
    } else if (!strcmp(name, "period") && (a = attribute_text(node, "from")) &&
               (b = attribute_text(node, "to"))) {
        words = xasprintf("from %s to %s", a, b);
    }
    free(a);
    free(b);
    return words;
}

static char *field_text(const xmlNode *node)
{
    if (!node) return xstrdup("");
    xmlChar *t = xmlNodeGetContent(node);
    const char *src = t ? (const char *)t : "";
    char *out = xmalloc(strlen(src) + 1);
    size_t n = 0;
    int space = 1;
    for (const char *p = src; *p; p++) {
        int ws = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (ws && space) continue;
        out[n++] = ws ? ' ' : *p;
        space = ws;
    }
    while (n && out[n - 1] == ' ') n--;
    out[n] = '\0';
    xmlFree(t);
    /* An element without text (<frequency per="week" times="3"/>) is shown
     * in words where we know it, else by its attributes. */
    char *words = out[0] ? NULL : attributes_in_words(node);
    if (words) {
        free(out);
        return words;
    }
    if (!out[0] && node->type == XML_ELEMENT_NODE && node->properties) {
        bytebuf b;
        bytebuf_init(&b);
        for (xmlAttrPtr a = node->properties; a; a = a->next) {
            xmlChar *v = xmlNodeListGetString(node->doc, a->children, 1);
            if (b.len) bytebuf_append_str(&b, ", ");
            bytebuf_append_str(&b, (const char *)a->name);
            bytebuf_append_str(&b, " ");
            bytebuf_append_str(&b, v ? (const char *)v : "");
            xmlFree(v);
        }
        bytebuf_append(&b, "", 1);
        free(out);
        return (char *)b.data;
    }
    return out;
}

static char *headline(const xmlNode *item)
{
    static const char *const names[] = { "statement", "what", "name", "description", NULL };
    for (size_t i = 0; names[i]; i++) {
        xmlNodePtr n = rv_child(item, RV_PLAN_NS, names[i]);
        if (n) return field_text(n);
    }
    return xstrdup("");
}

static plan_change *push(plan_diff *d, size_t *cap)
{
    if (d->count == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        d->changes = xrealloc(d->changes, *cap * sizeof *d->changes);
    }
    plan_change *c = &d->changes[d->count++];
    memset(c, 0, sizeof *c);
    return c;
}

static void add_field(plan_change *c, const char *name, const xmlNode *o, const xmlNode *n,
                      const char *old_attr, const char *new_attr)
{
    c->fields = xrealloc(c->fields, (c->field_count + 1) * sizeof *c->fields);
    plan_field_change *f = &c->fields[c->field_count++];
    f->name = xstrdup(name);
    f->old_text = old_attr ? xstrdup(old_attr) : field_text(o);
    f->new_text = new_attr ? xstrdup(new_attr) : field_text(n);
}

/* Child elements by name: the k-th child called name (for repeated fields
 * such as need-ref or step, compared position by position). */
static xmlNodePtr nth_named(const xmlNode *parent, const xmlChar *name, int k)
{
    for (xmlNodePtr n = rv_first_element(parent); n; n = rv_next_element(n))
        if (xmlStrEqual(n->name, name) && k-- == 0) return n;
    return NULL;
}

static int seen_name(const xmlNode *upto, const xmlNode *first, int *index)
{
    int k = 0;
    for (const xmlNode *n = first; n && n != upto; n = rv_next_element(n))
        if (xmlStrEqual(n->name, upto->name)) k++;
    *index = k;
    return k;
}

static void diff_attributes(plan_change *c, const xmlNode *o, const xmlNode *n)
{
    for (int side = 0; side < 2; side++) {
        const xmlNode *a_node = side ? n : o, *b_node = side ? o : n;
        for (xmlAttrPtr a = a_node->properties; a; a = a->next) {
            char av[512], bv[512], name[128];
            rv_attr(a_node, (const char *)a->name, av, sizeof av);
            rv_attr(b_node, (const char *)a->name, bv, sizeof bv);
            int present = xmlHasProp(b_node, a->name) != NULL;
            if (side && present) continue;   /* already compared from the old side */
            if (present && strcmp(av, bv) == 0) continue;
            snprintf(name, sizeof name, "@%s", (const char *)a->name);
            add_field(c, name, NULL, NULL, side ? bv : av, side ? av : bv);
        }
    }
}

/* Field-level comparison of two versions of one item (or unkeyed part). */
static void diff_fields(plan_change *c, const xmlNode *o, const xmlNode *n)
{
    diff_attributes(c, o, n);
    xmlNodePtr first_o = rv_first_element(o), first_n = rv_first_element(n);
    for (xmlNodePtr x = first_o; x; x = rv_next_element(x)) {
        int k;
        seen_name(x, first_o, &k);
        xmlNodePtr y = nth_named(n, x->name, k);
        char *sx = node_signature(x), *sy = node_signature(y);
        if (!y || strcmp(sx, sy) != 0) add_field(c, (const char *)x->name, x, y, NULL, NULL);
        free(sx);
        free(sy);
    }
    for (xmlNodePtr y = first_n; y; y = rv_next_element(y)) {
        int k;
        seen_name(y, first_n, &k);
        if (!nth_named(o, y->name, k)) add_field(c, (const char *)y->name, NULL, y, NULL, NULL);
    }
}

static xmlNodePtr find_by_id(const xmlNode *container, const char *element, const char *id)
{
    for (xmlNodePtr n = rv_child(container, RV_PLAN_NS, element); n; n = rv_next(n)) {
        char buf[128];
        if (strcmp(rv_attr(n, "id", buf, sizeof buf), id) == 0) return n;
    }
    return NULL;
}

static void fill(plan_change *c, const keyed_group *g, const xmlNode *item, plan_change_kind kind)
{
    char id[128];
    c->group = g->group;
    c->id = xstrdup(rv_attr(item, "id", id, sizeof id));
    c->element = xstrdup(g->element);
    c->section = xstrdup(g->section);
    c->kind = kind;
    c->summary = headline(item);
}

static void diff_keyed(plan_diff *d, size_t *cap, const keyed_group *g,
                       const xmlNode *old_root, const xmlNode *new_root)
{
    xmlNodePtr os = rv_child(old_root, RV_PLAN_NS, g->container);
    xmlNodePtr ns = rv_child(new_root, RV_PLAN_NS, g->container);
    for (xmlNodePtr o = rv_child(os, RV_PLAN_NS, g->element); o; o = rv_next(o)) {
        char id[128];
        xmlNodePtr n = find_by_id(ns, g->element, rv_attr(o, "id", id, sizeof id));
        if (!n) {
            plan_change *c = push(d, cap);
            fill(c, g, o, PLAN_REMOVED);
            c->old_line = xmlGetLineNo(o);
            continue;
        }
        plan_change tmp;
        memset(&tmp, 0, sizeof tmp);
        diff_fields(&tmp, o, n);
        if (!tmp.field_count) continue;
        plan_change *c = push(d, cap);
        fill(c, g, n, PLAN_CHANGED);
        c->fields = tmp.fields;
        c->field_count = tmp.field_count;
        c->old_line = xmlGetLineNo(o);
        c->new_line = xmlGetLineNo(n);
    }
    for (xmlNodePtr n = rv_child(ns, RV_PLAN_NS, g->element); n; n = rv_next(n)) {
        char id[128];
        if (find_by_id(os, g->element, rv_attr(n, "id", id, sizeof id))) continue;
        plan_change *c = push(d, cap);
        fill(c, g, n, PLAN_ADDED);
        c->new_line = xmlGetLineNo(n);
    }
}

/* A part without ids (person, dates, section A's views, section J's total):
 * one CHANGED entry listing the fields that differ. */
static void diff_part(plan_diff *d, size_t *cap, const char *group, const char *name,
                      const char *section, const xmlNode *o, const xmlNode *n)
{
    if (!o && !n) return;
    plan_change tmp;
    memset(&tmp, 0, sizeof tmp);
    if (o && n) diff_fields(&tmp, o, n);
    else add_field(&tmp, name, o, n, NULL, NULL);
    if (!tmp.field_count) return;
    plan_change *c = push(d, cap);
    c->group = group;
    c->id = xstrdup(name);
    c->element = xstrdup(name);
    c->section = xstrdup(section);
    c->kind = PLAN_CHANGED;
    c->summary = xstrdup("");
    c->fields = tmp.fields;
    c->field_count = tmp.field_count;
    c->old_line = o ? xmlGetLineNo(o) : 0;
    c->new_line = n ? xmlGetLineNo(n) : 0;
}

static void root_facts(const xmlNode *root, char **id, char **stage, long *version)
{
    char buf[128];
    *id = xstrdup(rv_attr(root, "id", buf, sizeof buf));
    *stage = xstrdup(rv_attr(root, "stage", buf, sizeof buf));
    *version = atol(rv_attr(root, "version", buf, sizeof buf));
}

plan_diff *plan_diff_compute(xmlDocPtr old_plan, xmlDocPtr new_plan)
{
    plan_diff *d = xcalloc(1, sizeof *d);
    size_t cap = 0;
    xmlNodePtr o = old_plan ? xmlDocGetRootElement(old_plan) : NULL;
    xmlNodePtr n = new_plan ? xmlDocGetRootElement(new_plan) : NULL;
    root_facts(o, &d->old_id, &d->old_stage, &d->old_version);
    root_facts(n, &d->new_id, &d->new_stage, &d->new_version);
    for (size_t i = 0; i < sizeof keyed / sizeof keyed[0]; i++)
        diff_keyed(d, &cap, &keyed[i], o, n);
    xmlNodePtr oj = rv_child(o, RV_PLAN_NS, "section-j"), nj = rv_child(n, RV_PLAN_NS, "section-j");
    diff_part(d, &cap, "budget", "total", "j", rv_child(oj, RV_PLAN_NS, "total"),
              rv_child(nj, RV_PLAN_NS, "total"));
    diff_part(d, &cap, "person", "person", "", rv_child(o, RV_PLAN_NS, "person"),
              rv_child(n, RV_PLAN_NS, "person"));
    xmlNodePtr om = rv_child(o, RV_PLAN_NS, "meta"), nm = rv_child(n, RV_PLAN_NS, "meta");
    diff_part(d, &cap, "dates", "dates", "", rv_child(om, RV_PLAN_NS, "dates"),
              rv_child(nm, RV_PLAN_NS, "dates"));
    diff_part(d, &cap, "views", "section-a", "a", rv_child(o, RV_PLAN_NS, "section-a"),
              rv_child(n, RV_PLAN_NS, "section-a"));
    return d;
}

void plan_diff_free(plan_diff *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->count; i++) {
        plan_change *c = &d->changes[i];
        for (size_t k = 0; k < c->field_count; k++) {
            free(c->fields[k].name);
            free(c->fields[k].old_text);
            free(c->fields[k].new_text);
        }
        free(c->fields);
        free(c->id);
        free(c->element);
        free(c->section);
        free(c->summary);
    }
    free(d->changes);
    free(d->old_id);
    free(d->new_id);
    free(d->old_stage);
    free(d->new_stage);
    free(d);
}
