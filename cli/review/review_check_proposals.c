/* review_check_proposals.c — the proposed amendments: REVIEW-013 (amend
 * goes with proposals, and only amend does), REVIEW-014 (each change fits
 * the plan: a removal or replacement names an existing item, an addition a
 * new id, and the content is the kind of item its section holds). These are
 * the conditions `ehcp review apply` relies on. */
#include "review_internal.h"
#include <string.h>

#define R(name) rv_child(c->review, RV_REVIEW_NS, name)

static void check_decision(const rv_ctx *c)
{
    xmlNodePtr rec = R("recommendation");
    xmlNodePtr changes = R("proposed-changes");
    int has = rv_first_element(changes) != NULL;
    char decision[32];
    rv_attr(rec, "decision", decision, sizeof decision);
    int amend = strcmp(decision, "amend") == 0;
    if (amend && !has)
        rv_report(c, "REVIEW-013", rec,
                  "the report recommends amending the plan but proposes no changes; add "
                  "<proposed-changes> saying what to add, replace or remove");
    else if (!amend && has)
        rv_report(c, "REVIEW-013", changes,
                  "the report proposes changes but recommends '%s'; recommend 'amend', or "
                  "move the suggestions into the reasons", decision);
}

/* A second change to the same id would make the result depend on order. */
static int seen_before(const xmlNode *change, const char *id)
{
    for (xmlNodePtr p = change->prev; p; p = p->prev) {
        if (p->type != XML_ELEMENT_NODE) continue;
        char ref[128], cid[128];
        rv_attr(p, "ref", ref, sizeof ref);
        rv_attr(rv_change_content(p), "id", cid, sizeof cid);
        if (strcmp(ref, id) == 0 || strcmp(cid, id) == 0) return 1;
    }
    return 0;
}

static void check_add(const rv_ctx *c, xmlNodePtr ch)
{
    char section[8], id[128];
    rv_attr(ch, "section", section, sizeof section);
    const char *kind = rv_section_item(section);
    xmlNodePtr content = rv_change_content(ch);
    rv_attr(content, "id", id, sizeof id);
    if (!content || !kind || strcmp((const char *)content->name, kind) != 0)
        rv_report(c, "REVIEW-014", ch,
                  "an addition to section %s must hold one <%s> in the plan's vocabulary "
                  "(namespace urn:ehcp:plan:1)", section, kind ? kind : "?");
    else if (!id[0])
        rv_report(c, "REVIEW-014", content, "the new <%s> needs an id", kind);
    else if (rv_plan_item(c->plan, id) || seen_before(ch, id))
        rv_report(c, "REVIEW-014", content,
                  "the plan already has an item with id '%s'; give the new <%s> an unused "
                  "id, or use <replace ref=\"%s\"> to change the existing one", id, kind, id);
}

static void check_existing(const rv_ctx *c, xmlNodePtr ch, int replace)
{
    char ref[128], id[128];
    rv_attr(ch, "ref", ref, sizeof ref);
    xmlNodePtr target = rv_plan_item(c->plan, ref);
    if (!target) {
        rv_report(c, "REVIEW-014", ch,
                  "the plan has no need, outcome, provision, placement or budget element "
                  "with id '%s'; use an id from the plan", ref);
        return;
    }
    if (seen_before(ch, ref)) {
        rv_report(c, "REVIEW-014", ch,
                  "'%s' is changed twice; make one change per item", ref);
        return;
    }
    if (!replace) return;
    xmlNodePtr content = rv_change_content(ch);
    if (!content || strcmp((const char *)content->name, (const char *)target->name) != 0)
        rv_report(c, "REVIEW-014", ch,
                  "'%s' is a <%s> in the plan, so its replacement must be a <%s>",
                  ref, (const char *)target->name, (const char *)target->name);
    else if (strcmp(rv_attr(content, "id", id, sizeof id), ref) != 0)
        rv_report(c, "REVIEW-014", content,
                  "the replacement for '%s' has id '%s'; keep the same id so references "
                  "to it still hold", ref, id);
}

void rv_check_proposals(const rv_ctx *c)
{
    check_decision(c);
    if (!c->plan) return;
    for (xmlNodePtr ch = rv_first_element(R("proposed-changes")); ch; ch = rv_next_element(ch)) {
        if (rv_is(ch, RV_REVIEW_NS, "add")) check_add(c, ch);
        else if (rv_is(ch, RV_REVIEW_NS, "replace")) check_existing(c, ch, 1);
        else if (rv_is(ch, RV_REVIEW_NS, "remove")) check_existing(c, ch, 0);
    }
}
