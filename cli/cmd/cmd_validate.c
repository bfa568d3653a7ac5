/* cmd_validate.c — ehcp validate: checks plans (and annual review reports)
 * against the schema and then the rule engine, for many files in one run,
 * and prints what it found as gcc-style lines or JSON. Keeps going past bad
 * files; the summary goes to standard error so the findings can be piped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    "  --plan PLAN.xml               for review reports: the plan the review is about\n"
    "  --policy POLICY.xml           also check each plan's personal budget working\n"
    "                                against this local policy (POLICY-... rules)\n"
    "  --quiet                       print errors only, and no summary\n"
    "  --help                        this text\n"
    "\n"
    "Dates are judged from the plan's own dates (its issue date), not today's, so\n"
    "the result does not change with the day it is run.\n"
    "\n"
    "exit status: 0 every file valid; 1 some file invalid (errors, or warnings\n"
    "with --werror); 2 usage error, or a file that cannot be read\n";

typedef struct {
    rules_config *cfg;
    int json, quiet;
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
    diag_list *all;              /* every finding, for --diagnostics json */
    size_t files_valid, files_invalid, errors, warnings, notes;
    int io_failure;
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
static diag_list *with_columns(const char *path, const diag_list *found)
{
    diag_list *out = diag_list_create();
    FILE *f = fopen(path, "rb");
    bytebuf b;
    bytebuf_init(&b);
    if (f) {
        char chunk[8192];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) bytebuf_append(&b, chunk, n);
        fclose(f);
    }
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

static void print_text(const validate_options *o, const diag_list *d)
{
    if (!o->quiet) {
        diag_print_text(stdout, d);
        return;
    }
    diag_list *errors = diag_list_create();
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *x = diag_get(d, i);
        if (x->severity == DIAG_ERROR)
            diag_add(errors, x->file, x->line, x->column, x->severity, x->rule, x->xpath, "%s",
                     x->message);
    }
    diag_print_text(stdout, errors);
    diag_list_destroy(errors);
}

static void validate_one(validate_run *run, const validate_options *o, const char *path)
{
    diag_list *found = diag_list_create();
    check_file(run, o, path, found);
    diag_list *d = with_columns(path, found);
    diag_list_destroy(found);
    diag_sort(d);
    size_t errors = diag_count_severity(d, DIAG_ERROR);
    size_t warnings = diag_count_severity(d, DIAG_WARNING);
    for (size_t i = 0; i < diag_count(d); i++)
        if (!strcmp(diag_get(d, i)->rule, "IO")) run->io_failure = 1;
    run->errors += errors;
    run->warnings += warnings;
    run->notes += diag_count_severity(d, DIAG_NOTE);
    if (errors || (warnings && rules_config_werror(o->cfg))) run->files_invalid++;
    else run->files_valid++;
    if (o->json) {
        for (size_t i = 0; i < diag_count(d); i++) {
            const diag *x = diag_get(d, i);
            if (o->quiet && x->severity != DIAG_ERROR) continue;
            diag_add(run->all, x->file, x->line, x->column, x->severity, x->rule, x->xpath,
                     "%s", x->message);
        }
    } else {
        print_text(o, d);
    }
    fflush(stdout);
    diag_list_destroy(d);
}

/* ---- the run ---- */

static void print_summary(const validate_run *run, size_t nfiles)
{
    fprintf(stderr, "%zu file%s: %zu valid, %zu invalid; %zu error%s, %zu warning%s", nfiles,
            nfiles == 1 ? "" : "s", run->files_valid, run->files_invalid, run->errors,
            run->errors == 1 ? "" : "s", run->warnings, run->warnings == 1 ? "" : "s");
    if (run->notes) fprintf(stderr, ", %zu note%s", run->notes, run->notes == 1 ? "" : "s");
    fputc('\n', stderr);
}

/* Loads what every file shares: the plan schema, the word lists, and the
 * --plan and --policy documents. Returns 0, or EXIT_USAGE after printing. */
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
    if (ok && o->policy_path) {
        run->policy_doc = policy_load_file(o->policy_path, run->datadir, d);
        ok = run->policy_doc != NULL;
    }
    diag_sort(d);
    diag_print_text(stderr, d);
    diag_list_destroy(d);
    return ok ? 0 : EXIT_USAGE;
}

static void run_free(validate_run *run)
{
    xsd_schema_free(run->plan_schema);
    xsd_schema_free(run->review_schema);
    xmlFreeDoc(run->plan_doc);
    xmlFreeDoc(run->policy_doc);
    diag_list_destroy(run->all);
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
        run.all = diag_list_create();
        status = run_setup(&run, &o);
        if (status == 0) {
            for (size_t i = 0; i < o.nfiles; i++) validate_one(&run, &o, o.files[i]);
            if (o.json) diag_print_json(stdout, run.all);
            if (!o.quiet) print_summary(&run, o.nfiles);
            status = run.io_failure ? EXIT_USAGE
                     : run.files_invalid ? EXIT_INVALID : EXIT_VALID;
        }
        run_free(&run);
    }
    free(o.files);
    rules_config_destroy(o.cfg);
    return status;
}
