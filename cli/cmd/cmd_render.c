/* cmd_render.c — ehcp render: plan (or review, or page document) → checked
 * → template → page document → layout → PDF/UA finishing → atomic write. */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>
#include "batch.h"
#include "commands.h"
#include "render_pipeline.h"
#include "render_policy.h"
#include "../page/page.h"
#include "../plan/plan_load.h"
#include "../review/review_rules.h"
#include "../rules/rules.h"
#include "../util/atomic_file.h"
#include "../util/datadir.h"
#include "../util/xml_safe.h"

typedef struct {
    char **inputs;
    size_t n_inputs;
    const char *input;   /* the file being rendered now */
    const char *output;
    const char *out_dir;
    int jobs;
    int quiet;
    const char *order;
    const char *diagnostics;
    int force;
    int page_document;
    render_request req;
    /* made on first use in each worker process, reused for the next file */
    render_session *session;
    xsd_schema *plan_xsd;
    xsd_schema *review_xsd;
    int refused;   /* the file now being rendered was refused for its errors */
    render_extras extras;  /* --policy and --plan documents, read once */
    const char *html_of;   /* easy-read-html / large-print-html: that template, as html */
    /* compiled templates, by name (see template_names): compiling the XSLT
     * and schema/page.xsd costs more than running them on one plan */
    page_template *templates[4];
    int timings;         /* EHCP_TIMINGS: print stage times per file */
} render_args;

static const char *const template_names[4] = { "standard", "easy-read", "large-print", "review" };

static int parse_number(const char *s, double lo, double hi, double *out)
{
    char *end = NULL;
    double v = strtod(s, &end);
    if (!end || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("ehcp render: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nrun 'ehcp help render' for the options\n", stderr);
    return EXIT_USAGE;
}

static const char *const formats[] = { "standard", "easy-read", "large-print", "html", "png",
                                       "easy-read-html", "large-print-html", NULL };

static int known_format(const char *f)
{
    for (int i = 0; formats[i]; i++)
        if (!strcmp(formats[i], f)) return 1;
    return 0;
}

static int parse_args(int argc, char **argv, render_args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        double num;
        if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            fputs(cmd_render_help, stdout);
            return -1;
        } else if (!strcmp(o, "--force")) {
            a->force = 1;
        } else if (!strcmp(o, "--page-document")) {
            a->page_document = 1;
        } else if (!strcmp(o, "--quiet") || !strcmp(o, "-q")) {
            a->quiet = 1;
        } else if (!strncmp(o, "-j", 2) && o[2]) {
            if (parse_number(o + 2, 1, 256, &num)) return usage_error("%s: use -jN with N from 1 to 256", o);
            a->jobs = (int)num;
        } else if (o[0] == '-' && o[1] && !v) {
            return usage_error("option %s needs a value", o);
        } else if (!strcmp(o, "-o") || !strcmp(o, "--output")) {
            a->output = argv[++i];
        } else if (!strcmp(o, "--out-dir")) {
            a->out_dir = argv[++i];
        } else if (!strcmp(o, "-j")) {
            if (parse_number(v, 1, 256, &num)) return usage_error("-j '%s': use 1 to 256 workers", v);
            a->jobs = (int)num;
            i++;
        } else if (!strcmp(o, "--format")) {
            if (!known_format(v))
                return usage_error("unknown format '%s'; use standard, easy-read, large-print, html, "
                                   "easy-read-html, large-print-html or png", v);
            a->req.format = argv[++i];
            a->html_of = NULL;
            if (!strcmp(v, "easy-read-html")) a->html_of = "easy-read";
            if (!strcmp(v, "large-print-html")) a->html_of = "large-print";
            if (a->html_of) a->req.format = "html";
        } else if (!strcmp(o, "--policy")) {
            a->extras.policy_path = argv[++i];
        } else if (!strcmp(o, "--plan")) {
            a->extras.plan_path = argv[++i];
        } else if (!strcmp(o, "--order")) {
            if (strcmp(v, "classic") && strcmp(v, "national"))
                return usage_error("unknown order '%s'; use classic or national", v);
            a->order = argv[++i];
        } else if (!strcmp(o, "--size")) {
            if (parse_number(v, 16, 24, &num))
                return usage_error("--size '%s': large print is 16 to 24 points (RNIB and UKAAF advise at least 16)", v);
            a->req.size_pt = num;
            i++;
        } else if (!strcmp(o, "--dpi")) {
            if (parse_number(v, 10, 1200, &num)) return usage_error("--dpi '%s': use 10 to 1200", v);
            a->req.png_dpi = num;
            i++;
        } else if (!strcmp(o, "--page")) {
            if (parse_number(v, 1, 100000, &num)) return usage_error("--page '%s': use a page number", v);
            a->req.png_page = (int)num;
            i++;
        } else if (!strcmp(o, "--diagnostics")) {
            if (strcmp(v, "text") && strcmp(v, "json"))
                return usage_error("--diagnostics '%s': use text or json", v);
            a->diagnostics = argv[++i];
        } else if (o[0] == '-' && o[1]) {
            return usage_error("unknown option %s", o);
        } else {
            a->inputs[a->n_inputs++] = argv[i];
        }
    }
    if (!a->n_inputs) return usage_error("%s", "name the plan file to render");
    if (a->output && (a->n_inputs > 1 || a->out_dir))
        return usage_error("%s", "-o names one output; with several inputs use --out-dir DIR");
    return 0;
}

