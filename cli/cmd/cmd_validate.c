/* cmd_validate.c — ehcp validate: checks plans (and annual review reports)
 * against the schema and then the rule engine, for many files in one run,
 * and prints what it found as gcc-style lines or JSON. Keeps going past bad
 * files; the summary goes to standard error so the findings can be piped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "batch.h"
#include "commands.h"
#include "../plan/plan_load.h"
#include "../policy/policy_io.h"
#include "../rules/rules.h"
#include "../util/datadir.h"
#include "../util/xmem.h"
#include "../util/xml_safe.h"

#define EHCP_REVIEW_NS "urn:ehcp:review:1"

const char cmd_validate_help[] =
    "usage: ehcp validate [options] FILE.xml...\n"
    "\n"
    "Checks each EHC plan (or annual review report) first against the schema\n"
    "(schema/ehcp.xsd, schema/review.xsd), then, if the structure is right,\n"
    "against the rules in schema/RULES.md: the golden thread from need to outcome\n"
    "to provision, SMART outcomes, specific and quantified provision, identifiers,\n"
    "advice, statutory time limits, age, the personal budget and length.\n"
    "\n"
    "Each finding is one line:\n"
    "  FILE:LINE:COLUMN: error|warning|note[RULE-ID]: what is wrong, and what to do\n"
    "'ehcp rules' lists every rule with its reference in law or guidance.\n"
    "\n"
    "options:\n"
    "  --stage draft|final|amended   judge the plan as this stage (default: its own\n"
    "                                stage attribute)\n"
    "  --diagnostics text|json       text (default) or one JSON array of objects\n"
    "                                {file, line, column, severity, rule, message, xpath}\n"
    "  --werror                      warnings make a file invalid too\n"
    "  -W RULE=LEVEL                 set a rule to off, note, warning or error\n"
    "                                (repeatable), e.g. -W PROV-003=off\n"
    "  --disable RULE                the same as -W RULE=off\n"
    "  --for easy-read               also run the easy-read rules (EASY-...): easy-read\n"
    "                                lines, alt text, short sentences and words, jargon,\n"
    "                                passive voice, and a readability note per section\n"
    "  --plan PLAN.xml               for review reports: the plan the review is about;\n"
    "                                adds the REVIEW-... rules (outcomes, dates, budget)\n"
    "  --policy POLICY.xml           the local authority's personal budget policy\n"
    "                                (schema/policy.xsd): the policy is checked first\n"
    "                                (POLDEF-... rules; errors exit 1), then each plan's\n"
    "                                section J budget-working against it (POLICY-...);\n"
    "                                a plan without budget-working gets no POLICY findings\n"
    "  --quiet                       print errors only, and no summary\n"
    "  -j N                          check N files at a time (default: the number of\n"
    "                                cores); a folder argument checks its *.xml files\n"
    "  --help                        this text\n"
    "\n"
    "Dates are judged from the plan's own dates (its issue date), not today's, so\n"
    "the result does not change with the day it is run.\n"
    "\n"
    "exit status: 0 every file valid; 1 some file invalid (errors, or warnings\n"
    "with --werror); 2 usage error, or a file that cannot be read\n";

typedef struct {
    rules_config *cfg;
    int json, quiet, jobs;
    const char *plan_path, *policy_path;
    char **files;
    size_t nfiles;
} validate_options;

/* The run's shared state: schemas and extra documents loaded once. */
typedef struct {
    char *datadir;
    xml_limits limits;
    xsd_schema *plan_schema, *review_schema;
    int review_schema_tried;
    xmlDocPtr plan_doc, policy_doc;
    const validate_options *o;
} validate_run;

static int usage_error(const char *fmt, const char *arg)
{
    fputs("ehcp validate: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nrun 'ehcp validate --help' for the options\n", stderr);
    return EXIT_USAGE;
}

/* Prints usage diagnostics (from rules_config_*) and returns EXIT_USAGE. */
static int usage_diags(diag_list *d)
{
    for (size_t i = 0; i < diag_count(d); i++)
        fprintf(stderr, "ehcp validate: %s\n", diag_get(d, i)->message);
    return EXIT_USAGE;
}

