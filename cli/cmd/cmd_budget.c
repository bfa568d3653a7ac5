/* cmd_budget.c — ehcp budget: works out a plan's indicative personal budget
 * from its allocation answers under the authority's published policy and
 * prints the working (each answer and its points, the score, the row or
 * band, the amount per funding stream), then compares it with the amounts
 * the plan records. Options, files and exit codes only: the computation is
 * cli/policy/allocation.c. */
#include "commands.h"
#include "../plan/plan_load.h"
#include "../policy/allocation.h"
#include "../policy/money_text.h"
#include "../policy/policy_io.h"
#include "../policy/policy_model.h"
#include "../policy/policy_pages.h"
#include "../policy/plan_budget.h"
#include "../util/datadir.h"
#include "../util/diag.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_budget_help[] =
    "usage: ehcp budget PLAN.xml --policy POLICY.xml [--format text|json|xml]\n"
    "\n"
    "Works out the indicative personal budget from the allocation answers in the\n"
    "plan's <pb:budget-working> block (section J) under the local authority's\n"
    "policy, prints the working (each answer, its points, the row or band, the\n"
    "amount per funding stream) and compares it with the amounts the plan records.\n"
    "\n"
    "  --policy FILE    the authority's policy (schema/policy.xsd); required\n"
    "  --format FORMAT  text (default), json, or xml (the input of\n"
    "                   templates/policy-pages.xsl: plan, policy and the working)\n"
    "\n"
    "Exit status: 0 the recorded amounts match; 1 they differ, an answer is\n"
    "missing, or the plan or policy is invalid (diagnostics on standard error);\n"
    "2 usage or file errors.\n";

typedef struct {
    const char *plan;
    const char *policy;
    const char *format;  /* text | json | xml */
} budget_options;

static int set_format(budget_options *o, const char *format)
{
    if (strcmp(format, "json") != 0 && strcmp(format, "text") != 0 && strcmp(format, "xml") != 0) {
        fprintf(stderr, "ehcp budget: --format must be text, json or xml, not '%s'\n", format);
        return -1;
    }
    o->format = format;
    return 0;
}

static int parse_options(int argc, char **argv, budget_options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--policy") == 0 && i + 1 < argc) o->policy = argv[++i];
        else if (strncmp(a, "--policy=", 9) == 0) o->policy = a + 9;
        else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (set_format(o, argv[++i])) return -1;
        } else if (strncmp(a, "--format=", 9) == 0) {
            if (set_format(o, a + 9)) return -1;
        }
        else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "ehcp budget: unknown option '%s'\n%s", a, cmd_budget_help);
            return -1;
        } else if (!o->plan) o->plan = a;
        else {
            fprintf(stderr, "ehcp budget: one plan at a time ('%s' is extra)\n", a);
            return -1;
        }
    }
    if (!o->plan || !o->policy) {
        fprintf(stderr, "ehcp budget: give a plan and --policy\n%s", cmd_budget_help);
        return -1;
    }
    return 0;
}

static const pb_stream *recorded(const budget_working *bw, const char *kind)
{
    for (size_t i = 0; i < bw->n_streams; i++)
        if (bw->streams[i].kind && kind && strcmp(bw->streams[i].kind, kind) == 0) return &bw->streams[i];
    return NULL;
}

/* 1 when the plan's recorded amount cannot be confirmed by the policy. */
static int stream_disagrees(const alloc_stream *as, const pb_stream *rec)
{
    /* a stream the plan does not use needs no answers and has nothing to confirm */
    if (as->status == ALLOC_NOT_FORMULA || !rec) return 0;
    if (as->status != ALLOC_OK) return 1;
    return rec->indicative != as->pence;
}

static const char *stream_title(const char *kind)
{
    return strcmp(kind, "education") == 0 ? "Education" : strcmp(kind, "social-care") == 0 ? "Social care" : "Health";
}

