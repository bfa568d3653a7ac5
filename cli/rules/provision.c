/* provision.c — provision is specified and quantified (PROV-): how often,
 * how long, who delivers it, in words a tribunal could enforce; health
 * provision states its hours; therapy that educates sits in Section F. */
#include "rule_checks.h"
#include <stdlib.h>
#include <string.h>

#define MAX_MATCHES 16

static const char *prov_id(const xmlNode *p)
{
    const char *id = plan_attr(p, "id");
    return id ? id : "(no id)";
}

/* 1 when a provision says how often (frequency/@times and @per). */
static int has_frequency(const xmlNode *p)
{
    const xmlNode *f = plan_child(p, "frequency");
    return f && plan_attr(f, "times") && plan_attr(f, "per");
}

static int has_duration(const xmlNode *p)
{
    const xmlNode *d = plan_child(p, "duration");
    return d && plan_attr(d, "minutes");
}

void check_provision_quantified(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-f");
    for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
        if (!has_frequency(p))
            rule_report(ctx, p, "provision %s does not say how often it happens; add "
                        "<frequency times=\"3\" per=\"week\"/> (per day, week, half-term, term "
                        "or year)", prov_id(p));
        if (!has_duration(p))
            rule_report(ctx, p, "provision %s does not say how long each session lasts; add "
                        "<duration minutes=\"30\"/>", prov_id(p));
    }
}

void check_provision_provider(rule_context *ctx)
{
    for (size_t s = 0; s < 4; s++) {
        const xmlNode *sec = plan_child(ctx->root, provision_sections[s]);
        for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
            const xmlNode *who = plan_child(p, "who");
            const char *role = plan_attr(who, "role");
            if (role && role[strspn(role, " \t\r\n")]) continue;
            rule_report(ctx, who ? who : p, "provision %s in %s does not say who delivers it; "
                        "add <who role=\"...\" expertise=\"...\"/> with the role and the "
                        "training or qualification needed (e.g. \"teaching assistant trained in "
                        "Precision Teaching\")", prov_id(p), section_title(provision_sections[s]));
        }
    }
}

/* Vague phrases in one text node, each reported once per provision (seen
 * holds the entries already reported). */
static void vague_in_text(rule_context *ctx, const xmlNode *prov, const xmlNode *text,
                          const word_entry **seen, size_t *nseen)
{
    const char *s = (const char *)text->content;
    word_match m[MAX_MATCHES];
    size_t n = wordlist_scan(ctx->data->vague, s, m, MAX_MATCHES);
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < *nseen; j++) dup |= seen[j] == m[i].entry;
        if (dup || *nseen >= 64) continue;
        seen[(*nseen)++] = m[i].entry;
        /* The text may start on its element's line and run over several. */
        long lines = 0, col = 0;
        for (size_t k = 0; k < m[i].at; k++) {
            if (s[k] == '\n') { lines++; col = 0; }
            else if (((unsigned char)s[k] & 0xC0) != 0x80) col++;
        }
        rule_report_at(ctx, text->parent, lines, lines ? col + 1 : 0,
                       "provision %s says \"%.*s\" — %s; %s", prov_id(prov), (int)m[i].len,
                       s + m[i].at, m[i].entry->why[0] ? m[i].entry->why : "vague wording",
                       m[i].entry->fix[0] ? m[i].entry->fix : "say exactly what will be done");
    }
}

static void vague_walk(rule_context *ctx, const xmlNode *prov, const xmlNode *node,
                       const word_entry **seen, size_t *nseen)
{
    for (const xmlNode *n = node->children; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content) vague_in_text(ctx, prov, n, seen, nseen);
        else if (n->type == XML_ELEMENT_NODE) vague_walk(ctx, prov, n, seen, nseen);
    }
}

void check_provision_vague(rule_context *ctx)
{
    for (size_t s = 0; s < 4; s++) {
        const xmlNode *sec = plan_child(ctx->root, provision_sections[s]);
        for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
            const word_entry *seen[64];
            size_t nseen = 0;
            vague_walk(ctx, p, p, seen, &nseen);
        }
    }
}

void check_health_hours(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-g");
    for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
        if (has_frequency(p) && has_duration(p)) continue;
        rule_report(ctx, p, "health provision %s does not state its hours; add how often "
                    "(<frequency times=\"1\" per=\"week\"/>) and for how long "
                    "(<duration minutes=\"45\"/>)", prov_id(p));
    }
}

void check_educating_therapy(rule_context *ctx)
{
    const xmlNode *sec = plan_child(ctx->root, "section-g");
    for (const xmlNode *p = plan_child(sec, "provision"); p; p = plan_next(p, "provision")) {
        const xmlNode *what = plan_child(p, "what");
        char *text = plan_text(what);
        word_match m;
        if (wordlist_scan(ctx->data->educating, text, &m, 1) == 1)
            rule_report(ctx, what ? what : p, "provision %s in Section G includes \"%.*s\", which "
                        "educates or trains, so the law treats it as special educational "
                        "provision; move it to Section F, where the local authority must secure it",
                        prov_id(p), (int)m.len, text + m.at);
        free(text);
    }
}
