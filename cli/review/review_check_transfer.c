/* review_check_transfer.c — REVIEW-010: in the 12 months before a transfer
 * between phases, the plan must be reviewed and amended before 15 February
 * of the calendar year of transfer, or before 31 March for secondary school
 * to post-16 (reg 18(1)). After the meeting the authority has up to four
 * weeks to decide (reg 19) and must then allow at least 15 days for comment
 * on the proposed amendments (reg 22(2)(c)); a meeting later than the
 * deadline less those 43 days leaves the authority unable to meet it
 * without cutting one of those periods short. */
#include "review_internal.h"
#include <stdlib.h>
#include <string.h>

#define R(name) rv_child(c->review, RV_REVIEW_NS, name)
#define DECISION_DAYS 28
#define COMMENT_DAYS 15

typedef struct {
    long date;      /* transfer date, days */
    int post16;     /* secondary school to post-16 institution */
    int inferred;   /* from the year group, not a <phase-transfer> element */
} transfer;

/* Year 6 and Year 11 end in a transfer on 1 September after the academic
 * year (September to August) in which the meeting falls. */
static int infer_transfer(const rv_ctx *c, transfer *t)
{
    char yg[16];
    rv_attr(R("child"), "year-group", yg, sizeof yg);
    int six = strcmp(yg, "6") == 0, eleven = strcmp(yg, "11") == 0;
    if (!six && !eleven) return 0;
    int y, m, d;
    rv_civil(c->meeting, &y, &m, &d);
    t->date = rv_days(m >= 9 ? y + 1 : y, 9, 1);
    t->post16 = eleven;
    t->inferred = 1;
    return 1;
}

static int find_transfer(const rv_ctx *c, transfer *t)
{
    xmlNodePtr pt = R("phase-transfer");
    if (!pt) return infer_transfer(c, t);
    char to[32];
    t->date = rv_attr_date(pt, "date");
    t->post16 = strcmp(rv_attr(pt, "to", to, sizeof to), "post-16") == 0;
    t->inferred = 0;
    return t->date != RV_NO_DATE;
}

void rv_check_transfer(const rv_ctx *c)
{
    transfer t;
    if (c->meeting == RV_NO_DATE || !find_transfer(c, &t)) return;
    /* Only a transfer within the next 12 months makes this the transfer review. */
    if (t.date <= c->meeting || t.date > rv_add_months(c->meeting, 12)) return;
    int ty, tm, td;
    rv_civil(t.date, &ty, &tm, &td);
    long deadline = t.post16 ? rv_days(ty, 3, 31) : rv_days(ty, 2, 15);
    long latest = deadline - 1 - DECISION_DAYS - COMMENT_DAYS;
    if (c->meeting <= latest) return;
    char dl[11], lt[11];
    xmlNodePtr at = t.inferred ? R("meeting") : R("phase-transfer");
    rv_report(c, "REVIEW-010", at,
              "this is the review before a transfer to %s%s; the amended plan must be issued "
              "before %s, which leaves room for the four-week decision and 15 days for comment "
              "only if the meeting is held by %s; hold the review earlier and tell the local "
              "authority now", t.post16 ? "a post-16 institution" : "the next phase of education",
              t.inferred ? " (assumed from the year group)" : "",
              rv_format_date(deadline, dl), rv_format_date(latest, lt));
}
