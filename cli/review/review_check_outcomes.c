/* review_check_outcomes.c — the review is of this plan, and reviews each of
 * its outcomes: REVIEW-001 (plan id and version), REVIEW-002 (every outcome
 * reviewed), REVIEW-003 (nothing cited that the plan lacks), REVIEW-012 (a
 * recommendation to cease says which outcomes were met). */
#include "review_internal.h"
#include <string.h>

#define R(name) rv_child(c->review, RV_REVIEW_NS, name)

void rv_check_plan_link(const rv_ctx *c)
{
    if (!c->plan) return;
    xmlNodePtr ref = R("plan-ref");
    char rid[128], rver[32], pid[128], pver[32];
    rv_attr(ref, "id", rid, sizeof rid);
    rv_attr(ref, "version", rver, sizeof rver);
    rv_attr(c->plan, "id", pid, sizeof pid);
    rv_attr(c->plan, "version", pver, sizeof pver);
    if (strcmp(rid, pid) != 0)
        rv_report(c, "REVIEW-001", ref,
                  "this review is of plan '%s' but the plan given is '%s'; "
                  "check the plan-ref id or pass the right plan with --plan", rid, pid);
    else if (strcmp(rver, pver) != 0)
        rv_report(c, "REVIEW-001", ref,
                  "this review is of version %s of plan '%s' but the plan given is version %s; "
                  "review the version currently in force, or pass that version with --plan",
                  rver, rid, pver);
}

static xmlNodePtr review_of_outcome(const rv_ctx *c, const char *id)
{
    for (xmlNodePtr r = rv_child(R("progress"), RV_REVIEW_NS, "outcome-review"); r; r = rv_next(r)) {
        char buf[128];
        if (strcmp(rv_attr(r, "ref", buf, sizeof buf), id) == 0) return r;
    }
    return NULL;
}

static xmlNodePtr plan_outcome(const rv_ctx *c, const char *id)
{
    xmlNodePtr sec = rv_child(c->plan, RV_PLAN_NS, "section-e");
    for (xmlNodePtr o = rv_child(sec, RV_PLAN_NS, "outcome"); o; o = rv_next(o)) {
        char buf[128];
        if (strcmp(rv_attr(o, "id", buf, sizeof buf), id) == 0) return o;
    }
    return NULL;
}

/* REVIEW-002: an outcome left out of the review is progress nobody judged. */
static void check_every_outcome_reviewed(const rv_ctx *c)
{
    xmlNodePtr progress = R("progress");
    xmlNodePtr sec = rv_child(c->plan, RV_PLAN_NS, "section-e");
    for (xmlNodePtr o = rv_child(sec, RV_PLAN_NS, "outcome"); o; o = rv_next(o)) {
        char id[128];
        rv_attr(o, "id", id, sizeof id);
        if (!review_of_outcome(c, id))
            rv_report(c, "REVIEW-002", progress,
                      "outcome %s of the plan has no progress review; add an "
                      "<outcome-review ref=\"%s\"> with a rating and the evidence", id, id);
    }
}

static void check_cited(const rv_ctx *c, xmlNodePtr first, const char *what)
{
    for (xmlNodePtr r = first; r; r = rv_next(r)) {
        char id[128];
        rv_attr(r, "ref", id, sizeof id);
        if (!plan_outcome(c, id))
            rv_report(c, "REVIEW-003", r,
                      "%s cites outcome '%s', which is not in section E of the plan; "
                      "use the id of one of the plan's outcomes (propose a new outcome "
                      "under <proposed-changes> instead)", what, id);
    }
}

static void check_budget_cited(const rv_ctx *c)
{
    xmlNodePtr pb = R("personal-budget-review");
    xmlNodePtr sec = rv_child(c->plan, RV_PLAN_NS, "section-j");
    for (xmlNodePtr r = rv_child(pb, RV_REVIEW_NS, "element-review"); r; r = rv_next(r)) {
        char id[128];
        rv_attr(r, "ref", id, sizeof id);
        int found = 0;
        for (xmlNodePtr e = rv_child(sec, RV_PLAN_NS, "budget-element"); e && !found; e = rv_next(e)) {
            char eid[128];
            found = strcmp(rv_attr(e, "id", eid, sizeof eid), id) == 0;
        }
        if (!found)
            rv_report(c, "REVIEW-003", r,
                      "the budget review cites element '%s', which is not in section J "
                      "of the plan; use the id of one of the plan's budget elements", id);
    }
}

/* REVIEW-012: ceasing a plan is appealable; the family needs to see which
 * outcomes the authority considers met. */
static void check_cease(const rv_ctx *c)
{
    xmlNodePtr rec = R("recommendation");
    char decision[32];
    if (strcmp(rv_attr(rec, "decision", decision, sizeof decision), "cease") != 0) return;
    xmlNodePtr met = rv_child(rec, RV_REVIEW_NS, "outcome-met");
    if (!met) {
        rv_report(c, "REVIEW-012", rec,
                  "the report recommends ceasing the plan but does not say which outcomes "
                  "were met; add an <outcome-met ref=\"...\"/> for each outcome achieved");
        return;
    }
    for (; met; met = rv_next(met)) {
        char id[128], rating[32];
        xmlNodePtr r = review_of_outcome(c, rv_attr(met, "ref", id, sizeof id));
        if (r && strcmp(rv_attr(r, "rating", rating, sizeof rating), "achieved") != 0)
            rv_report(c, "REVIEW-012", met,
                      "outcome %s is listed as met but its progress is rated '%s'; rate it "
                      "'achieved' with the evidence, or take it off the list", id, rating);
    }
}

void rv_check_outcomes(const rv_ctx *c)
{
    check_cease(c);
    if (!c->plan) return;
    check_every_outcome_reviewed(c);
    check_cited(c, rv_child(R("progress"), RV_REVIEW_NS, "outcome-review"), "a progress review");
    check_cited(c, rv_child(R("recommendation"), RV_REVIEW_NS, "outcome-met"), "the recommendation");
    check_budget_cited(c);
}
