/* age.c — what the child's or young person's age requires (AGE-): the 0-25
 * range, preparing for adulthood from Year 9, their own views from 16, adult
 * routes from 18, the reasons to continue from 19, and consent to direct
 * payments made to a parent once they are 18. Age is taken on the plan's
 * own date, so results do not change with the day the tool is run. */
#include "rule_checks.h"
#include <stdlib.h>
#include <string.h>

static int is_true(const char *v)
{
    return v && (!strcmp(v, "true") || !strcmp(v, "1"));
}

void check_age_range(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    const xmlNode *dob = plan_at(ctx->root, "person/date-of-birth");
    if (f->dob == DATE_NONE) return;
    char plan_day[16], end[16];
    date_format(f->plan_date, plan_day, sizeof plan_day);
    if (f->dob > f->plan_date) {
        rule_report(ctx, dob, "the date of birth is after the plan's date %s; check both dates",
                    plan_day);
        return;
    }
    /* A plan can run to the end of the school year (31 August) in which the
     * young person turns 25. */
    long birthday25 = date_birthday(f->dob, 25);
    int y, m, d;
    date_to_ymd(birthday25, &y, &m, &d);
    long last = date_from_ymd(m >= 9 ? y + 1 : y, 8, 31);
    if (f->plan_date <= last) return;
    date_format(last, end, sizeof end);
    rule_report(ctx, dob, "the young person is %d on the plan's date %s; an EHC plan can last "
                "only until the end of the school year in which they turn 25 (%s) — cease the "
                "plan and record why in <cessation>", f->age, plan_day, end);
}

/* 1 when a provision works towards adulthood: tagged pfa itself, or linked
 * to an outcome that is. */
static int provision_is_pfa(const rule_context *ctx, const xmlNode *p)
{
    if (plan_attr(p, "pfa")) return 1;
    for (const xmlNode *r = plan_child(p, "outcome-ref"); r; r = plan_next(r, "outcome-ref")) {
        const xmlNode *o = plan_find_id(plan_child(ctx->root, "section-e"), plan_attr(r, "ref"));
        if (o && plan_attr(o, "pfa")) return 1;
    }
    return 0;
}

void check_pfa_from_year9(rule_context *ctx)
{
    if (ctx->facts.nc_year < 9) return;
    const xmlNode *e = plan_child(ctx->root, "section-e");
    int outcome = 0, provision = 0;
    for (const xmlNode *o = plan_child(e, "outcome"); o; o = plan_next(o, "outcome"))
        outcome |= plan_attr(o, "pfa") != NULL;
    for (size_t s = 0; s < 4; s++) {
        const xmlNode *sec = plan_child(ctx->root, provision_sections[s]);
        for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision"))
            provision |= provision_is_pfa(ctx, p);
    }
    if (!outcome)
        rule_report(ctx, e, "the young person is in Year %d but no outcome prepares for "
                    "adulthood; add at least one outcome with pfa=\"employment\", "
                    "\"independent-living\", \"community\" or \"health\"", ctx->facts.nc_year);
    if (!provision)
        rule_report(ctx, plan_child(ctx->root, "section-f"), "the young person is in Year %d but "
                    "no provision in Sections F to H2 helps prepare for adulthood; add provision "
                    "towards a preparing-for-adulthood outcome (link it with <outcome-ref>)",
                    ctx->facts.nc_year);
}

void check_own_views_at_16(rule_context *ctx)
{
    if (ctx->facts.age < 16) return;
    const xmlNode *a = plan_child(ctx->root, "section-a");
    for (const xmlNode *v = plan_child(a, "views"); v; v = plan_next(v, "views")) {
        const char *voice = plan_attr(v, "voice");
        if (voice && !strcmp(voice, "young-person") && !plan_text_empty(v)) return;
    }
    rule_report(ctx, a, "the young person is %d, but Section A has no views in their own words; "
                "add <views voice=\"young-person\"> saying how and by whom they were gathered",
                ctx->facts.age);
}

void check_adult_routes(rule_context *ctx)
{
    if (ctx->facts.age < 18) return;
    const xmlNode *h1 = plan_child(ctx->root, "section-h1");
    const xmlNode *p = plan_child(h1, "provision");
    if (p)
        rule_report(ctx, p, "the young person is %d; section 2 of the Chronically Sick and "
                    "Disabled Persons Act 1970 (Section H1) covers under-18s, so from 18 social "
                    "care follows the Care Act 2014 — move this provision to Section H2 under the "
                    "young person's care and support plan", ctx->facts.age);
    const xmlNode *j = plan_child(ctx->root, "section-j");
    for (const xmlNode *b = plan_child(j, "budget-element"); b; b = plan_next(b, "budget-element")) {
        const char *src = plan_attr(b, "source");
        if (!src || strcmp(src, "health")) continue;
        rule_report(ctx, b, "the young person is %d; a health element funded as children's "
                    "continuing care moves to adult NHS Continuing Healthcare from 18 — check "
                    "the adult eligibility decision and who now funds element %s",
                    ctx->facts.age, plan_attr(b, "id") ? plan_attr(b, "id") : "");
    }
}

void check_continuation_at_19(rule_context *ctx)
{
    static const struct { const char *attr, *what; } reasons[] = {
        { "outcomes-not-met", "the education or training outcomes are not yet achieved" },
        { "young-person-wishes", "the young person wants to stay in education or training" },
        { "sep-still-needed", "special educational provision is still needed" },
        { "will-help-progress", "staying will help the young person progress towards the outcomes" },
    };
    if (ctx->facts.age < 19) return;
    const xmlNode *c = plan_at(ctx->root, "meta/continuation");
    if (!c) {
        rule_report(ctx, plan_child(ctx->root, "meta"), "the young person is %d; record why the "
                    "plan continues with <continuation> (outcomes not yet met, the young person "
                    "wishes to continue, special educational provision still needed, and "
                    "continuing will help progress)", ctx->facts.age);
        return;
    }
    for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
        if (!is_true(plan_attr(c, reasons[i].attr)))
            rule_report(ctx, c, "the young person is %d and the plan continues, but it does not "
                        "record that %s (%s=\"true\"); if that is so, say so, otherwise consider "
                        "ceasing the plan", ctx->facts.age, reasons[i].what, reasons[i].attr);
}

void check_dp_consent_at_18(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    if (f->dob == DATE_NONE) return;
    long eighteen = date_birthday(f->dob, 18);
    long until = f->next_review != DATE_NONE && f->next_review > f->plan_date ? f->next_review
                                                                               : f->plan_date;
    if (eighteen > until) return;       /* the payments under this plan end before then */
    char day[16];
    date_format(eighteen, day, sizeof day);
    const xmlNode *j = plan_child(ctx->root, "section-j");
    for (const xmlNode *b = plan_child(j, "budget-element"); b; b = plan_next(b, "budget-element")) {
        const xmlNode *dp = plan_child(b, "direct-payment");
        const char *to = plan_attr(dp, "recipient");
        if (!to || strcmp(to, "parent") || plan_child(dp, "young-person-consent")) continue;
        rule_report(ctx, dp, "direct payment %s goes to a parent and continues past the young "
                    "person's 18th birthday (%s); record the young person's written consent with "
                    "<young-person-consent date=\"...\"/>, or pay it to the young person",
                    plan_attr(b, "id") ? plan_attr(b, "id") : "", day);
    }
}
