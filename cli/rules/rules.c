/* rules.c — the engine around the rule table: user configuration (levels,
 * stage, --for), the word lists, the facts computed once per plan, and the
 * loop that runs each active rule. */
#include "rule_checks.h"
#include "../policy/policy_rules.h"
#include "../review/review_rules.h"
#include "../util/datadir.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const rule_def *rules_table(size_t *count);   /* rules_table.c */

/* A level set by the user: LEVEL_DEFAULT keeps the table's severity. */
enum { LEVEL_DEFAULT = -2, LEVEL_OFF = -1 };

struct rules_config {
    int *levels;            /* one per table row */
    const char *stage;      /* static string or NULL */
    int werror;
    int easy_read;
    long today;             /* 0 = date_today() */
    rule_data *data;        /* loaded once by rules_config_load_data, or NULL */
};

const rule_def *rules_all(size_t *count)
{
    return rules_table(count);
}

/* The engine's table first, then the tables of the parts that judge other
 * documents (annual reviews in cli/review, local policies in cli/policy),
 * as one list without copying any of them. */
typedef const rule_def *(*rule_table_fn)(size_t *count);
static const rule_table_fn rule_tables[] = { rules_table, review_rules, policy_rules };
enum { N_TABLES = sizeof rule_tables / sizeof rule_tables[0] };

size_t rules_count(void)
{
    size_t total = 0, n;
    for (size_t t = 0; t < N_TABLES; t++) {
        rule_tables[t](&n);
        total += n;
    }
    return total;
}

const rule_def *rules_at(size_t i)
{
    size_t n;
    for (size_t t = 0; t < N_TABLES; t++) {
        const rule_def *table = rule_tables[t](&n);
        if (i < n) return &table[i];
        i -= n;
    }
    return NULL;
}

static long rules_index(const char *id)
{
    size_t n = rules_count();
    for (size_t i = 0; id && i < n; i++)
        if (!strcasecmp(rules_at(i)->id, id)) return (long)i;
    return -1;
}

const rule_def *rules_find(const char *id)
{
    long i = rules_index(id);
    return i < 0 ? NULL : rules_at((size_t)i);
}

const char *rules_subject_name(rule_subject subject)
{
    switch (subject) {
    case RULE_ON_REVIEW: return "review";
    case RULE_ON_POLICY: return "policy";
    default: return "plan";
    }
}

rules_config *rules_config_create(void)
{
    size_t n = rules_count();
    rules_config *cfg = xcalloc(1, sizeof *cfg);
    cfg->levels = xmalloc(n * sizeof(int));
    for (size_t i = 0; i < n; i++) cfg->levels[i] = LEVEL_DEFAULT;
    return cfg;
}

void rules_config_destroy(rules_config *cfg)
{
    if (!cfg) return;
    rule_data_free(cfg->data);
    free(cfg->levels);
    free(cfg);
}

static int parse_level(const char *s)
{
    if (!strcmp(s, "off")) return LEVEL_OFF;
    if (!strcmp(s, "note")) return DIAG_NOTE;
    if (!strcmp(s, "warning")) return DIAG_WARNING;
    if (!strcmp(s, "error")) return DIAG_ERROR;
    return LEVEL_DEFAULT;
}

int rules_config_set_level(rules_config *cfg, const char *spec, diag_list *diags)
{
    const char *eq = strchr(spec, '=');
    char id[32];
    size_t len = eq ? (size_t)(eq - spec) : 0;
    if (!eq || len == 0 || len >= sizeof id) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "USAGE", NULL,
                 "'-W %s' is not RULE=LEVEL; write for example -W PROV-003=off "
                 "(levels: off, note, warning, error)", spec);
        return -1;
    }
    memcpy(id, spec, len);
    id[len] = '\0';
    const rule_def *r = rules_find(id);
    if (!r) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "USAGE", NULL,
                 "there is no rule '%s'; 'ehcp rules' lists every rule id", id);
        return -1;
    }
    int level = parse_level(eq + 1);
    if (level == LEVEL_DEFAULT) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "USAGE", NULL,
                 "'%s' is not a level for %s; use off, note, warning or error", eq + 1, r->id);
        return -1;
    }
    cfg->levels[rules_index(r->id)] = level;
    return 0;
}