/* plan.xml + easy-read → plan-easy-read.pdf (in --out-dir, else the current folder). */
static char *default_output(const render_args *a)
{
    const char *dir = a->out_dir ? a->out_dir : ".";
    const char *base = strrchr(a->input, '/');
    base = base ? base + 1 : a->input;
    const char *dot = strrchr(base, '.');
    int stem = dot ? (int)(dot - base) : (int)strlen(base);
    const char *fmt = a->req.format;
    const char *ext = !strcmp(fmt, "html") ? "html" : !strcmp(fmt, "png") ? "png" : "pdf";
    if (a->html_of) return xasprintf("%s/%.*s-%s.html", dir, stem, base, a->html_of);
    if (!strcmp(fmt, "standard") || !strcmp(fmt, "html") || !strcmp(fmt, "png"))
        return xasprintf("%s/%.*s.%s", dir, stem, base, ext);
    return xasprintf("%s/%.*s-%s.%s", dir, stem, base, fmt, ext);
}

static const char *template_for(const char *root, const char *format)
{
    if (!strcmp(root, "review")) return "review";
    if (!strcmp(format, "easy-read")) return "easy-read";
    if (!strcmp(format, "large-print")) return "large-print";
    return "standard";
}

/* Checks a plan or review: schema, then rules. Returns the number of errors. */
static int check_input(xmlDocPtr doc, const char *root, render_args *a,
                       diag_list *diags)
{
    int review = !strcmp(root, "review");
    xsd_schema **slot = review ? &a->review_xsd : &a->plan_xsd;
    if (!*slot) *slot = xsd_schema_load(a->req.datadir, review ? "review.xsd" : "ehcp.xsd", diags);
    if (!*slot) return 1;
    size_t before = diag_count_severity(diags, DIAG_ERROR);
    int xsd_errors = xsd_schema_validate(*slot, doc, a->input, diags);
    if (xsd_errors == 0 && !strcmp(root, "plan")) {
        rules_config *cfg = rules_config_create();
        rules_check_plan(doc, a->input, cfg, a->extras.policy, a->extras.policy_path, diags);
        rules_config_destroy(cfg);
    }
    return (int)(diag_count_severity(diags, DIAG_ERROR) - before);
}

/* The template compiled on first use in this worker (NULL after diagnostics). */
static page_template *cached_template(render_args *a, const char *name, diag_list *diags)
{
    for (size_t i = 0; i < sizeof template_names / sizeof *template_names; i++) {
        if (strcmp(template_names[i], name)) continue;
        if (!a->templates[i]) a->templates[i] = page_template_load(a->req.datadir, name, diags);
        return a->templates[i];
    }
    return page_template_load(a->req.datadir, name, diags);   /* not reached: names are fixed */
}

