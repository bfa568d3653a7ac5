/* review_apply.c — builds the proposed amended plan from a review's
 * <proposed-changes>. Additions go after the last item of their kind in the
 * section (before its easy-read lines and total); a section left empty gets
 * the placeholder the schema asks for, and section J's total is recomputed,
 * so the result is a whole plan, not a patch. */
#include "review_apply.h"
#include "review_internal.h"
#include "review_rules.h"
#include "../util/xmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Placeholders that stand for "nothing in this section". */
static const char *const placeholders[] = {
    "none", "not-requested", "refused", "placement-to-be-named", NULL,
};

static int is_placeholder(const xmlNode *n)
{
    for (size_t i = 0; placeholders[i]; i++)
        if (rv_is(n, RV_PLAN_NS, placeholders[i])) return 1;
    return 0;
}

static void insert_item(xmlNodePtr section, xmlNodePtr item)
{
    xmlNodePtr last_same = NULL, first_tail = NULL;
    for (xmlNodePtr n = rv_first_element(section); n; n = rv_next_element(n)) {
        if (is_placeholder(n)) continue;
        if (xmlStrEqual(n->name, item->name)) last_same = n;
        else if (!first_tail && (rv_is(n, RV_PLAN_NS, "easy-read") || rv_is(n, RV_PLAN_NS, "total") ||
                                 rv_is(n, RV_PLAN_NS, "health-care-plan")))
            first_tail = n;
    }
    for (xmlNodePtr n = rv_first_element(section), next; n; n = next) {
        next = rv_next_element(n);
        if (is_placeholder(n)) {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        }
    }
    if (last_same) xmlAddNextSibling(last_same, item);
    else if (first_tail) xmlAddPrevSibling(first_tail, item);
    else xmlAddChild(section, item);
}

/* A section whose last item was removed must say it is empty on purpose. */
static void fill_if_empty(xmlNodePtr section, const char *element)
{
    if (!section || rv_child(section, RV_PLAN_NS, element)) return;
    if (rv_is(section, RV_PLAN_NS, "section-b") || rv_is(section, RV_PLAN_NS, "section-e") ||
        rv_is(section, RV_PLAN_NS, "section-f")) return;   /* may be empty */
    xmlNodePtr total = rv_child(section, RV_PLAN_NS, "total");
    if (total) {
        xmlUnlinkNode(total);
        xmlFreeNode(total);
    }
    const char *ph = rv_is(section, RV_PLAN_NS, "section-j") ? "not-requested"
                   : rv_is(section, RV_PLAN_NS, "section-i") ? "placement-to-be-named" : "none";
    xmlNodePtr n = xmlNewDocNode(section->doc, section->ns, BAD_CAST ph,
                                 strcmp(ph, "not-requested") ? BAD_CAST "Removed following the annual review." : NULL);
    /* The placeholder comes first, before any easy-read lines. */
    xmlNodePtr first = rv_first_element(section);
    if (first) xmlAddPrevSibling(first, n);
    else xmlAddChild(section, n);
}

static void recompute_total(xmlNodePtr plan)
{
    xmlNodePtr j = rv_child(plan, RV_PLAN_NS, "section-j");
    xmlNodePtr total = rv_child(j, RV_PLAN_NS, "total");
    if (!total) return;
    long long sum = 0;
    for (xmlNodePtr e = rv_child(j, RV_PLAN_NS, "budget-element"); e; e = rv_next(e)) {
        char buf[32];
        sum += atoll(rv_attr(rv_child(e, RV_PLAN_NS, "annual-amount"), "pence", buf, sizeof buf));
    }
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", sum);
    xmlSetProp(total, BAD_CAST "pence", BAD_CAST buf);
}

/* The copy comes from the review, where the plan vocabulary has a prefix;
 * in the plan it is the default namespace, so point every copied node at
 * the plan root's declaration and drop the copied one. */
