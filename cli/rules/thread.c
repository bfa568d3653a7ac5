/* thread.c — the golden thread (THREAD-): every need leads to an outcome,
 * every outcome to provision, no provision hangs loose, and every special
 * educational need in B is met by provision in F. Links are the <need-ref>
 * and <outcome-ref> elements; the schema has already checked that each ref
 * names an element that exists. */
#include "rule_checks.h"
#include <string.h>

static const char *const need_sections[3] = { "section-b", "section-c", "section-d" };

/* 1 when some provision in one of the provision sections (or only in
 * Section F when f_only) has a ref_name element pointing at id. */
static int provision_refers(const rule_context *ctx, const char *ref_name, const char *id,
                            int f_only)
{
    for (size_t s = 0; s < 4; s++) {
        if (f_only && s > 0) break;
        const xmlNode *sec = plan_child(ctx->root, provision_sections[s]);
        for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision"))
            if (plan_refers_to(p, ref_name, id)) return 1;
    }
    return 0;
}

void check_need_has_outcome(rule_context *ctx)
{
    const xmlNode *outcomes = plan_child(ctx->root, "section-e");
    for (size_t s = 0; s < 3; s++) {
        const xmlNode *sec = plan_child(ctx->root, need_sections[s]);
        for (const xmlNode *n = plan_child(sec, "need"); n; n = plan_next(n, "need")) {
            const char *id = plan_attr(n, "id");
            if (!id || plan_refers_to(outcomes, "need-ref", id)) continue;
            rule_report(ctx, n, "need %s in %s has no outcome; add an outcome to Section E with "
                        "<need-ref ref=\"%s\"/> that says what difference meeting this need "
                        "will make", id, section_title(need_sections[s]), id);
        }
    }
}

void check_outcome_has_provision(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const char *id = plan_attr(o, "id");
        if (!id || provision_refers(ctx, "outcome-ref", id, 0)) continue;
        rule_report(ctx, o, "outcome %s has no provision working towards it; add "
                    "<outcome-ref ref=\"%s\"/> to the provision in Section F, G, H1 or H2 "
                    "that will achieve it", id, id);
    }
}

void check_provision_has_outcome(rule_context *ctx)
{
    for (size_t s = 0; s < 4; s++) {
        const xmlNode *sec = plan_child(ctx->root, provision_sections[s]);
        for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
            if (plan_child(p, "outcome-ref")) continue;
            const char *id = plan_attr(p, "id");
            rule_report(ctx, p, "provision %s in %s is not linked to any outcome; add "
                        "<outcome-ref ref=\"...\"/> naming the outcome in Section E it works "
                        "towards, or remove it", id ? id : "(no id)",
                        section_title(provision_sections[s]));
        }
    }
}

/* A need is met in F either directly (a provision's need-ref) or through an
 * outcome for that need which F provision works towards. */
static int need_met_in_f(const rule_context *ctx, const char *need_id)
{
    if (provision_refers(ctx, "need-ref", need_id, 1)) return 1;
    const xmlNode *sec = plan_child(ctx->root, "section-e");
    for (const xmlNode *o = plan_child(sec, "outcome"); o; o = plan_next(o, "outcome")) {
        const char *oid = plan_attr(o, "id");
        if (oid && plan_refers_to(o, "need-ref", need_id) &&
            provision_refers(ctx, "outcome-ref", oid, 1))
            return 1;
    }
    return 0;
}

void check_sen_need_has_sep(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-b");
    for (const xmlNode *n = plan_child(sec, "need"); n; n = plan_next(n, "need")) {
        const char *id = plan_attr(n, "id");
        if (!id || need_met_in_f(ctx, id)) continue;
        const char *area = plan_attr(n, "area");
        rule_report(ctx, n, "need %s%s%s%s in Section B has no special educational provision "
                    "in Section F; specify the provision that meets it and link it with "
                    "<need-ref ref=\"%s\"/>", id, area ? " (" : "", area ? area : "",
                    area ? ")" : "", id);
    }
}

void check_need_related_to_sen(rule_context *ctx)
{
    for (size_t s = 1; s < 3; s++) {
        const xmlNode *sec = plan_child(ctx->root, need_sections[s]);
        for (const xmlNode *n = plan_child(sec, "need"); n; n = plan_next(n, "need")) {
            const char *rel = plan_attr(n, "related-to-sen");
            if (rel && (!strcmp(rel, "true") || !strcmp(rel, "1"))) continue;
            const char *id = plan_attr(n, "id");
            rule_report(ctx, n, "%s need %s is not recorded as related to the special "
                        "educational needs or disability; only related needs belong in %s "
                        "(set related-to-sen=\"true\" if it is, or remove it)",
                        s == 1 ? "health" : "social care", id ? id : "(no id)",
                        section_title(need_sections[s]));
        }
    }
}
