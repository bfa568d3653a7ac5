/* review_check_content.c — what the report must cover: REVIEW-009 preparing
 * for adulthood from Year 9, REVIEW-011 monitoring of each direct payment,
 * REVIEW-016 the child's or young person's own views. */
#include "review_internal.h"
#include <stdlib.h>
#include <string.h>

#define R(name) rv_child(c->review, RV_REVIEW_NS, name)

/* Year 9 or later, including Years 10-14 and post-19; nursery and
 * reception are earlier. */
static int year_nine_or_later(const char *yg)
{
    if (strcmp(yg, "post-19") == 0) return 1;
    if (yg[0] < '0' || yg[0] > '9') return 0;
    return atoi(yg) >= 9;
}

static void check_pfa(const rv_ctx *c)
{
    char yg[16];
    xmlNodePtr child = R("child");
    if (!year_nine_or_later(rv_attr(child, "year-group", yg, sizeof yg))) return;
    xmlNodePtr pfa = R("preparing-for-adulthood");
    if (!rv_child(pfa, RV_REVIEW_NS, "area"))
        rv_report(c, "REVIEW-009", child,
                  "the child is in Year %s, so the meeting must consider preparing for "
                  "adulthood and independent living; add <preparing-for-adulthood> with what "
                  "was discussed for employment, independent living, community and health", yg);
}

static xmlNodePtr element_review(const rv_ctx *c, const char *id)
{
    xmlNodePtr pb = R("personal-budget-review");
    for (xmlNodePtr r = rv_child(pb, RV_REVIEW_NS, "element-review"); r; r = rv_next(r)) {
        char buf[128];
        if (strcmp(rv_attr(r, "ref", buf, sizeof buf), id) == 0) return r;
    }
    return NULL;
}

static void check_direct_payments(const rv_ctx *c)
{
    xmlNodePtr sec = rv_child(c->plan, RV_PLAN_NS, "section-j");
    for (xmlNodePtr e = rv_child(sec, RV_PLAN_NS, "budget-element"); e; e = rv_next(e)) {
        if (!rv_child(e, RV_PLAN_NS, "direct-payment")) continue;
        char id[128], d[11];
        rv_attr(e, "id", id, sizeof id);
        xmlNodePtr r = element_review(c, id);
        xmlNodePtr mon = rv_child(r, RV_REVIEW_NS, "direct-payment-monitoring");
        if (!mon) {
            xmlNodePtr pb = R("personal-budget-review");
            rv_report(c, "REVIEW-011", r ? r : pb ? pb : c->review,
                      "budget element %s is paid as a direct payment but the review has no "
                      "record of monitoring it; add <direct-payment-monitoring> (date, by whom, "
                      "finding) under <element-review ref=\"%s\">", id, id);
            continue;
        }
        long when = rv_attr_date(mon, "date");
        if (when != RV_NO_DATE && c->meeting != RV_NO_DATE && when > c->meeting)
            rv_report(c, "REVIEW-011", mon,
                      "the direct payment for %s is recorded as monitored after the meeting "
                      "(%s); record the last check made before the meeting", id,
                      rv_format_date(when, d));
    }
}

static void check_own_views(const rv_ctx *c)
{
    for (xmlNodePtr v = R("views"); v; v = rv_next(v)) {
        char voice[32];
        rv_attr(v, "voice", voice, sizeof voice);
        if (strcmp(voice, "child") == 0 || strcmp(voice, "young-person") == 0) return;
    }
    rv_report(c, "REVIEW-016", R("views"),
              "the report has no views of the child or young person; add <views "
              "voice=\"young-person\"> (or \"child\") in their words, however they were gathered");
}

void rv_check_content(const rv_ctx *c)
{
    check_pfa(c);
    check_own_views(c);
    if (c->plan) check_direct_payments(c);
}
