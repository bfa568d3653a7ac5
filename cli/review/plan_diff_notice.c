/* plan_diff_notice.c — the diff as XML for templates/amendment-notice.xsl:
 * the plan and child it concerns, the date the notice is issued, the last
 * day for comments, and each proposed change with old and new wording. The
 * template decides how it reads; this file only says what changed. */
#include "plan_diff.h"
#include "review_internal.h"
#include "../util/xmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIFF_NS "urn:ehcp:diff:1"

static const char *kind_name(plan_change_kind k)
{
    return k == PLAN_ADDED ? "added" : k == PLAN_REMOVED ? "removed" : "changed";
}

static void add_change(xmlNodePtr parent, xmlNsPtr ns, const plan_change *c)
{
    xmlNodePtr ch = xmlNewChild(parent, ns, BAD_CAST "change", NULL);
    xmlNewProp(ch, BAD_CAST "group", BAD_CAST c->group);
    xmlNewProp(ch, BAD_CAST "kind", BAD_CAST kind_name(c->kind));
    xmlNewProp(ch, BAD_CAST "id", BAD_CAST c->id);
    xmlNewProp(ch, BAD_CAST "element", BAD_CAST c->element);
    xmlNewProp(ch, BAD_CAST "section", BAD_CAST c->section);
    if (c->summary[0]) xmlNewTextChild(ch, ns, BAD_CAST "summary", BAD_CAST c->summary);
    for (size_t k = 0; k < c->field_count; k++) {
        xmlNodePtr f = xmlNewChild(ch, ns, BAD_CAST "field", NULL);
        xmlNewProp(f, BAD_CAST "name", BAD_CAST c->fields[k].name);
        xmlNewTextChild(f, ns, BAD_CAST "old", BAD_CAST c->fields[k].old_text);
        xmlNewTextChild(f, ns, BAD_CAST "new", BAD_CAST c->fields[k].new_text);
    }
}

/* The child's name and the authority, from the new plan, for the letter. */
static void add_people(xmlNodePtr root, xmlNsPtr ns, xmlDocPtr new_plan)
{
    xmlNodePtr plan = new_plan ? xmlDocGetRootElement(new_plan) : NULL;
    xmlNodePtr name = rv_child(rv_child(plan, RV_PLAN_NS, "person"), RV_PLAN_NS, "name");
    xmlChar *fore = xmlNodeGetContent(rv_child(name, RV_PLAN_NS, "forenames"));
    xmlChar *sur = xmlNodeGetContent(rv_child(name, RV_PLAN_NS, "surname"));
    char *full = xasprintf("%s %s", fore ? (const char *)fore : "", sur ? (const char *)sur : "");
    xmlNewTextChild(root, ns, BAD_CAST "child", BAD_CAST full);
    free(full);
    xmlFree(fore);
    xmlFree(sur);
    xmlNodePtr la = rv_child(rv_child(plan, RV_PLAN_NS, "meta"), RV_PLAN_NS, "local-authority");
    xmlChar *la_name = xmlNodeGetContent(la);
    xmlNewTextChild(root, ns, BAD_CAST "local-authority", la_name ? la_name : BAD_CAST "");
    xmlFree(la_name);
}

xmlDocPtr plan_diff_to_notice_xml(const plan_diff *d, xmlDocPtr new_plan,
                                  const char *issued, int comment_days)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "amendment-notice");
    xmlNsPtr ns = xmlNewNs(root, BAD_CAST DIFF_NS, NULL);
    xmlSetNs(root, ns);
    xmlDocSetRootElement(doc, root);
    char buf[32], due[11];
    xmlNewProp(root, BAD_CAST "plan-id", BAD_CAST d->new_id);
    snprintf(buf, sizeof buf, "%ld", d->old_version);
    xmlNewProp(root, BAD_CAST "old-version", BAD_CAST buf);
    snprintf(buf, sizeof buf, "%ld", d->new_version);
    xmlNewProp(root, BAD_CAST "new-version", BAD_CAST buf);
    xmlNewProp(root, BAD_CAST "issued", BAD_CAST issued);
    /* "At least 15 days, beginning with the day on which the draft was
     * served": the issue day is day 1, so the last day is issued + days - 1. */
    long day = rv_parse_date(issued);
    if (day != RV_NO_DATE && comment_days > 0)
        xmlNewProp(root, BAD_CAST "comments-by", BAD_CAST rv_format_date(day + comment_days - 1, due));
    snprintf(buf, sizeof buf, "%d", comment_days);
    xmlNewProp(root, BAD_CAST "comment-days", BAD_CAST buf);
    add_people(root, ns, new_plan);
    for (size_t i = 0; i < d->count; i++) add_change(root, ns, &d->changes[i]);
    return doc;
}
