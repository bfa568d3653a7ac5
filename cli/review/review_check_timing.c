/* review_check_timing.c — the time limits around the review meeting:
 * REVIEW-004 report within two weeks after, REVIEW-005 notice and REVIEW-006
 * advice at least two weeks before, REVIEW-007 who must be invited,
 * REVIEW-008 meeting within 12 months of issue or last review, REVIEW-015
 * next review within 12 months. Two weeks is 14 calendar days: the
 * regulations count weeks, not school days. */
#include "review_internal.h"
#include <string.h>

#define R(name) rv_child(c->review, RV_REVIEW_NS, name)
#define TWO_WEEKS 14

static void check_report_date(const rv_ctx *c)
{
    xmlNodePtr report = R("report");
    long date = rv_attr_date(report, "date");
    if (date == RV_NO_DATE || c->meeting == RV_NO_DATE) return;
    char m[11], due[11];
    if (date < c->meeting)
        rv_report(c, "REVIEW-004", report,
                  "the report is dated before the meeting (%s); date it on or after the meeting",
                  rv_format_date(c->meeting, m));
    else if (date > c->meeting + TWO_WEEKS)
        rv_report(c, "REVIEW-004", report,
                  "the report is dated %ld days after the meeting; it must be sent within "
                  "two weeks, by %s", date - c->meeting,
                  rv_format_date(c->meeting + TWO_WEEKS, due));
}

static void check_notice(const rv_ctx *c)
{
    if (c->meeting == RV_NO_DATE) return;
    char latest[11], name[256];
    rv_format_date(c->meeting - TWO_WEEKS, latest);
    for (xmlNodePtr i = rv_child(R("invitations"), RV_REVIEW_NS, "invitee"); i; i = rv_next(i)) {
        long given = rv_attr_date(i, "notice-given");
        if (given == RV_NO_DATE || given <= c->meeting - TWO_WEEKS) continue;
        xmlChar *who = xmlNodeGetContent(rv_child(i, RV_REVIEW_NS, "name"));
        snprintf(name, sizeof name, "%s", who ? (const char *)who : "an invitee");
        xmlFree(who);
        rv_report(c, "REVIEW-005", i,
                  "%s was given %ld days' notice of the meeting; everyone invited needs at "
                  "least two weeks' notice (by %s), so move the meeting or record the date "
                  "notice was actually given", name, c->meeting - given, latest);
    }
}

static void check_advice(const rv_ctx *c)
{
    if (c->meeting == RV_NO_DATE) return;
    char latest[11], author[256];
    rv_format_date(c->meeting - TWO_WEEKS, latest);
    for (xmlNodePtr a = rv_child(R("advice"), RV_REVIEW_NS, "item"); a; a = rv_next(a)) {
        long circ = rv_attr_date(a, "circulated");
        if (circ == RV_NO_DATE || circ <= c->meeting - TWO_WEEKS) continue;
        rv_report(c, "REVIEW-006", a,
                  "advice from %s was circulated %ld days before the meeting; advice must "
                  "reach everyone invited at least two weeks before (by %s)",
                  rv_attr(a, "author", author, sizeof author), c->meeting - circ, latest);
    }
}

static int invited(const rv_ctx *c, const char *role_a, const char *role_b)
{
    for (xmlNodePtr i = rv_child(R("invitations"), RV_REVIEW_NS, "invitee"); i; i = rv_next(i)) {
        char role[64];
        rv_attr(i, "role", role, sizeof role);
        if (strcmp(role, role_a) == 0 || (role_b && strcmp(role, role_b) == 0)) return 1;
    }
    return 0;
}

static void check_invitees(const rv_ctx *c)
{
    static const struct { const char *a, *b, *who; int school_only; } needed[] = {
        { "parent", "young-person", "the child's parent or the young person", 0 },
        { "head-teacher", "senco", "the head teacher or principal (or the SENCO for them)", 1 },
        { "la-send-officer", NULL, "an SEN officer of the local authority", 0 },
        { "health", NULL, "a health care professional named by the commissioning body", 0 },
        { "social-care", NULL, "a social care officer of the local authority", 0 },
    };
    /* Without a school or college (reg 21) there is no head teacher to invite. */
    int at_school = R("setting") != NULL;
    for (size_t k = 0; k < sizeof needed / sizeof needed[0]; k++) {
        if (needed[k].school_only && !at_school) continue;
        if (!invited(c, needed[k].a, needed[k].b))
            rv_report(c, "REVIEW-007", R("invitations"),
                      "%s must be invited to the review meeting; add an <invitee role=\"%s\"> "
                      "with the date notice was given", needed[k].who, needed[k].a);
    }
}

/* The 12-month period starts on the plan's issue date, or on the date of the
 * previous review; the meeting must fall inside it (s.44(1)). */
static void check_interval(const rv_ctx *c)
{
    if (c->meeting == RV_NO_DATE) return;
    xmlNodePtr prev = R("previous-review");
    long start = rv_attr_date(prev, "date");
    const char *from = "the previous review";
    if (start == RV_NO_DATE) {
        from = "the date the plan was issued";
        start = rv_attr_date(R("plan-ref"), "issued");
        if (start == RV_NO_DATE && c->plan) {
            xmlNodePtr dates = rv_child(rv_child(c->plan, RV_PLAN_NS, "meta"), RV_PLAN_NS, "dates");
            start = rv_text_date(rv_child(dates, RV_PLAN_NS, "final-issued"));
        }
    }
    if (start == RV_NO_DATE) return;
    long end = rv_add_months(start, 12);
    char s[11], e[11];
    if (c->meeting >= end)
        rv_report(c, "REVIEW-008", R("meeting"),
                  "the meeting is more than 12 months after %s (%s); the review was due "
                  "before %s, so tell the local authority it is late", from,
                  rv_format_date(start, s), rv_format_date(end, e));
}

static void check_next_review(const rv_ctx *c)
{
    xmlNodePtr next = R("next-review");
    long date = rv_attr_date(next, "date");
    if (date == RV_NO_DATE || c->meeting == RV_NO_DATE) return;
    long limit = rv_add_months(c->meeting, 12);
    char l[11];
    if (date <= c->meeting || date >= limit)
        rv_report(c, "REVIEW-015", next,
                  "the next review must be after this meeting and before %s (12 months); "
                  "set a date in that period", rv_format_date(limit, l));
}

void rv_check_timing(const rv_ctx *c)
{
    check_report_date(c);
    check_notice(c);
    check_advice(c);
    check_invitees(c);
    check_interval(c);
    check_next_review(c);
}