/* "--name=value" or "--name value"; returns the value or NULL. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n)) return NULL;
    if (argv[*i][n] == '=') return argv[*i] + n + 1;
    if (argv[*i][n] != '\0') return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

static int parse_level_option(validate_options *o, const char *spec, int disable)
{
    diag_list *d = diag_list_create();
    char *full = disable ? xasprintf("%s=off", spec) : xstrdup(spec);
    int rc = rules_config_set_level(o->cfg, full, d);
    free(full);
    if (rc) rc = usage_diags(d);
    diag_list_destroy(d);
    return rc;
}

/* Applies one option at argv[*i]; returns 0, or EXIT_USAGE after a message,
 * or -1 for --help. */
static int parse_option(validate_options *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i], *v;
    int missing = 0;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) return -1;
    if (!strcmp(a, "--werror")) { rules_config_set_werror(o->cfg, 1); return 0; }
    if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) { o->quiet = 1; return 0; }
    if ((v = option_value(argc, argv, i, "--stage", &missing)))
        return rules_config_set_stage(o->cfg, v) ? usage_error("unknown stage '%s' (use draft, final or amended)", v) : 0;
    if ((v = option_value(argc, argv, i, "--diagnostics", &missing))) {
        if (strcmp(v, "json") && strcmp(v, "text"))
            return usage_error("unknown diagnostics format '%s' (use text or json)", v);
        o->json = !strcmp(v, "json");
        return 0;
    }
    if ((v = option_value(argc, argv, i, "--for", &missing)))
        return rules_config_set_for(o->cfg, v) ? usage_error("unknown format '%s' for --for (use easy-read)", v) : 0;
    if ((v = option_value(argc, argv, i, "--disable", &missing))) return parse_level_option(o, v, 1);
    if ((v = option_value(argc, argv, i, "--plan", &missing))) { o->plan_path = v; return 0; }
    if (!strncmp(a, "-j", 2)) {
        const char *n = a[2] ? a + 2 : *i + 1 < argc ? argv[++*i] : "";
        char *end = NULL;
        long jobs = strtol(n, &end, 10);
        if (!*n || *end || jobs < 1 || jobs > 256) return usage_error("-j '%s': use 1 to 256 workers", n);
        o->jobs = (int)jobs;
        return 0;
    }
    if ((v = option_value(argc, argv, i, "--policy", &missing))) { o->policy_path = v; return 0; }
    if (!strncmp(a, "-W", 2)) {
        if (a[2]) return parse_level_option(o, a + 2, 0);
        if (*i + 1 >= argc) return usage_error("%s needs RULE=LEVEL", a);
        return parse_level_option(o, argv[++*i], 0);
    }
    if (missing) return usage_error("%s needs a value", a);
    return usage_error("unknown option '%s'", a);
}

static int parse_args(validate_options *o, int argc, char **argv)
{
    o->files = xcalloc((size_t)argc, sizeof(char *));
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        if (!only_files && !strcmp(argv[i], "--")) { only_files = 1; continue; }
        if (only_files || argv[i][0] != '-' || !strcmp(argv[i], "-")) {
            o->files[o->nfiles++] = argv[i];
            continue;
        }
        int rc = parse_option(o, argc, argv, &i);
        if (rc) return rc;
    }
    if (!o->nfiles) return usage_error("%s", "no files given: ehcp validate FILE.xml...");
    return 0;
}

/* ---- columns ---- */

/* The column of the element a finding is about: the xpath's last step
 * names it, and its start tag is on the finding's line. libxml2 keeps
 * lines but not columns, so we look at the line itself. */
static long element_column(const char *text, size_t len, long line, const char *xpath)
{
    if (!xpath || line <= 0) return 0;
    const char *step = strrchr(xpath, '/');
    if (!step) return 0;
    char name[128];
    size_t n = strcspn(step + 1, "[");
    if (n == 0 || n >= sizeof name) return 0;
    memcpy(name, step + 1, n);
    name[n] = '\0';
    const char *p = text, *end = text + len;
    for (long l = 1; l < line && p < end; p++)
        if (*p == '\n') l++;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    for (const char *q = p; q < eol; q++) {
        if (*q != '<') continue;
        const char *t = q + 1, *colon = memchr(t, ':', (size_t)(eol - t));
        const char *local = colon && colon < t + strcspn(t, " >/\t") ? colon + 1 : t;
        if ((size_t)(eol - local) > n && !strncmp(local, name, n) && strchr(" \t>/", local[n])) {
            long col = 1;
            for (const char *c = p; c < q; c++)
                if (((unsigned char)*c & 0xC0) != 0x80) col++;
            return col;
        }
    }
    return 0;
}