int rules_config_set_stage(rules_config *cfg, const char *stage)
{
    static const char *const stages[] = { "draft", "final", "amended" };
    if (!stage) {
        cfg->stage = NULL;
        return 0;
    }
    for (size_t i = 0; i < 3; i++)
        if (!strcmp(stage, stages[i])) {
            cfg->stage = stages[i];
            return 0;
        }
    return -1;
}

void rules_config_set_werror(rules_config *cfg, int werror) { cfg->werror = werror != 0; }
int rules_config_werror(const rules_config *cfg) { return cfg->werror; }
void rules_config_set_today(rules_config *cfg, long days) { cfg->today = days; }

int rules_config_set_for(rules_config *cfg, const char *format)
{
    if (format && strcmp(format, "easy-read")) return -1;
    cfg->easy_read = format != NULL;
    return 0;
}

int rules_config_load_data(rules_config *cfg, const char *datadir, diag_list *diags)
{
    rule_data_free(cfg->data);
    cfg->data = rule_data_load(datadir, diags);
    return cfg->data ? 0 : -1;
}

/* ---- word lists ---- */

rule_data *rule_data_load(const char *datadir, diag_list *diags)
{
    static const struct { const char *file; size_t offset; } lists[] = {
        { "schema/vague-phrases.txt", offsetof(rule_data, vague) },
        { "schema/service-words.txt", offsetof(rule_data, service) },
        { "schema/empty-measures.txt", offsetof(rule_data, empty_measure) },
        { "schema/educating-therapies.txt", offsetof(rule_data, educating) },
        { "schema/place-words.txt", offsetof(rule_data, place) },
        { "schema/jargon.txt", offsetof(rule_data, jargon) },
    };
    rule_data *data = xcalloc(1, sizeof *data);
    data->datadir = xstrdup(datadir ? datadir : ".");
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        char *path = datadir_path(datadir, lists[i].file);
        wordlist *wl = wordlist_load(path, diags);
        free(path);
        if (!wl) {
            rule_data_free(data);
            return NULL;
        }
        *(wordlist **)((char *)data + lists[i].offset) = wl;
    }
    return data;
}

void rule_data_free(rule_data *data)
{
    if (!data) return;
    wordlist_free(data->vague);
    wordlist_free(data->service);
    wordlist_free(data->empty_measure);
    wordlist_free(data->educating);
    wordlist_free(data->place);
    wordlist_free(data->jargon);
    free(data->datadir);
    free(data);
}

/* ---- facts and the run ---- */

/* The census writes year groups as E1, E2, N1, N2, R, 1-14 or X; X (not
 * following year groups) and absence fall back to the date of birth. */
static int year_group_value(const char *t)
{
    static const struct { const char *code; int year; } early[] = {
        { "E1", -4 }, { "E2", -3 }, { "N1", -2 }, { "N2", -1 }, { "R", 0 },
    };
    for (size_t i = 0; i < sizeof early / sizeof early[0]; i++)
        if (!strcmp(t, early[i].code)) return early[i].year;
    char *end;
    long v = strtol(t, &end, 10);
    return end != t && *end == '\0' ? (int)v : -99;
}

static void facts_compute(rule_context *ctx, const rules_config *cfg)
{
    plan_facts *f = &ctx->facts;
    const xmlNode *dates = plan_at(ctx->root, "meta/dates");
    f->stage = cfg->stage ? cfg->stage : plan_attr(ctx->root, "stage");
    if (!f->stage) f->stage = "final";
    f->request_received = plan_date_text(plan_child(dates, "request-received"));
    f->draft_issued = plan_date_text(plan_child(dates, "draft-issued"));
    f->comments_due = plan_date_text(plan_child(dates, "comments-due"));
    f->final_issued = plan_date_text(plan_child(dates, "final-issued"));
    f->amended_issued = plan_date_text(plan_child(dates, "amended-issued"));
    f->last_review = plan_date_text(plan_child(dates, "last-review"));
    f->next_review = plan_date_text(plan_child(dates, "next-review"));
    /* The day the plan speaks from: a draft from its issue, an amended plan
     * from its re-issue, a final plan from its issue; else the nearest
     * date given, else today. */
    long order[3] = { f->final_issued, f->amended_issued, f->draft_issued };
    if (!strcmp(f->stage, "draft")) { order[0] = f->draft_issued; order[2] = f->final_issued; }
    if (!strcmp(f->stage, "amended")) { order[0] = f->amended_issued; order[1] = f->final_issued; }
    f->plan_date = ctx->today;
    for (int i = 2; i >= 0; i--)
        if (order[i] != DATE_NONE) f->plan_date = order[i];
    const xmlNode *person = plan_child(ctx->root, "person");
    f->dob = plan_date_text(plan_child(person, "date-of-birth"));
    f->age = f->dob != DATE_NONE && f->dob <= f->plan_date ? date_age_on(f->dob, f->plan_date) : -1;
    char *yg = plan_text(plan_child(person, "year-group"));
    f->nc_year = year_group_value(yg);
    free(yg);
    if (f->nc_year == -99 && f->dob != DATE_NONE) f->nc_year = date_nc_year(f->dob, f->plan_date);
}