static void print_text_stream(FILE *out, const alloc_stream *as, const pb_stream *rec)
{
    char m[32], text[200];
    fprintf(out, "\n%s: %s\n", stream_title(as->stream->kind), as->stream->name ? as->stream->name : "");
    if (!rec && as->status == ALLOC_MISSING_ANSWERS) {
        fputs("  Not part of this plan's budget: no amount recorded and not every question answered\n", out);
        return;
    }
    if (as->status == ALLOC_NOT_FORMULA)
        fprintf(out, "  Not worked out from the answers: %s\n", as->stream->assessed_note ? as->stream->assessed_note : "");
    for (size_t i = 0; i < as->n_lines; i++) {
        const alloc_line *l = &as->lines[i];
        const char *qid = l->question ? l->question->id : as->stream->counts[i];
        const char *dom = l->question ? l->question->domain : "";
        if (l->answer)
            fprintf(out, "  %s %s: %s (%s) = %lld points\n", qid, dom, l->level, l->answer->text, l->answer->points);
        else
            fprintf(out, "  %s %s: %s\n", qid, dom, l->level ? "answer level not in the policy" : "not answered");
    }
    if (as->status == ALLOC_OK) {
        fprintf(out, "  Score: %lld points\n", as->points);
        allocation_row_text(as->stream, as->row, text, sizeof text);
        fprintf(out, "  %s: %s\n", as->stream->method == ALLOC_BANDS ? "Band" : "Row", text);
        allocation_sum_text(as, text, sizeof text);
        if (text[0]) fprintf(out, "  Working: %s\n", text);
        money_format(as->pence, m, sizeof m);
        fprintf(out, "  Indicative amount: %s a year\n", m);
    } else if (as->status != ALLOC_NOT_FORMULA) {
        fprintf(out, "  Cannot work out the amount: %s\n",
                as->status == ALLOC_MISSING_ANSWERS ? "an answer is missing or not in the policy"
                : as->status == ALLOC_NO_ROW ? "no row of the table covers the score" : "the numbers are too large");
    }
    if (!rec) { fputs("  Recorded in the plan: nothing\n", out); return; }
    money_format(rec->indicative, m, sizeof m);
    fprintf(out, "  Recorded in the plan: %s%s\n", m,
            as->status != ALLOC_OK ? "" : stream_disagrees(as, rec) ? " (DIFFERS)" : " (matches)");
    if (rec->has_agreed) {
        money_format(rec->agreed, m, sizeof m);
        fprintf(out, "  Agreed: %s a year\n", m);
    }
}

static int count_disagreements(const budget_working *bw, const allocation *alloc)
{
    int differ = 0;
    for (size_t i = 0; i < alloc->n_streams; i++)
        differ += stream_disagrees(&alloc->streams[i], recorded(bw, alloc->streams[i].stream->kind));
    return differ;
}

static int print_text(FILE *out, const char *plan_file, const policy *pol, const budget_working *bw,
                      const allocation *alloc)
{
    fprintf(out, "Personal budget working for %s\n", plan_file);
    fprintf(out, "Policy: %s version %lld (%s)\n", pol->id, pol->version, pol->authority ? pol->authority : "");
    fprintf(out, "Answers: agreed on %s with %s\n", bw->answers_completed ? bw->answers_completed : "?",
            bw->answers_with ? bw->answers_with : "?");
    int differ = 0;
    long long total = 0;
    for (size_t i = 0; i < alloc->n_streams; i++) {
        const alloc_stream *as = &alloc->streams[i];
        const pb_stream *rec = recorded(bw, as->stream->kind);
        print_text_stream(out, as, rec);
        differ += stream_disagrees(as, rec);
        if (rec) total += rec->has_agreed ? rec->agreed : rec->indicative;
    }
    char m[32];
    money_format(total, m, sizeof m);
    fprintf(out, "\nTotal recorded in the plan: %s a year (%s)\n", m, bw->agreed ? "agreed" : "indicative");
    if (differ) fprintf(out, "Result: %d stream%s cannot be confirmed by policy %s.\n", differ, differ == 1 ? "" : "s", pol->id);
    else fprintf(out, "Result: the recorded amounts match policy %s.\n", pol->id);
    return differ;
}

static void json_kv(FILE *out, const char *key, const char *value, int comma)
{
    json_write_string(out, key);
    fputc(':', out);
    if (value) json_write_string(out, value);
    else fputs("null", out);
    if (comma) fputc(',', out);
}

static void print_json_stream(FILE *out, const alloc_stream *as, const pb_stream *rec)
{
    static const char *const status[] = {"ok", "not-formula", "missing-answers", "no-row", "too-large"};
    fputc('{', out);
    json_kv(out, "kind", as->stream->kind, 1);
    json_kv(out, "name", as->stream->name, 1);
    json_kv(out, "status", status[as->status], 1);
    fputs("\"answers\":[", out);
    for (size_t i = 0; i < as->n_lines; i++) {
        const alloc_line *l = &as->lines[i];
        fputc('{', out);
        json_kv(out, "question", l->question ? l->question->id : as->stream->counts[i], 1);
        json_kv(out, "level", l->level, 1);
        if (l->answer) fprintf(out, "\"points\":%lld", l->answer->points);
        else fputs("\"points\":null", out);
        fputs(i + 1 < as->n_lines ? "}," : "}", out);
    }
    fputs("],", out);
    if (as->status == ALLOC_OK) {
        char row[200];
        allocation_row_text(as->stream, as->row, row, sizeof row);
        fprintf(out, "\"points\":%lld,", as->points);
        json_kv(out, "row", row, 1);
        fprintf(out, "\"indicative_pence\":%lld,", as->pence);
    } else {
        fputs("\"points\":null,\"row\":null,\"indicative_pence\":null,", out);
    }
    if (rec) fprintf(out, "\"recorded_pence\":%lld,", rec->indicative);
    else fputs("\"recorded_pence\":null,", out);
    if (rec && rec->has_agreed) fprintf(out, "\"agreed_pence\":%lld,", rec->agreed);
    else fputs("\"agreed_pence\":null,", out);
    fprintf(out, "\"matches\":%s}", stream_disagrees(as, rec) ? "false" : "true");
}