/* A copy of found with every missing column filled in from the file. */
/* Reads the file again only when a finding lacks a column; through
 * xml_safe_read_bytes, so only a regular file within the size limit. */
static void read_for_columns(const char *path, const diag_list *found,
                             const xml_limits *limits, bytebuf *b)
{
    int needed = 0;
    for (size_t i = 0; i < diag_count(found) && !needed; i++)
        needed = diag_get(found, i)->line > 0 && diag_get(found, i)->column == 0;
    if (needed && xml_safe_read_bytes(path, limits, b, NULL) != 0) bytebuf_free(b);
}

static diag_list *with_columns(const char *path, const diag_list *found,
                               const xml_limits *limits)
{
    diag_list *out = diag_list_create();
    bytebuf b;
    bytebuf_init(&b);
    read_for_columns(path, found, limits, &b);
    for (size_t i = 0; i < diag_count(found); i++) {
        const diag *d = diag_get(found, i);
        long col = d->column;
        if (!col && b.len) col = element_column((const char *)b.data, b.len, d->line, d->xpath);
        diag_add(out, d->file, d->line, col, d->severity, d->rule, d->xpath, "%s", d->message);
    }
    bytebuf_free(&b);
    return out;
}

/* ---- one file ---- */

static const xsd_schema *review_schema(validate_run *run, diag_list *d)
{
    if (!run->review_schema_tried) {
        run->review_schema_tried = 1;
        run->review_schema = xsd_schema_load(run->datadir, "review.xsd", d);
    }
    return run->review_schema;
}

static int root_is(xmlDocPtr doc, const char *name, const char *ns)
{
    const xmlNode *r = xmlDocGetRootElement(doc);
    return r && !strcmp((const char *)r->name, name) && r->ns && r->ns->href &&
           !strcmp((const char *)r->ns->href, ns);
}

/* Reads, validates and judges one file into d. */
static void check_file(validate_run *run, const validate_options *o, const char *path,
                       diag_list *d)
{
    xmlDocPtr doc = xml_safe_read_file(path, &run->limits, d);
    if (!doc) return;
    if (root_is(doc, "review", EHCP_REVIEW_NS)) {
        const xsd_schema *schema = review_schema(run, d);
        if (schema && xsd_schema_validate(schema, doc, path, d) == 0)
            rules_check_review(doc, path, o->cfg, run->plan_doc, o->plan_path, d);
    } else if (root_is(doc, "plan", EHCP_PLAN_NS)) {
        if (run->plan_schema && xsd_schema_validate(run->plan_schema, doc, path, d) == 0)
            rules_check_plan(doc, path, o->cfg, run->policy_doc, o->policy_path, d);
    } else {
        /* Let the loader word the root or namespace problem. */
        xmlFreeDoc(doc);
        doc = plan_read(path, "plan", EHCP_PLAN_NS, &run->limits, d);
    }
    xmlFreeDoc(doc);
}

/* One file for batch_run: its findings (with columns) into d, and its
 * status: 2 unreadable, 1 invalid (errors, or warnings with --werror), 0 valid. */
static int validate_job(void *ctx, const char *path, diag_list *d)
{
    validate_run *run = ctx;
    diag_list *found = diag_list_create();
    check_file(run, run->o, path, found);
    diag_list *with_cols = with_columns(path, found, &run->limits);
    diag_list_destroy(found);
    int io = 0;
    for (size_t i = 0; i < diag_count(with_cols); i++) {
        const diag *x = diag_get(with_cols, i);
        if (!strcmp(x->rule, "IO")) io = 1;
        diag_add(d, x->file, x->line, x->column, x->severity, x->rule, x->xpath, "%s", x->message);
    }
    diag_list_destroy(with_cols);
    size_t errors = diag_count_severity(d, DIAG_ERROR);
    size_t warnings = diag_count_severity(d, DIAG_WARNING);
    if (io) return 2;
    return errors || (warnings && rules_config_werror(run->o->cfg)) ? 1 : 0;
}

