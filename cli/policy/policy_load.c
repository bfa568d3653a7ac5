/* policy_load.c — policy document → policy model (policy_model.h). Only
 * reads; judging the policy's own consistency is policy_check.c's job. */
#include "policy_model.h"
#include "policy_xml.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

#define NS EHCP_POLICY_NS

static size_t count_children(const xmlNode *parent, const char *name)
{
    size_t n = 0;
    for (const xmlNode *c = px_child(parent, NS, name); c; c = px_next(c, NS, name)) n++;
    return n;
}

static long long attr_ll(const xmlNode *n, const char *name, long long fallback)
{
    long long v = fallback;
    px_attr_ll(n, name, &v);
    return v;
}

/* Collects one attribute of every child named name into an array. */
static char **collect_attr(const xmlNode *parent, const char *name, const char *attr, size_t *count)
{
    *count = count_children(parent, name);
    char **out = xcalloc(*count ? *count : 1, sizeof(char *));
    size_t i = 0;
    for (const xmlNode *c = px_child(parent, NS, name); c; c = px_next(c, NS, name)) {
        char *v = px_attr(c, attr);
        out[i++] = v ? v : xstrdup("");
    }
    return out;
}

static void read_question(policy_question *q, const xmlNode *n)
{
    q->id = px_attr(n, "id");
    q->domain = px_attr(n, "domain");
    q->ask = px_child_text(n, NS, "ask");
    q->line = (long)xmlGetLineNo((xmlNode *)n);
    q->n_answers = count_children(n, "answer");
    q->answers = xcalloc(q->n_answers ? q->n_answers : 1, sizeof(policy_answer));
    size_t i = 0;
    for (const xmlNode *a = px_child(n, NS, "answer"); a; a = px_next(a, NS, "answer"), i++) {
        q->answers[i].level = px_attr(a, "level");
        q->answers[i].points = attr_ll(a, "points", 0);
        q->answers[i].text = px_text(a);
        q->answers[i].line = (long)xmlGetLineNo((xmlNode *)a);
    }
}

static void read_rows(policy_stream *s, const xmlNode *table, const char *row_name)
{
    s->n_rows = count_children(table, row_name);
    s->rows = xcalloc(s->n_rows ? s->n_rows : 1, sizeof(alloc_row));
    size_t i = 0;
    for (const xmlNode *r = px_child(table, NS, row_name); r; r = px_next(r, NS, row_name), i++) {
        alloc_row *row = &s->rows[i];
        row->from = attr_ll(r, "from", 0);
        row->open_ended = !px_attr_ll(r, "to", &row->to);
        row->pence_per_point = attr_ll(r, "pence-per-point", 0);
        row->base_pence = attr_ll(r, "base-pence", 0);
        row->pence = attr_ll(r, "pence", 0);
        row->name = px_attr(r, "name");
        row->line = (long)xmlGetLineNo((xmlNode *)r);
    }
}

static void read_stream(policy_stream *s, const xmlNode *n)
{
    s->kind = px_attr(n, "kind");
    s->name = px_child_text(n, NS, "name");
    s->line = (long)xmlGetLineNo((xmlNode *)n);
    s->counts = collect_attr(n, "counts", "question", &s->n_counts);
    const xmlNode *t;
    if ((t = px_child(n, NS, "points-table"))) {
        s->method = ALLOC_POINTS_TABLE;
        read_rows(s, t, "row");
    } else if ((t = px_child(n, NS, "bands"))) {
        s->method = ALLOC_BANDS;
        read_rows(s, t, "band");
    } else {
        s->method = ALLOC_ASSESSED;
        s->assessed_note = px_child_text(n, NS, "assessed-separately");
        s->rows = xcalloc(1, sizeof(alloc_row));
    }
}

static void read_allocation(policy *pol, const xmlNode *alloc)
{
    pol->n_questions = count_children(alloc, "question");
    pol->questions = xcalloc(pol->n_questions ? pol->n_questions : 1, sizeof(policy_question));
    size_t i = 0;
    for (const xmlNode *q = px_child(alloc, NS, "question"); q; q = px_next(q, NS, "question"))
        read_question(&pol->questions[i++], q);
    pol->n_streams = count_children(alloc, "stream");
    pol->streams = xcalloc(pol->n_streams ? pol->n_streams : 1, sizeof(policy_stream));
    i = 0;
    for (const xmlNode *s = px_child(alloc, NS, "stream"); s; s = px_next(s, NS, "stream"))
        read_stream(&pol->streams[i++], s);
}

static void read_tiers(policy *pol, const xmlNode *sb)
{
    char *cumulative = px_attr(sb, "cumulative");
    pol->tiers_cumulative = cumulative && (strcmp(cumulative, "true") == 0 || strcmp(cumulative, "1") == 0);
    free(cumulative);
    pol->n_tiers = count_children(sb, "tier");
    pol->tiers = xcalloc(pol->n_tiers ? pol->n_tiers : 1, sizeof(policy_tier));
    size_t i = 0;
    for (const xmlNode *t = px_child(sb, NS, "tier"); t; t = px_next(t, NS, "tier"), i++) {
        policy_tier *tier = &pol->tiers[i];
        tier->id = px_attr(t, "id");
        tier->rank = attr_ll(t, "rank", 0);
        tier->name = px_child_text(t, NS, "name");
        tier->line = (long)xmlGetLineNo((xmlNode *)t);
        tier->assessments = collect_attr(t, "assessment", "id", &tier->n_assessments);
        tier->opens = collect_attr(t, "opens", "service", &tier->n_opens);
    }
}

