/* budget.c — Section J, the personal budget (BUDGET-): totals add up to the
 * penny, every element is tied to provision and outcomes, and direct
 * payments keep to their conditions (no school or college places, the
 * head's agreement for support in a school, a review within 3 months). */
#include "rule_checks.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *element_id(const xmlNode *b)
{
    const char *id = plan_attr(b, "id");
    return id ? id : "(no id)";
}

/* Pence as "£1,560.00". */
static void money(unsigned long long pence, char *buf, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%llu", pence / 100);
    size_t n = strlen(digits), w = 0;
    char grouped[48];
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) grouped[w++] = ',';
        grouped[w++] = digits[i];
    }
    grouped[w] = '\0';
    snprintf(buf, size, "\xC2\xA3%s.%02llu", grouped, pence % 100);
}

static unsigned long long pence_of(const xmlNode *n)
{
    const char *v = plan_attr(n, "pence");
    return v ? strtoull(v, NULL, 10) : 0;
}

#define FOR_ELEMENTS(ctx, b) \
    for (const xmlNode *b = plan_child(plan_child((ctx)->root, "section-j"), "budget-element"); \
         b; b = plan_next(b, "budget-element"))

void check_budget_total(rule_context *ctx)
{
    const xmlNode *total = plan_child(plan_child(ctx->root, "section-j"), "total");
    if (!total) return;
    unsigned long long sum = 0;
    FOR_ELEMENTS(ctx, b) sum += pence_of(plan_child(b, "annual-amount"));
    unsigned long long stated = pence_of(total);
    if (sum == stated) return;
    char s[64], t[64], d[64];
    money(stated, t, sizeof t);
    money(sum, s, sizeof s);
    money(sum > stated ? sum - stated : stated - sum, d, sizeof d);
    rule_report(ctx, total, "Section J's total is %s but its elements add up to %s (%s %s); "
                "correct the total or the element amounts", t, s, d,
                sum > stated ? "short" : "over");
}

void check_budget_links(rule_context *ctx)
{
    FOR_ELEMENTS(ctx, b) {
        if (!plan_child(b, "provision-ref"))
            rule_report(ctx, b, "budget element %s does not say which provision it secures; add "
                        "<provision-ref ref=\"...\"/> naming the provision in Section F, G, H1 or "
                        "H2", element_id(b));
        if (!plan_child(b, "outcome-ref"))
            rule_report(ctx, b, "budget element %s does not say which outcomes it supports; add "
                        "<outcome-ref ref=\"...\"/> naming the outcome in Section E",
                        element_id(b));
    }
}

static int is_direct_payment(const xmlNode *b)
{
    const char *a = plan_attr(b, "arrangement");
    return plan_child(b, "direct-payment") || (a && !strcmp(a, "direct-payment"));
}

void check_dp_not_place(rule_context *ctx)
{
    FOR_ELEMENTS(ctx, b) {
        if (!is_direct_payment(b)) continue;
        const xmlNode *desc = plan_child(b, "description");
        char *text = plan_text(desc);
        word_match m;
        if (wordlist_scan(ctx->data->place, text, &m, 1) == 1)
            rule_report(ctx, desc, "direct payment %s appears to pay for a place (\"%.*s\"); a "
                        "direct payment cannot fund a place at a school, college or other "
                        "institution — fund the place through Section I and keep the payment "
                        "for the support itself", element_id(b), (int)m.len, text + m.at);
        free(text);
    }
}

/* 1 when a provision's <setting> names one of the plan's own schools or
 * colleges (Section I or the settings listed under person/services). */
static int delivered_in_setting(const rule_context *ctx, const xmlNode *prov)
{
    char *where = plan_text(plan_child(prov, "setting"));
    int found = 0;
    const xmlNode *i = plan_child(ctx->root, "section-i");
    for (const xmlNode *p = plan_child(i, "placement"); p && !found; p = plan_next(p, "placement")) {
        char *name = plan_text(plan_child(p, "name"));
        found = name[0] && phrase_find(where, name, 0) >= 0;
        free(name);
    }
    const xmlNode *svc = plan_at(ctx->root, "person/services");
    for (const xmlNode *s = plan_child(svc, "setting"); s && !found; s = plan_next(s, "setting")) {
        char *name = plan_text(s);
        found = name[0] && phrase_find(where, name, 0) >= 0;
        free(name);
    }
    free(where);
    return found;
}

void check_dp_school_agreement(rule_context *ctx)
{
    FOR_ELEMENTS(ctx, b) {
        const xmlNode *dp = plan_child(b, "direct-payment");
        if (!dp || plan_child(dp, "school-agreement")) continue;
        for (const xmlNode *r = plan_child(b, "provision-ref"); r; r = plan_next(r, "provision-ref")) {
            const char *ref = plan_attr(r, "ref");
            const xmlNode *prov = plan_find_id(ctx->root, ref);
            if (!prov || !delivered_in_setting(ctx, prov)) continue;
            rule_report(ctx, dp, "direct payment %s pays for provision %s, which is delivered in "
                        "a school or college; record the head teacher's or principal's written "
                        "agreement with <school-agreement by=\"...\" date=\"...\"/>",
                        element_id(b), ref);
            break;
        }
    }
}

void check_health_element_eligibility(rule_context *ctx)
{
    FOR_ELEMENTS(ctx, b) {
        const char *src = plan_attr(b, "source");
        if (!src || strcmp(src, "health") || plan_child(b, "continuing-care-eligible")) continue;
        rule_report(ctx, b, "budget element %s is funded by health, but the plan does not record "
                    "whether the person is eligible for continuing care (which gives the right to "
                    "a personal health budget); add <continuing-care-eligible>true</...> or "
                    "<continuing-care-eligible>false</...>", element_id(b));
    }
}

void check_dp_monitoring(rule_context *ctx)
{
    FOR_ELEMENTS(ctx, b) {
        const xmlNode *dp = plan_child(b, "direct-payment");
        long first = plan_date_attr(dp, "first-payment");
        long review = plan_date_attr(dp, "monitoring-review");
        if (!dp || first == DATE_NONE) continue;
        long limit = date_add_months(first, 3);
        char f[16], r[16], l[16];
        date_format(first, f, sizeof f);
        date_format(limit, l, sizeof l);
        if (review == DATE_NONE) {
            rule_report(ctx, dp, "direct payment %s has no monitoring review; set "
                        "monitoring-review on or before %s (3 months after the first payment on "
                        "%s)", element_id(b), l, f);
        } else if (review > limit || review < first) {
            date_format(review, r, sizeof r);
            rule_report(ctx, dp, "direct payment %s's monitoring review (%s) is not within 3 "
                        "months of the first payment on %s; review how it is used by %s",
                        element_id(b), r, f, l);
        }
    }
}

void check_section_j_says(rule_context *ctx)
{
    const xmlNode *refused = plan_child(plan_child(ctx->root, "section-j"), "refused");
    if (!refused || !plan_text_empty(refused)) return;
    rule_report(ctx, refused, "Section J records that a personal budget was refused but gives no "
                "reasons; the family must be told why in writing, and of their right to ask for "
                "a review — write the reasons in <refused>");
}
