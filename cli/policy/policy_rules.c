/* policy_rules.c — POLICY-... rules: a plan's budget-working block judged
 * against the authority's published policy. Each check reads the models
 * (policy_model.h, plan_budget.h) and the computed allocation, and only
 * adds diagnostics; nothing here prints or changes the documents. */
#include "policy_rules.h"
#include "policy_model.h"
#include "plan_budget.h"
#include "allocation.h"
#include "money_text.h"
#include "../util/xmem.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *file;            /* the plan's file: every POLICY finding is in the plan */
    diag_list *diags;
    const policy *pol;
    const budget_working *bw;
    const allocation *alloc;
} judge;

static void say(judge *j, long line, const char *id, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void say(judge *j, long line, const char *id, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_add(j->diags, j->file, line, 0, policy_rule_severity(id), id, NULL, "%s", msg);
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static long long stream_total(const budget_working *bw)
{
    long long total = 0;
    for (size_t i = 0; i < bw->n_streams; i++) {
        const pb_stream *s = &bw->streams[i];
        long long v = s->has_agreed ? s->agreed : s->indicative;
        if (__builtin_add_overflow(total, v, &total)) return -1;
    }
    return total;
}

static void check_policy_id(judge *j)
{
    const budget_working *bw = j->bw;
    if (!same(bw->policy_id, j->pol->id))
        say(j, bw->line, "POLICY-009",
            "the budget was worked out under policy '%s', but it is being checked against policy '%s' "
            "(%s); work the amounts out again under this policy, or check against the policy named",
            bw->policy_id ? bw->policy_id : "", j->pol->id ? j->pol->id : "",
            j->pol->authority ? j->pol->authority : "");
    else if (bw->policy_version && bw->policy_version != j->pol->version)
        say(j, bw->line, "POLICY-009",
            "the budget was worked out under version %lld of policy '%s', but this is version %lld; "
            "check the amounts against the current version and update 'policy-version'",
            bw->policy_version, j->pol->id, j->pol->version);
}

static const pb_stream *recorded_stream(const budget_working *bw, const char *kind)
{
    for (size_t i = 0; i < bw->n_streams; i++)
        if (same(bw->streams[i].kind, kind)) return &bw->streams[i];
    return NULL;
}

static int already(const char **seen, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (same(seen[i], id)) return 1;
    return 0;
}

static void check_answers(judge *j)
{
    const budget_working *bw = j->bw;
    if (bw->n_answers == 0) {
        char where[200] = "";
        if (bw->questionnaire)
            snprintf(where, sizeof where, " (only questionnaire '%s' is named)", bw->questionnaire);
        say(j, bw->answers_line, "POLICY-012",
            "the allocation answers are not in the plan%s, so the indicative amounts cannot be checked "
            "or shown to the family; copy each answer as <pb:answer question=\"...\" level=\"...\"/>", where);
        return;
    }
    for (size_t i = 0; i < bw->n_answers; i++) {
        const pb_answer *a = &bw->answers[i];
        const policy_question *q = policy_find_question(j->pol, a->question);
        if (!q)
            say(j, a->line, "POLICY-011", "policy '%s' has no question '%s'; use the question ids of the policy's "
                "allocation questions", j->pol->id, a->question ? a->question : "");
        else if (!policy_find_answer(q, a->level))
            say(j, a->line, "POLICY-011", "question %s (%s) has no answer level '%s'; use one of the levels the "
                "policy lists for it", q->id, q->domain, a->level ? a->level : "");
    }
    const char **seen = xcalloc(j->pol->n_questions + 1, sizeof(char *));
    size_t n_seen = 0;
    for (size_t s = 0; s < j->alloc->n_streams; s++) {
        const alloc_stream *as = &j->alloc->streams[s];
        if (!recorded_stream(bw, as->stream->kind)) continue;  /* not part of this budget */
        for (size_t i = 0; i < as->n_lines; i++) {
            const alloc_line *l = &as->lines[i];
            if (l->level || !l->question || already(seen, n_seen, l->question->id)) continue;
            if (n_seen < j->pol->n_questions) seen[n_seen++] = l->question->id;
            say(j, bw->answers_line, "POLICY-011", "question %s (%s) counts towards the %s amount but has no "
                "answer; add <pb:answer question=\"%s\" level=\"...\"/>", l->question->id, l->question->domain,
                as->stream->kind, l->question->id);
        }
    }
    free(seen);
}

static void check_amounts(judge *j)
{
    char rec[32], calc[32], row[160];
    for (size_t i = 0; i < j->bw->n_streams; i++) {
        const pb_stream *s = &j->bw->streams[i];
        const alloc_stream *as = allocation_stream(j->alloc, s->kind);
        if (!as) {
            say(j, s->line, "POLICY-001", "policy '%s' has no %s funding stream, so this indicative amount has "
                "no basis; remove the stream or check the policy", j->pol->id, s->kind);
        } else if (as->status == ALLOC_OK && as->pence != s->indicative) {
            money_format(s->indicative, rec, sizeof rec);
            money_format(as->pence, calc, sizeof calc);
            allocation_row_text(as->stream, as->row, row, sizeof row);
            say(j, s->line, "POLICY-001", "the indicative %s amount recorded is %s, but policy '%s' gives %s for "
                "these answers (%lld points; %s); set indicative-pence=\"%lld\" or correct the answers",
                s->kind, rec, j->pol->id, calc, as->points, row, as->pence);
        }
        if (s->has_agreed && s->agreed != s->indicative && !s->has_reason) {
            money_format(s->indicative, rec, sizeof rec);
            money_format(s->agreed, calc, sizeof calc);
            say(j, s->line, "POLICY-002", "the agreed %s amount (%s) differs from the indicative amount (%s) "
                "without a reason; add <pb:difference-reason> saying why, in words the family can follow",
                s->kind, calc, rec);
        }
    }
}

static void check_signoff(judge *j)
{
    const budget_working *bw = j->bw;
    if (!bw->signoff_role) {
        if (bw->agreed)
            say(j, bw->line, "POLICY-003", "the budget is marked agreed but nobody is recorded as signing it "
                "off; add <pb:sign-off role=\"...\" name=\"...\" date=\"...\"/>");
        return;
    }
    if (!bw->has_cosign)
        say(j, bw->signoff_line, "POLICY-010", "the budget is signed off but not co-signed by the parent or "
            "young person; add <pb:co-signature by=\"parent\" name=\"...\" date=\"...\"/>");
    const policy_signoff *role = policy_find_signoff(j->pol, bw->signoff_role);
    if (!role) {
        say(j, bw->signoff_line, "POLICY-003", "'%s' is not a sign-off role in policy '%s'; use one of the "
            "roles its sign-off levels name", bw->signoff_role, j->pol->id);
        return;
    }
    long long total = stream_total(bw);
    if (role->unlimited || total < 0 || total <= role->up_to_pence) return;
    const policy_signoff *need = NULL;
    for (size_t i = 0; i < j->pol->n_signoffs && !need; i++) {
        const policy_signoff *s = &j->pol->signoffs[i];
        if (s->unlimited || s->up_to_pence >= total) need = s;
    }
    char lim[32], tot[32];
    money_format(role->up_to_pence, lim, sizeof lim);
    money_format(total, tot, sizeof tot);
    say(j, bw->signoff_line, "POLICY-003", "'%s' (%s) may sign off budgets up to %s a year, but this budget "
        "totals %s; it needs sign-off by '%s'", role->role, role->label, lim, tot,
        need ? need->role : "a more senior role");
}

/* The lowest-ranked tier that opens a service, for the message. */
static const policy_tier *first_tier_opening(const policy *pol, const char *kind)
{
    const policy_tier *best = NULL;
    for (size_t i = 0; i < pol->n_tiers; i++)
        if (policy_tier_opens(pol, &pol->tiers[i], kind) && (!best || pol->tiers[i].rank < best->rank))
            best = &pol->tiers[i];
    return best;
}

static int tier_uses(const policy_tier *t, const char *assessment)
{
    for (size_t i = 0; i < t->n_assessments; i++)
        if (same(t->assessments[i], assessment)) return 1;
    return 0;
}

static void check_services(judge *j, const policy_tier *tier)
{
    for (size_t i = 0; i < j->bw->n_services; i++) {
        const pb_service *s = &j->bw->services[i];
        if (policy_tier_opens(j->pol, tier, s->kind)) continue;
        const policy_tier *need = first_tier_opening(j->pol, s->kind);
        if (need)
            say(j, s->line, "POLICY-004", "%s is a service of kind '%s', which the '%s' tier does not open; policy '%s' "
                "opens it from the '%s' tier (%s), so record that assessment or choose a service the tier opens",
                s->ref, s->kind, tier->id, j->pol->id, need->id, need->name);
        else
            say(j, s->line, "POLICY-004", "'%s' is not a short-break service in policy '%s'; use one of the "
                "service kinds the policy lists", s->kind, j->pol->id);
    }
}

static void check_tier(judge *j)
{
    const budget_working *bw = j->bw;
    const pb_stream *care = NULL;
    for (size_t i = 0; i < bw->n_streams; i++)
        if (same(bw->streams[i].kind, "social-care")) care = &bw->streams[i];
    int has_care = bw->n_services > 0 || (care && (care->indicative > 0 || (care->has_agreed && care->agreed > 0)));
    if (!bw->tier) {
        if (has_care)
            say(j, care ? care->line : bw->services[0].line, "POLICY-004", "the plan has social care in its budget "
                "but no short-break eligibility tier; add <pb:eligibility tier=\"...\" assessment=\"...\" "
                "date=\"...\"/> from the social care assessment");
        return;
    }
    const policy_tier *tier = policy_find_tier(j->pol, bw->tier);
    if (!tier) {
        say(j, bw->eligibility_line, "POLICY-004", "'%s' is not a short-break eligibility tier in policy '%s'; "
            "use one of the tier ids the policy lists", bw->tier, j->pol->id);
        return;
    }
    if (!tier_uses(tier, bw->assessment))
        say(j, bw->eligibility_line, "POLICY-004", "the '%s' tier is reached through its own assessment, not "
            "'%s'; record the assessment the policy names for this tier (%s)", tier->id,
            bw->assessment ? bw->assessment : "", tier->n_assessments ? tier->assessments[0] : "");
    check_services(j, tier);
}

static void check_direct_payments(judge *j)
{
    const budget_working *bw = j->bw;
    if (bw->dp_told) return;
    long line = 0;
    const char *what = NULL;
    for (size_t i = 0; i < bw->n_elements && !what; i++)
        if (bw->elements[i].direct_payment) { line = bw->elements[i].line; what = bw->elements[i].id; }
    for (size_t i = 0; i < bw->n_lines && !what; i++)
        if (same(bw->lines[i].holder_kind, "family")) { line = bw->lines[i].line; what = bw->lines[i].element_ref; }
    if (what)
        say(j, line, "POLICY-005", "%s is paid as a direct payment, but the plan does not record that the family "
            "was told about %s; tell them, then add <pb:direct-payment-support-told date=\"...\" by=\"...\"/>",
            what, j->pol->dp_support ? j->pol->dp_support : "the direct payment support service");
}

static void check_agreed_placement(judge *j)
{
    const budget_working *bw = j->bw;
    if (!bw->agreed) return;
    if (same(bw->stage, "draft"))
        say(j, bw->line, "POLICY-006", "the budget is marked agreed, but this is a draft plan; a budget stays "
            "indicative until the final plan is agreed: set status=\"indicative\"");
    else if (!bw->has_placement)
        say(j, bw->line, "POLICY-006", "the budget is marked agreed, but section I does not name a school or "
            "setting; set status=\"indicative\" until the placement is confirmed");
}

static void check_assistants(judge *j)
{
    for (size_t i = 0; i < j->bw->n_assistants; i++) {
        const pb_assistant *pa = &j->bw->assistants[i];
        if (!pa->vetted && !pa->excepted)
            say(j, pa->line, "POLICY-007", "personal assistant %s, paid from %s, has no vetting check recorded; "
                "add <pb:vetting check=\"...\" date=\"...\"/>, or <pb:vetting-exception> with who agreed it and why",
                pa->name, pa->element_ref);
    }
}

static void check_sources(judge *j)
{
    /* names by which base per-pupil money turns up in local finance systems */
    static const char *const base[] = {"base-per-pupil", "element-1", "awpu", "age-weighted-pupil-unit",
                                       "core-funding", "place-funding"};
    for (size_t i = 0; i < j->bw->n_lines; i++)
        for (size_t k = 0; k < sizeof base / sizeof base[0]; k++)
            if (same(j->bw->lines[i].source, base[k]))
                say(j, j->bw->lines[i].line, "POLICY-008", "%s is funded from '%s', the base per-pupil money "
                    "that pays for the school place; it can never be part of a personal budget: fund it from "
                    "the high needs top-up, a school contribution, social care or health",
                    j->bw->lines[i].element_ref, j->bw->lines[i].source);
}

static void check_refs(judge *j)
{
    const budget_working *bw = j->bw;
    for (size_t i = 0; i < bw->n_lines; i++)
        if (!budget_working_element(bw, bw->lines[i].element_ref))
            say(j, bw->lines[i].line, "POLICY-013", "funding line for '%s': section J has no budget element "
                "with that id", bw->lines[i].element_ref);
    for (size_t i = 0; i < bw->n_assistants; i++)
        if (!budget_working_element(bw, bw->assistants[i].element_ref))
            say(j, bw->assistants[i].line, "POLICY-013", "personal assistant %s is paid from '%s', but section J "
                "has no budget element with that id", bw->assistants[i].name, bw->assistants[i].element_ref);
    for (size_t i = 0; i < bw->n_services; i++)
        if (!budget_working_has_id(bw, bw->services[i].ref))
            say(j, bw->services[i].line, "POLICY-013", "social care service '%s' refers to '%s', which is not "
                "a provision or budget element in the plan", bw->services[i].kind, bw->services[i].ref);
}

void policy_rules_check(xmlDocPtr plan, const char *plan_file, xmlDocPtr policy_doc,
                        const char *policy_file, diag_list *diags)
{
    (void)policy_file;  /* findings are in the plan; policy errors come from policy_check_file */
    budget_working *bw = budget_working_from_plan(plan);
    policy *pol = policy_from_doc(policy_doc);
    if (bw && pol) {
        allocation *alloc = allocation_compute(pol, bw);
        judge j = {plan_file, diags, pol, bw, alloc};
        check_policy_id(&j);
        check_answers(&j);
        check_amounts(&j);
        check_signoff(&j);
        check_tier(&j);
        check_direct_payments(&j);
        check_agreed_placement(&j);
        check_assistants(&j);
        check_sources(&j);
        check_refs(&j);
        allocation_free(alloc);
    }
    policy_free(pol);
    budget_working_free(bw);
}