static void adopt_ns(xmlNodePtr node, xmlNsPtr ns)
{
    for (xmlNodePtr n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (n->ns && xmlStrEqual(n->ns->href, ns->href)) n->ns = ns;
        adopt_ns(n->children, ns);
        if (n == node) break;
    }
}

static void adopt_children_ns(xmlNodePtr parent, xmlNsPtr ns)
{
    for (xmlNodePtr n = parent->children; n; n = n->next) adopt_ns(n, ns);
}

static xmlNodePtr copy_content(const xmlNode *change, xmlDocPtr into)
{
    xmlNodePtr copy = xmlDocCopyNode(rv_change_content(change), into, 1);
    xmlNsPtr ns = xmlDocGetRootElement(into)->ns;
    if (copy->ns && ns && xmlStrEqual(copy->ns->href, ns->href)) {
        copy->ns = ns;
        adopt_children_ns(copy, ns);
        xmlFreeNsList(copy->nsDef);
        copy->nsDef = NULL;
    }
    return copy;
}

static void apply_one(xmlNodePtr plan, const xmlNode *ch)
{
    char ref[128], section[8];
    if (rv_is(ch, RV_REVIEW_NS, "add")) {
        xmlNodePtr sec = rv_plan_section(plan, rv_attr(ch, "section", section, sizeof section));
        xmlNodePtr item = copy_content(ch, plan->doc);
        insert_item(sec, item);
        xmlReconciliateNs(plan->doc, item);
        return;
    }
    xmlNodePtr target = rv_plan_item(plan, rv_attr(ch, "ref", ref, sizeof ref));
    if (rv_is(ch, RV_REVIEW_NS, "replace")) {
        xmlNodePtr item = copy_content(ch, plan->doc);
        xmlReplaceNode(target, item);
        xmlFreeNode(target);
        xmlReconciliateNs(plan->doc, item);
    } else if (rv_is(ch, RV_REVIEW_NS, "remove")) {
        xmlNodePtr sec = target->parent;
        char element[64];
        snprintf(element, sizeof element, "%s", (const char *)target->name);
        xmlUnlinkNode(target);
        xmlFreeNode(target);
        fill_if_empty(sec, element);
    }
}

/* Only REVIEW-001 and REVIEW-014 stop an apply: the others judge the
 * report, not whether its changes can be made. */
static int blocking_findings(xmlDocPtr review, const char *review_file, xmlDocPtr plan,
                             const char *plan_file, diag_list *diags)
{
    diag_list *all = diag_list_create();
    review_rules_check(review, review_file, plan, plan_file, all);
    int n = 0;
    for (size_t i = 0; i < diag_count(all); i++) {
        const diag *d = diag_get(all, i);
        if (strcmp(d->rule, "REVIEW-001") && strcmp(d->rule, "REVIEW-014")) continue;
        diag_add(diags, d->file, d->line, d->column, d->severity, d->rule, d->xpath, "%s", d->message);
        n++;
    }
    diag_list_destroy(all);
    return n;
}

xmlDocPtr review_apply(xmlDocPtr review, const char *review_file, xmlDocPtr plan,
                       const char *plan_file, diag_list *diags)
{
    if (blocking_findings(review, review_file, plan, plan_file, diags)) return NULL;
    xmlDocPtr out = xmlCopyDoc(plan, 1);
    xmlNodePtr root = xmlDocGetRootElement(out);
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", atol(rv_attr(root, "version", buf, sizeof buf)) + 1);
    xmlSetProp(root, BAD_CAST "version", BAD_CAST buf);
    xmlSetProp(root, BAD_CAST "stage", BAD_CAST "amended");
    xmlNodePtr changes = rv_child(xmlDocGetRootElement(review), RV_REVIEW_NS, "proposed-changes");
    for (xmlNodePtr ch = rv_first_element(changes); ch; ch = rv_next_element(ch))
        apply_one(root, ch);
    recompute_total(root);
    return out;
}
