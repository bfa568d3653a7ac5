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
#include "../page/page.h"
#include "../plan/plan_load.h"
#include "../rules/rules.h"
#include "../util/atomic_file.h"
#include "../util/datadir.h"
#include "../util/xml_safe.h"

const char cmd_render_help[] =
    "usage: ehcp render [options] FILE.xml [-o OUT]\n"
    "       ehcp render [options] --out-dir DIR FILE.xml|FOLDER...\n"
    "\n"
    "Renders a plan (or an annual review, or a page document) as an accessible\n"
    "PDF (PDF/UA-1), easy read, large print, HTML or PNG page images.\n"
    "The plan is validated first; a plan with errors is refused unless --force.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT      output file ('-' = standard output); default: the input's\n"
    "                        name with the format's suffix, in the current folder\n"
    "  --format F            standard (default) | easy-read | large-print | html | png\n"
    "  --order O             classic (sections A to K, default) | national (grouped by\n"
    "                        broad area of need, as the DfE national template)\n"
    "  --size PT             large print body size, 16 to 24 (default 18)\n"
    "  --dpi N               png resolution (default 96)\n"
    "  --page N              png: only page N (default: every page, OUT-1.png ...)\n"
    "  --force               render even when the plan has errors (they are printed)\n"
    "  --page-document       the input is already a page document (schema/page.xsd)\n"
    "  --diagnostics text|json   how findings are printed (default text)\n"
    "  --out-dir DIR         many inputs: write each output into DIR, named after its input\n"
    "  -j N                  many inputs: N worker processes (default: the number of cores)\n"
    "  --quiet               no progress bar and no summary line\n"
    "\n"
    "Output is written to a temporary file and renamed, so a failed render leaves\n"
    "nothing behind. Set SOURCE_DATE_EPOCH for byte-identical output.\n"
    "exit status: 0 rendered, 1 the input has errors (not rendered), 2 usage or I/O error\n";

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
} render_args;

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

static const char *const formats[] = { "standard", "easy-read", "large-print", "html", "png", NULL };

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
            if (!known_format(v)) return usage_error("unknown format '%s'; use standard, easy-read, large-print, html or png", v);
            a->req.format = argv[++i];
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
        rules_check_plan(doc, a->input, cfg, NULL, NULL, diags);
        rules_config_destroy(cfg);
    }
    return (int)(diag_count_severity(diags, DIAG_ERROR) - before);
}

static xmlDocPtr make_page_document(xmlDocPtr doc, const render_args *a, diag_list *diags)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    const char *root_name = (const char *)root->name;
    const char *format = a->req.format;
    if (!strcmp(format, "html") || !strcmp(format, "png")) format = "standard";
    const char *params[] = { "format", format, "order", a->order ? a->order : "classic", NULL };
    return page_from_template(doc, a->req.datadir, template_for(root_name, format), params, diags);
}

static int render_run(render_args *a, diag_list *diags)
{
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr doc = xml_safe_read_file(a->input, &limits, diags);
    if (!doc) return EXIT_USAGE;
    int status = EXIT_VALID;
    xmlDocPtr page = NULL;
    const char *root = (const char *)xmlDocGetRootElement(doc)->name;
    if (a->page_document) {
        page = doc;
        doc = NULL;
    } else if (strcmp(root, "plan") && strcmp(root, "review")) {
        diag_add(diags, a->input, xml_node_line(xmlDocGetRootElement(doc)), 0, DIAG_ERROR, "XML", NULL,
                 "the root element is <%s>; ehcp renders a <plan> or a <review> "
                 "(or, with --page-document, a page document)", root);
        status = EXIT_INVALID;
    } else if (check_input(doc, root, a, diags) > 0 && !a->force) {
        a->refused = 1;
        status = EXIT_INVALID;
    } else {
        page = make_page_document(doc, a, diags);
        if (!page) status = EXIT_INVALID;
    }
    if (page && page_check(page, a->req.datadir, diags) != 0) status = EXIT_INVALID;
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
            if (render_page_document(a->session, page, &a->req, &bytes, diags) ||
                atomic_write(out, bytes.data, bytes.len, diags))
                status = EXIT_USAGE;
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
    return render_run(a, diags);
}

static void render_print(void *ctx, FILE *out, const char *input, diag_list *diags)
{
    const render_args *a = ctx;
    if (a->diagnostics && !strcmp(a->diagnostics, "json")) {
        diag_print_json(out, diags);
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
    int status = parse_args(argc, argv, &a);
    if (status != 0) {
        free(a.inputs);
        free(datadir);
        return status < 0 ? EXIT_VALID : status;
    }
    diag_list *diags = diag_list_create();
    file_list files;
    if (file_list_expand(&files, a.inputs, a.n_inputs, diags) != 0) {
        diag_print_text(stderr, diags);
        fputs("ehcp render: no plan files to render\n", stderr);
        status = EXIT_USAGE;
    } else if (a.out_dir && mkdir(a.out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "ehcp render: cannot make the folder '%s': %s\n", a.out_dir, strerror(errno));
        status = EXIT_USAGE;
    } else {
        batch_options opt = { a.jobs, a.quiet || files.count == 1, "rendered" };
        batch_summary sum;
        status = batch_run(&files, &opt, render_job, render_print, &a, &sum);
        if (!opt.quiet) batch_print_summary(stderr, &opt, &sum);
        diag_print_text(stderr, diags);
    }
    file_list_free(&files);
    diag_list_destroy(diags);
    render_session_destroy(a.session);
    xsd_schema_free(a.plan_xsd);
    xsd_schema_free(a.review_xsd);
    free(a.inputs);
    free(datadir);
    return status;
}