static int print_json(FILE *out, const char *plan_file, const policy *pol, const budget_working *bw,
                      const allocation *alloc)
{
    int differ = 0;
    fputc('{', out);
    json_kv(out, "plan", plan_file, 1);
    json_kv(out, "policy", pol->id, 1);
    fprintf(out, "\"policy_version\":%lld,", pol->version);
    json_kv(out, "authority", pol->authority, 1);
    json_kv(out, "status", bw->agreed ? "agreed" : "indicative", 1);
    fputs("\"streams\":[", out);
    for (size_t i = 0; i < alloc->n_streams; i++) {
        const pb_stream *rec = recorded(bw, alloc->streams[i].stream->kind);
        differ += stream_disagrees(&alloc->streams[i], rec);
        print_json_stream(out, &alloc->streams[i], rec);
        if (i + 1 < alloc->n_streams) fputc(',', out);
    }
    fprintf(out, "],\"matches\":%s}\n", differ ? "false" : "true");
    return differ;
}

/* Exit status for diagnostics from loading: 2 when a file could not be
 * read at all, 1 when it was read and found invalid. */
static int load_failure(diag_list *diags)
{
    diag_sort(diags);
    diag_print_text(stderr, diags);
    for (size_t i = 0; i < diag_count(diags); i++)
        if (strcmp(diag_get(diags, i)->rule, "IO") == 0) return EXIT_USAGE;
    return EXIT_INVALID;
}

static int run(const budget_options *o, const char *datadir, diag_list *diags)
{
    xmlDocPtr policy_doc = policy_load_file(o->policy, datadir, diags);
    if (!policy_doc) return load_failure(diags);
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr plan = plan_read(o->plan, "plan", EHCP_PLAN_NS, &limits, diags);
    int status = plan ? budget_working_validate(plan, o->plan, datadir, diags) : 1;
    if (status < 0)
        diag_add(diags, o->plan, 0, 0, DIAG_ERROR, "POLICY-012", NULL,
                 "the plan has no <pb:budget-working> block, so there is nothing to work out; "
                 "add one at the end of section J (schema/plan-budget.xsd)");
    if (status != 0) {
        int rc = load_failure(diags);
        if (plan) xmlFreeDoc(plan);
        xmlFreeDoc(policy_doc);
        return rc;
    }
    policy *pol = policy_from_doc(policy_doc);
    budget_working *bw = budget_working_from_plan(plan);
    allocation *alloc = allocation_compute(pol, bw);
    int differ;
    if (strcmp(o->format, "xml") == 0) {
        differ = count_disagreements(bw, alloc);
        xmlDocPtr pages = policy_pages_input(plan, policy_doc);
        if (pages) xmlDocFormatDump(stdout, pages, 1);
        xmlFreeDoc(pages);
    } else if (strcmp(o->format, "json") == 0) {
        differ = print_json(stdout, o->plan, pol, bw, alloc);
    } else {
        differ = print_text(stdout, o->plan, pol, bw, alloc);
    }
    allocation_free(alloc);
    budget_working_free(bw);
    policy_free(pol);
    xmlFreeDoc(plan);
    xmlFreeDoc(policy_doc);
    if (fflush(stdout) != 0) return EXIT_USAGE;
    return differ ? EXIT_INVALID : EXIT_VALID;
}

int cmd_budget(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(cmd_budget_help, stdout);
            return EXIT_VALID;
        }
    budget_options o = {NULL, NULL, "text"};
    if (parse_options(argc, argv, &o) != 0) return EXIT_USAGE;
    char *datadir = datadir_find();
    diag_list *diags = diag_list_create();
    int rc = run(&o, datadir, diags);
    diag_list_destroy(diags);
    free(datadir);
    return rc;
}
