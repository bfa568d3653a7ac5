/* stage.c — what the stage of a plan requires (STAGE-): a draft names no
 * setting, a final one does; the statutory timescales (20 weeks from the
 * request, 15 days for comments) and the review within 12 months. */
#include "rule_checks.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_draft(const rule_context *ctx)
{
    return !strcmp(ctx->facts.stage, "draft");
}

void check_draft_names_no_school(rule_context *ctx)
{
    if (!is_draft(ctx)) return;
    const xmlNode *sec = plan_child(ctx->root, "section-i");
    for (const xmlNode *p = plan_child(sec, "placement"); p; p = plan_next(p, "placement")) {
        char *name = plan_text(plan_child(p, "name"));
        rule_report(ctx, p, "this draft plan names \"%s\" in Section I; a draft must not name a "
                    "school or other institution, or its type — replace it with "
                    "<placement-to-be-named/> until the family has commented", name);
        free(name);
    }
    const xmlNode *tbn = plan_child(sec, "placement-to-be-named");
    if (tbn && (plan_attr(tbn, "kind") || plan_attr(tbn, "type")))
        rule_report(ctx, tbn, "this draft plan specifies the type of setting in Section I "
                    "(kind or type); a draft must not specify a type of school or institution "
                    "either — remove the kind and type attributes");
}

void check_final_names_school(rule_context *ctx)
{
    if (is_draft(ctx)) return;
    const xmlNode *sec = plan_child(ctx->root, "section-i");
    if (plan_child(sec, "placement")) return;
    rule_report(ctx, sec, "this %s plan does not name a school or other institution in Section I; "
                "name the setting and its type with <placement>, or issue the plan as a draft",
                ctx->facts.stage);
}

void check_twenty_weeks(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    /* Only the first final plan runs against the 20-week clock; an amended
     * plan's own clock is the review's. */
    if (is_draft(ctx) || f->request_received == DATE_NONE || f->final_issued == DATE_NONE)
        return;
    long days = f->final_issued - f->request_received;
    if (days <= 20 * 7) return;
    char req[16], fin[16], limit[16], extra[24] = "";
    date_format(f->request_received, req, sizeof req);
    date_format(f->final_issued, fin, sizeof fin);
    date_format(f->request_received + 20 * 7, limit, sizeof limit);
    if (days % 7)
        snprintf(extra, sizeof extra, " and %ld day%s", days % 7, days % 7 == 1 ? "" : "s");
    rule_report(ctx, plan_at(ctx->root, "meta/dates/final-issued"), "the final plan was issued "
                "%s, %ld weeks%s after the request of %s; the limit is 20 weeks (%s at the "
                "latest) — record which exception applied, if one did, and explain the delay "
                "to the family", fin, days / 7, extra, req, limit);
}

void check_comment_period(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    if (f->draft_issued == DATE_NONE) return;
    const xmlNode *due = plan_at(ctx->root, "meta/dates/comments-due");
    if (f->comments_due == DATE_NONE) {
        if (is_draft(ctx))
            rule_report(ctx, plan_at(ctx->root, "meta/dates/draft-issued"), "the draft does not "
                        "say when comments are due; add <comments-due> at least 15 days after "
                        "the draft is sent");
        return;
    }
    /* 15 days beginning with the day the draft is sent: the last day can
     * be 14 days after it, not earlier. */
    long days = f->comments_due - f->draft_issued + 1;
    if (days >= 15) return;
    char d[16];
    date_format(f->draft_issued + 14, d, sizeof d);
    rule_report(ctx, due, "the draft allows %ld day%s for comments (counting the day it was "
                "sent); the family must have at least 15 — set <comments-due> to %s or later",
                days, days == 1 ? "" : "s", d);
}

void check_final_after_comments(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    if (is_draft(ctx) || f->comments_due == DATE_NONE || f->final_issued == DATE_NONE) return;
    if (f->final_issued > f->comments_due) return;
    char fin[16], due[16];
    date_format(f->final_issued, fin, sizeof fin);
    date_format(f->comments_due, due, sizeof due);
    rule_report(ctx, plan_at(ctx->root, "meta/dates/final-issued"), "the final plan was issued "
                "%s, before the family's comment period ended on %s; consider their comments "
                "first and issue the final plan after that day", fin, due);
}

/* Reviews run from the plan's date or the last review, whichever is later. */
static long review_base(const plan_facts *f)
{
    return f->last_review != DATE_NONE && f->last_review > f->plan_date ? f->last_review
                                                                        : f->plan_date;
}

void check_review_within_year(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    if (is_draft(ctx)) return;
    const xmlNode *node = plan_at(ctx->root, "meta/dates/next-review");
    long base = review_base(f), limit = date_add_months(base, 12);
    char b[16], l[16], n[16];
    date_format(base, b, sizeof b);
    date_format(limit, l, sizeof l);
    if (f->next_review == DATE_NONE) {
        rule_report(ctx, plan_at(ctx->root, "meta/dates"), "the plan has no next review date; "
                    "add <next-review> on or before %s (within 12 months of %s)", l, b);
    } else if (f->next_review > limit) {
        date_format(f->next_review, n, sizeof n);
        rule_report(ctx, node, "the next review (%s) is more than 12 months after %s; the plan "
                    "must be reviewed by %s", n, b, l);
    }
}

void check_review_under_five(rule_context *ctx)
{
    const plan_facts *f = &ctx->facts;
    if (is_draft(ctx) || f->age < 0 || f->age >= 5 || f->next_review == DATE_NONE) return;
    long base = review_base(f), limit = date_add_months(base, 6);
    if (f->next_review <= limit) return;
    char n[16], l[16];
    date_format(f->next_review, n, sizeof n);
    date_format(limit, l, sizeof l);
    rule_report(ctx, plan_at(ctx->root, "meta/dates/next-review"), "the child is %d; for "
                "children under 5 the Code advises a review every 3 to 6 months, but the next "
                "review is %s — consider a review by %s", f->age, n, l);
}

void check_final_signed(rule_context *ctx)
{
    if (is_draft(ctx) || plan_child(ctx->root, "signature")) return;
    rule_report(ctx, ctx->root, "this %s plan is not signed; add <signature> with the name and "
                "role of the officer responsible for the plan and the date it was issued",
                ctx->facts.stage);
}