/* The format the templates are given: html and png are the standard plan,
 * or the easy-read or large-print one they were asked for. */
static const char *template_format(const render_args *a)
{
    const char *format = a->req.format;
    if (!strcmp(format, "html") || !strcmp(format, "png")) format = a->html_of ? a->html_of : "standard";
    return format;
}

/* The page document, already checked against schema/page.xsd by
 * page_template_apply (so the caller need not run page_check again). */
static int root_in_namespace(xmlDocPtr doc, const char *name, const char *ns)
{
    const xmlNode *r = xmlDocGetRootElement(doc);
    return r && !strcmp((const char *)r->name, name) && r->ns && r->ns->href &&
           !strcmp((const char *)r->ns->href, ns);
}

static xmlDocPtr make_page_document(xmlDocPtr doc, render_args *a, diag_list *diags)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    const char *root_name = (const char *)root->name;
    const char *format = a->req.format;
    if (!strcmp(format, "html") || !strcmp(format, "png")) format = a->html_of ? a->html_of : "standard";
    const char *params[] = { "format", format, "order", a->order ? a->order : "classic", NULL };
    page_template *tpl = cached_template(a, template_for(root_name, format), diags);
    return tpl ? page_template_apply(tpl, doc, params, diags) : NULL;
}

static int render_run(render_args *a, diag_list *diags)
{
    render_timings *tm = a->req.timings;
    double mark = render_clock();
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr doc = xml_safe_read_file(a->input, &limits, diags);
    render_timings_lap(tm, RT_READ, &mark);
    if (!doc) {
        /* a file that cannot be read is an I/O error (2); one that is not
         * well-formed, or is over a limit, is an input with errors (1) */
        const diag *last = diag_count(diags) ? diag_get(diags, diag_count(diags) - 1) : NULL;
        return last && strcmp(last->rule, "IO") ? EXIT_INVALID : EXIT_USAGE;
    }
    int status = EXIT_VALID;
    xmlDocPtr page = NULL;
    const char *root = (const char *)xmlDocGetRootElement(doc)->name;
    if (a->page_document) {
        page = doc;
        doc = NULL;
    } else if (!root_in_namespace(doc, "plan", EHCP_PLAN_NS) &&
               !root_in_namespace(doc, "review", EHCP_REVIEW_NS)) {
        /* the loader words a wrong root or namespace the same way validate does */
        xmlDocPtr again = plan_read(a->input, "plan", EHCP_PLAN_NS, &limits, diags);
        if (again) xmlFreeDoc(again);
        status = EXIT_INVALID;
    } else if (check_input(doc, root, a, diags) > 0 && !a->force) {
        render_timings_lap(tm, RT_VALIDATE, &mark);
        a->refused = 1;
        status = EXIT_INVALID;
    } else {
        render_timings_lap(tm, RT_VALIDATE, &mark);
        /* after validation: the attached plan is not part of review.xsd */
        if (!strcmp(root, "review") && a->extras.plan && render_review_attach_plan(doc, a->extras.plan))
            diag_add(diags, a->input, 0, 0, DIAG_WARNING, "IO", NULL, "the plan could not be attached to the review");
        page = make_page_document(doc, a, diags);
        if (!page) status = EXIT_INVALID;
        else if (!strcmp(root, "plan") && a->extras.policy &&
                 render_policy_add_sections(page, doc, a->extras.policy, a->req.datadir,
                                            template_format(a), diags))
            status = EXIT_INVALID;
    }
    /* a template's output was checked by page_template_apply; a page
     * document given as input is checked here */
    if (page && a->page_document && page_check(page, a->req.datadir, diags) != 0) status = EXIT_INVALID;
    render_timings_lap(tm, RT_TEMPLATE, &mark);
    if (page && status == EXIT_VALID) {
        char *out = a->output ? xstrdup(a->output) : default_output(a);
        if (strcmp(out, "-") && path_same_file(out, a->input)) {
            diag_add(diags, out, 0, 0, DIAG_ERROR, "IO", NULL,
                     "the output file is the input file; choose another output name");
            status = EXIT_USAGE;
        } else if (!strcmp(a->req.format, "png")) {
            if (render_page_document_png(a->session, page, &a->req, out, diags)) status = EXIT_USAGE;
        } else {
            bytebuf bytes;
            bytebuf_init(&bytes);
            /* Neither document is needed any more: freed before the layout
             * and finishing passes reach their peak memory. */
            if (doc) { xmlFreeDoc(doc); doc = NULL; }
            int failed = render_page_document_take(a->session, page, &a->req, &bytes, diags);
            page = NULL;
            mark = render_clock();
            if (failed || atomic_write(out, bytes.data, bytes.len, diags)) status = EXIT_USAGE;
            render_timings_lap(tm, RT_WRITE, &mark);
            bytebuf_free(&bytes);
        }
        free(out);
    }
    if (page) xmlFreeDoc(page);
    if (doc) xmlFreeDoc(doc);
    return status;
}