static void run_rules(rule_context *ctx, const rules_config *cfg, rule_subject subject)
{
    size_t n;
    const rule_def *t = rules_table(&n);
    for (size_t i = 0; i < n; i++) {
        if (t[i].subject != subject || !t[i].check) continue;
        if ((t[i].flags & RULE_FOR_EASY_READ) && !cfg->easy_read) continue;
        int level = cfg->levels[i];
        if (level == LEVEL_OFF) continue;
        ctx->rule = &t[i];
        ctx->severity = level == LEVEL_DEFAULT ? t[i].severity : (diag_severity)level;
        t[i].check(ctx);
    }
}

static void check_document(xmlDocPtr doc, const char *file, const rules_config *cfg,
                           xmlDocPtr other, const char *other_file, diag_list *diags,
                           rule_subject subject)
{
    rule_data *own = NULL;
    if (!cfg->data) {
        char *dir = datadir_find();
        own = rule_data_load(dir, diags);
        free(dir);
        if (!own) return;
    }
    rule_context ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = doc;
    ctx.root = xmlDocGetRootElement(doc);
    ctx.file = file;
    ctx.data = cfg->data ? cfg->data : own;
    ctx.diags = diags;
    ctx.today = cfg->today ? cfg->today : date_today();
    ctx.other = other;
    ctx.other_file = other_file;
    if (ctx.root) {
        facts_compute(&ctx, cfg);
        run_rules(&ctx, cfg, subject);
    }
    rule_data_free(own);
}

/* The review and local-policy checks (cli/review, cli/policy) report with
 * their tables' default severities; the user's -W choices are applied here,
 * by id, as they copy into diags. */
static void apply_levels(const rules_config *cfg, diag_list *found, diag_list *diags)
{
    for (size_t i = 0; i < diag_count(found); i++) {
        const diag *d = diag_get(found, i);
        long index = rules_index(d->rule);
        int level = index < 0 ? LEVEL_DEFAULT : cfg->levels[index];
        if (level == LEVEL_OFF) continue;
        diag_add(diags, d->file, d->line, d->column,
                 level == LEVEL_DEFAULT ? d->severity : (diag_severity)level, d->rule, d->xpath,
                 "%s", d->message);
    }
}

static void check_policy(xmlDocPtr plan, const char *file, const rules_config *cfg,
                         xmlDocPtr policy, const char *policy_file, diag_list *diags)
{
    diag_list *found = diag_list_create();
    policy_rules_check(plan, file, policy, policy_file, found);
    apply_levels(cfg, found, diags);
    diag_list_destroy(found);
}

void rules_check_plan(xmlDocPtr plan, const char *file, const rules_config *cfg,
                      xmlDocPtr policy, const char *policy_file, diag_list *diags)
{
    check_document(plan, file, cfg, policy, policy_file, diags, RULE_ON_PLAN);
    if (policy) check_policy(plan, file, cfg, policy, policy_file, diags);
}

void rules_check_review(xmlDocPtr review, const char *file, const rules_config *cfg,
                        xmlDocPtr plan, const char *plan_file, diag_list *diags)
{
    check_document(review, file, cfg, plan, plan_file, diags, RULE_ON_REVIEW);
    diag_list *found = diag_list_create();
    review_rules_check(review, file, plan, plan_file, found);
    apply_levels(cfg, found, diags);
    diag_list_destroy(found);
}