/* Prints one file's findings: all of them, or with --quiet the errors only. */
static void validate_print(void *ctx, FILE *out, const char *path, diag_list *d)
{
    const validate_run *run = ctx;
    (void)path;
    diag_list *shown = d;
    if (run->o->quiet) {
        shown = diag_list_create();
        for (size_t i = 0; i < diag_count(d); i++) {
            const diag *x = diag_get(d, i);
            if (x->severity == DIAG_ERROR)
                diag_add(shown, x->file, x->line, x->column, x->severity, x->rule, x->xpath,
                         "%s", x->message);
        }
    }
    if (run->o->json) diag_print_json_items(out, shown);
    else diag_print_text(out, shown);
    if (shown != d) diag_list_destroy(shown);
}

/* ---- the run ---- */

static void print_summary(const batch_summary *s)
{
    size_t nfiles = s->ok + s->invalid + s->failed;
    fprintf(stderr, "%zu file%s: %zu valid, %zu invalid; %zu error%s, %zu warning%s", nfiles,
            nfiles == 1 ? "" : "s", s->ok, s->invalid + s->failed, s->errors,
            s->errors == 1 ? "" : "s", s->warnings, s->warnings == 1 ? "" : "s");
    if (s->notes) fprintf(stderr, ", %zu note%s", s->notes, s->notes == 1 ? "" : "s");
    fputc('\n', stderr);
}

/* Loads what every file shares: the plan schema, the word lists, and the
 * --plan and --policy documents. Returns 0, or EXIT_USAGE (EXIT_INVALID for a
 * policy file with errors) after printing. */
static int run_setup(validate_run *run, const validate_options *o)
{
    diag_list *d = diag_list_create();
    run->datadir = datadir_find();
    xml_limits_default(&run->limits);
    run->plan_schema = xsd_schema_load(run->datadir, "ehcp.xsd", d);
    int ok = run->plan_schema && rules_config_load_data(o->cfg, run->datadir, d) == 0;
    if (ok && o->plan_path) {
        run->plan_doc = plan_read(o->plan_path, "plan", EHCP_PLAN_NS, &run->limits, d);
        if (run->plan_doc && xsd_schema_validate(run->plan_schema, run->plan_doc, o->plan_path, d))
            ok = 0;
        ok = ok && run->plan_doc;
    }
    /* A policy that can be read but breaks policy.xsd or a POLDEF rule is an
     * invalid input (exit 1, like a plan with errors); one that cannot be
     * read at all stays a usage or I/O error (exit 2). */
    int status = ok ? 0 : EXIT_USAGE;
    if (ok && o->policy_path) {
        FILE *probe = fopen(o->policy_path, "rb");
        run->policy_doc = policy_load_file(o->policy_path, run->datadir, d);
        if (!run->policy_doc) status = probe ? EXIT_INVALID : EXIT_USAGE;
        if (probe) fclose(probe);
    }
    diag_sort(d);
    diag_print_text(stderr, d);
    diag_list_destroy(d);
    return status;
}

static void run_free(validate_run *run)
{
    xsd_schema_free(run->plan_schema);
    xsd_schema_free(run->review_schema);
    xmlFreeDoc(run->plan_doc);
    xmlFreeDoc(run->policy_doc);
    free(run->datadir);
}

int cmd_validate(int argc, char **argv)
{
    validate_options o;
    memset(&o, 0, sizeof o);
    o.cfg = rules_config_create();
    int status = parse_args(&o, argc, argv);
    if (status == -1) {
        fputs(cmd_validate_help, stdout);
        status = EXIT_VALID;
    } else if (status == 0) {
        validate_run run;
        memset(&run, 0, sizeof run);
        run.o = &o;
        status = run_setup(&run, &o);
        file_list files = { NULL, 0 };
        if (status == 0) {
            diag_list *d = diag_list_create();
            if (file_list_expand(&files, o.files, o.nfiles, d) != 0) {
                diag_print_text(stderr, d);
                status = EXIT_USAGE;
            } else {
                batch_options opt = { .jobs = o.jobs, .quiet = o.quiet, .json = o.json,
                                      .out = stdout, .verb = "valid" };
                batch_summary sum;
                status = batch_run(&files, &opt, validate_job, validate_print, &run, &sum);
                if (!o.quiet) print_summary(&sum);
                diag_print_text(stderr, d);
                if (diag_count(d)) status = EXIT_USAGE;
            }
            diag_list_destroy(d);
        }
        file_list_free(&files);
        run_free(&run);
    }
    free(o.files);
    rules_config_destroy(o.cfg);
    return status;
}
