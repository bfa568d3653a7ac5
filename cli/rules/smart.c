/* smart.c — outcomes in Section E are SMART (SMART-): measurable (a real
 * measure), time-bound (a target date after the plan's date and not beyond
 * the phase), and about the child rather than the service. */
#include "rule_checks.h"
#include <stdlib.h>
#include <string.h>

#define MAX_MATCHES 16

static const char *outcome_id(const xmlNode *o)
{
    const char *id = plan_attr(o, "id");
    return id ? id : "(no id)";
}

/* Words left in text once the listed empty phrases are taken out: a measure
 * that is nothing but "progress will be monitored" leaves none. */
static size_t words_beyond(const wordlist *list, const char *text, const word_match **first,
                           word_match *buf)
{
    size_t n = wordlist_scan(list, text, buf, MAX_MATCHES);
    size_t words = text_word_count(text);
    for (size_t i = 0; i < n; i++) {
        size_t w = text_word_count(buf[i].entry->phrase);
        words = words > w ? words - w : 0;
    }
    *first = n ? &buf[0] : NULL;
    return words;
}

void check_outcome_measure(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const xmlNode *m = plan_child(o, "measure");
        char *text = plan_text(m);
        word_match buf[MAX_MATCHES];
        const word_match *hit = NULL;
        if (!text[0]) {
            rule_report(ctx, m ? m : o, "outcome %s does not say how progress will be measured; "
                        "add a <measure> naming the evidence and who checks it, how often "
                        "(e.g. \"reading age test each term, by the SENCO\")", outcome_id(o));
        } else if (words_beyond(ctx->data->empty_measure, text, &hit, buf) < 3) {
            if (hit)
                rule_report(ctx, m, "outcome %s's measure \"%s\" does not say how progress is "
                            "measured (\"%.*s\" %s); %s", outcome_id(o), text, (int)hit->len,
                            text + hit->at, hit->entry->why[0] ? hit->entry->why : "is empty wording",
                            hit->entry->fix[0] ? hit->entry->fix
                                               : "name the evidence, who checks it and how often");
            else
                rule_report(ctx, m, "outcome %s's measure \"%s\" is too short to check; name "
                            "the evidence, who checks it and how often", outcome_id(o), text);
        }
        free(text);
    }
}

void check_outcome_target_date(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    char plan_day[16], target_day[16];
    date_format(ctx->facts.plan_date, plan_day, sizeof plan_day);
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const xmlNode *t = plan_child(o, "target-date");
        long target = plan_date_text(t);
        if (target == DATE_NONE) {
            rule_report(ctx, t ? t : o, "outcome %s has no target date; add a <target-date> "
                        "(YYYY-MM-DD) by which it should be achieved, usually the end of a "
                        "phase or key stage", outcome_id(o));
        } else if (target <= ctx->facts.plan_date) {
            date_format(target, target_day, sizeof target_day);
            rule_report(ctx, t, "outcome %s's target date %s is not after the plan's date %s; "
                        "set a date in the future by which it should be achieved",
                        outcome_id(o), target_day, plan_day);
        }
    }
}

void check_outcome_horizon(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    long limit = date_add_months(ctx->facts.plan_date, 48);
    char target_day[16];
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const xmlNode *t = plan_child(o, "target-date");
        long target = plan_date_text(t);
        if (target == DATE_NONE || target <= limit) continue;
        date_format(target, target_day, sizeof target_day);
        long months = (target - ctx->facts.plan_date) * 12 / 365;
        rule_report(ctx, t, "outcome %s's target date %s is about %ld years %ld months away; "
                    "outcomes are usually set for the end of the current phase or key stage "
                    "(within about 4 years) — set a nearer date, with steps towards it",
                    outcome_id(o), target_day, months / 12, months % 12);
    }
}

void check_outcome_not_service(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const xmlNode *st = plan_child(o, "statement");
        char *text = plan_text(st);
        word_match m;
        if (wordlist_scan(ctx->data->service, text, &m, 1) == 1)
            rule_report(ctx, st, "outcome %s says \"%.*s\" — %s; %s", outcome_id(o),
                        (int)m.len, text + m.at,
                        m.entry->why[0] ? m.entry->why
                                        : "that describes a service, not the difference it makes",
                        m.entry->fix[0] ? m.entry->fix
                                        : "say what the child will be able to do, and put the "
                                          "service in Section F");
        free(text);
    }
}

void check_outcome_steps(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    char step_day[16], target_day[16], plan_day[16];
    date_format(ctx->facts.plan_date, plan_day, sizeof plan_day);
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        long target = plan_date_text(plan_child(o, "target-date"));
        date_format(target, target_day, sizeof target_day);
        const xmlNode *steps = plan_child(o, "steps");
        for (const xmlNode *s = plan_child(steps, "step"); s; s = plan_next(s, "step")) {
            long by = plan_date_attr(s, "by");
            if (by == DATE_NONE) continue;
            date_format(by, step_day, sizeof step_day);
            if (target != DATE_NONE && by > target)
                rule_report(ctx, s, "a step of outcome %s is due %s, after the outcome's own "
                            "target date %s; bring the step forward or move the target date",
                            outcome_id(o), step_day, target_day);
            else if (by <= ctx->facts.plan_date)
                rule_report(ctx, s, "a step of outcome %s is due %s, not after the plan's date "
                            "%s; steps are what comes next, so give a future date",
                            outcome_id(o), step_day, plan_day);
        }
    }
}