static int render_job(void *ctx, const char *input, diag_list *diags)
{
    render_args *a = ctx;
    a->input = input;
    a->refused = 0;
    if (!a->session) a->session = render_session_create(a->req.datadir);
    render_timings tm;
    memset(&tm, 0, sizeof tm);
    a->req.timings = a->timings ? &tm : NULL;
    int status = render_run(a, diags);
    if (a->timings) render_timings_print(stderr, input, &tm);
    a->req.timings = NULL;   /* tm goes out of scope */
    return status;
}

static void render_print(void *ctx, FILE *out, const char *input, diag_list *diags)
{
    const render_args *a = ctx;
    if (a->diagnostics && !strcmp(a->diagnostics, "json")) {
        diag_print_json_items(out, diags);
        return;
    }
    diag_print_text(out, diags);
    if (a->refused)
        fprintf(out, "%s: not rendered because of the errors above; fix them, or use --force "
                     "to render anyway\n", input);
}

int cmd_render(int argc, char **argv)
{
    char *datadir = datadir_find();
    render_args a;
    memset(&a, 0, sizeof a);
    a.inputs = xcalloc((size_t)argc, sizeof(char *));
    render_request_default(&a.req, datadir);
    a.timings = render_timings_wanted();
    int status = parse_args(argc, argv, &a);
    if (status != 0) {
        free(a.inputs);
        free(datadir);
        return status < 0 ? EXIT_VALID : status;
    }
    status = render_extras_load(&a.extras, datadir, stderr);
    if (status != 0) {
        render_extras_free(&a.extras);
        free(a.inputs);
        free(datadir);
        return status;
    }
    diag_list *diags = diag_list_create();
    file_list files;
    if (file_list_expand(&files, a.inputs, a.n_inputs, diags) != 0) {
        diag_print_text(stderr, diags);
        status = EXIT_USAGE;
    } else if (a.out_dir && mkdir(a.out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "ehcp render: cannot make the folder '%s': %s\n", a.out_dir, strerror(errno));
        status = EXIT_USAGE;
    } else {
        int json = a.diagnostics && !strcmp(a.diagnostics, "json");
        batch_options opt = { .jobs = a.jobs, .quiet = a.quiet || files.count == 1,
                              .json = json, .out = stderr, .verb = "rendered" };
        batch_summary sum;
        status = batch_run(&files, &opt, render_job, render_print, &a, &sum);
        if (!opt.quiet) batch_print_summary(stderr, &opt, &sum);
        diag_print_text(stderr, diags);
        if (diag_count(diags)) status = EXIT_USAGE;
    }
    file_list_free(&files);
    diag_list_destroy(diags);
    render_session_destroy(a.session);
    xsd_schema_free(a.plan_xsd);
    xsd_schema_free(a.review_xsd);
    render_extras_free(&a.extras);
    for (size_t i = 0; i < sizeof a.templates / sizeof *a.templates; i++)
        page_template_free(a.templates[i]);
    free(a.inputs);
    free(datadir);
    return status;
}