static void read_signoffs(policy *pol, const xmlNode *so)
{
    pol->n_signoffs = count_children(so, "level");
    pol->signoffs = xcalloc(pol->n_signoffs ? pol->n_signoffs : 1, sizeof(policy_signoff));
    size_t i = 0;
    for (const xmlNode *l = px_child(so, NS, "level"); l; l = px_next(l, NS, "level"), i++) {
        policy_signoff *s = &pol->signoffs[i];
        s->role = px_attr(l, "role");
        s->label = px_text(l);
        s->unlimited = !px_attr_ll(l, "up-to-pence", &s->up_to_pence);
        s->line = (long)xmlGetLineNo((xmlNode *)l);
    }
}

static void read_routes(policy *pol, const xmlNode *routes)
{
    pol->n_routes = count_children(routes, "route");
    pol->routes = xcalloc(pol->n_routes ? pol->n_routes : 1, sizeof(policy_route));
    size_t i = 0;
    for (const xmlNode *r = px_child(routes, NS, "route"); r; r = px_next(r, NS, "route"), i++) {
        policy_route *route = &pol->routes[i];
        route->id = px_attr(r, "id");
        route->area = px_attr(r, "area");
        route->kind = px_attr(r, "kind");
        route->name = px_child_text(r, NS, "name");
        route->line = (long)xmlGetLineNo((xmlNode *)r);
        const xmlNode *tl = px_child(r, NS, "time-limit");
        if (tl) {
            route->has_limit = 1;
            route->count = attr_ll(tl, "count", 0);
            route->unit = px_attr(tl, "unit");
            route->from = px_attr(tl, "from");
            route->binds = px_attr(tl, "binds");
        }
    }
}

policy *policy_from_doc(xmlDocPtr doc)
{
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!px_is(root, NS, "policy")) return NULL;
    policy *pol = xcalloc(1, sizeof(policy));
    pol->id = px_attr(root, "id");
    pol->version = attr_ll(root, "version", 0);
    pol->authority = px_child_text(px_child(root, NS, "authority"), NS, "name");
    pol->dp_support = px_child_text(px_child(root, NS, "direct-payment-support"), NS, "name");
    read_allocation(pol, px_child(root, NS, "allocation"));
    read_tiers(pol, px_child(root, NS, "short-breaks"));
    read_signoffs(pol, px_child(root, NS, "sign-off"));
    read_routes(pol, px_child(root, NS, "routes"));
    return pol;
}

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

static void free_stream(policy_stream *s)
{
    free(s->kind);
    free(s->name);
    free_strings(s->counts, s->n_counts);
    for (size_t j = 0; j < s->n_rows; j++) free(s->rows[j].name);
    free(s->rows);
    free(s->assessed_note);
}

void policy_free(policy *pol)
{
    if (!pol) return;
    for (size_t i = 0; i < pol->n_questions; i++) {
        policy_question *q = &pol->questions[i];
        for (size_t j = 0; j < q->n_answers; j++) {
            free(q->answers[j].level);
            free(q->answers[j].text);
        }
        free(q->answers);
        free(q->id);
        free(q->domain);
        free(q->ask);
    }
    free(pol->questions);
    for (size_t i = 0; i < pol->n_streams; i++) free_stream(&pol->streams[i]);
    free(pol->streams);
    for (size_t i = 0; i < pol->n_tiers; i++) {
        free(pol->tiers[i].id);
        free(pol->tiers[i].name);
        free_strings(pol->tiers[i].assessments, pol->tiers[i].n_assessments);
        free_strings(pol->tiers[i].opens, pol->tiers[i].n_opens);
    }
    free(pol->tiers);
    for (size_t i = 0; i < pol->n_signoffs; i++) {
        free(pol->signoffs[i].role);
        free(pol->signoffs[i].label);
    }
    free(pol->signoffs);
    for (size_t i = 0; i < pol->n_routes; i++) {
        policy_route *r = &pol->routes[i];
        free(r->id); free(r->area); free(r->kind); free(r->name);
        free(r->unit); free(r->from); free(r->binds);
    }
    free(pol->routes);
    free(pol->id);
    free(pol->authority);
    free(pol->dp_support);
    free(pol);
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

const policy_question *policy_find_question(const policy *pol, const char *id)
{
    for (size_t i = 0; i < pol->n_questions; i++)
        if (same(pol->questions[i].id, id)) return &pol->questions[i];
    return NULL;
}

const policy_answer *policy_find_answer(const policy_question *q, const char *level)
{
    for (size_t i = 0; q && i < q->n_answers; i++)
        if (same(q->answers[i].level, level)) return &q->answers[i];
    return NULL;
}

const policy_stream *policy_find_stream(const policy *pol, const char *kind)
{
    for (size_t i = 0; i < pol->n_streams; i++)
        if (same(pol->streams[i].kind, kind)) return &pol->streams[i];
    return NULL;
}

const policy_tier *policy_find_tier(const policy *pol, const char *id)
{
    for (size_t i = 0; i < pol->n_tiers; i++)
        if (same(pol->tiers[i].id, id)) return &pol->tiers[i];
    return NULL;
}

const policy_signoff *policy_find_signoff(const policy *pol, const char *role)
{
    for (size_t i = 0; i < pol->n_signoffs; i++)
        if (same(pol->signoffs[i].role, role)) return &pol->signoffs[i];
    return NULL;
}

static int tier_lists(const policy_tier *t, const char *service)
{
    for (size_t i = 0; i < t->n_opens; i++)
        if (same(t->opens[i], service)) return 1;
    return 0;
}

int policy_tier_opens(const policy *pol, const policy_tier *tier, const char *service)
{
    if (tier_lists(tier, service)) return 1;
    if (!pol->tiers_cumulative) return 0;
    for (size_t i = 0; i < pol->n_tiers; i++)
        if (pol->tiers[i].rank < tier->rank && tier_lists(&pol->tiers[i], service)) return 1;
    return 0;
}
