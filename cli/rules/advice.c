/* advice.c — Section K holds the advice the Regulations require (ADVICE-):
 * educational, medical, psychological and social care advice for every
 * plan, and from Year 9 advice on preparing for adulthood. */
#include "rule_checks.h"
#include <string.h>

static int has_advice(const rule_context *ctx, const char *kind)
{
    const xmlNode *k = plan_child(ctx->root, "section-k");
    for (const xmlNode *a = plan_child(k, "advice"); a; a = plan_next(a, "advice")) {
        const char *v = plan_attr(a, "kind");
        if (v && !strcmp(v, kind)) return 1;
    }
    return 0;
}

void check_advice_required(rule_context *ctx)
{
    static const struct { const char *kind, *what; } required[] = {
        { "educational", "educational advice (from the head teacher, SENCO or early years setting)" },
        { "medical", "medical advice (from a doctor or other health care professional)" },
        { "psychological", "psychological advice (from an educational psychologist)" },
        { "social-care", "social care advice (from the local authority's social care team)" },
    };
    const xmlNode *k = plan_child(ctx->root, "section-k");
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        if (has_advice(ctx, required[i].kind)) continue;
        rule_report(ctx, k, "Section K has no %s; the assessment must seek it, so list it with "
                    "<advice kind=\"%s\" .../> (if none was needed because earlier advice was "
                    "sufficient, list that advice)", required[i].what, required[i].kind);
    }
}

void check_advice_pfa(rule_context *ctx)
{
    if (ctx->facts.nc_year < 9 || has_advice(ctx, "preparing-for-adulthood")) return;
    rule_report(ctx, plan_child(ctx->root, "section-k"), "the young person is in Year %d but "
                "Section K has no advice on preparing for adulthood and independent living; "
                "seek it and list it with <advice kind=\"preparing-for-adulthood\" .../>",
                ctx->facts.nc_year);
}
