/* cmd_review.c — ehcp review apply: writes the proposed amended plan made
 * from an annual review's proposed changes. Reads and validates both files,
 * applies (cli/review/review_apply.c), checks the result against ehcp.xsd
 * and only then writes it, atomically. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>
#include "commands.h"
#include "../plan/plan_load.h"
#include "../review/review_apply.h"
#include "../review/review_rules.h"
#include "../util/atomic_file.h"
#include "../util/datadir.h"
#include "../util/diag.h"

const char cmd_review_help[] =
    "usage: ehcp review apply REVIEW.xml --plan PLAN.xml -o OUT.xml\n\n"
    "Writes the proposed amended plan: a copy of PLAN with the review's\n"
    "<proposed-changes> applied (add, replace or remove needs, outcomes,\n"
    "provision, placements and budget elements by id), version + 1, stage\n"
    "\"amended\", section J's total recomputed. The review must name this plan\n"
    "and version (REVIEW-001) and its changes must fit it (REVIEW-014). The\n"
    "result is checked against schema/ehcp.xsd before it is written; OUT is\n"
    "written whole or not at all, and never the same file as PLAN.\n\n"
    "Then: ehcp diff PLAN.xml OUT.xml --notice-xml NOTICE.xml lists the changes\n"
    "for the notice of proposed amendments (15 days for comment, reg 22).\n\n"
    "exit status: 0 written, 1 the review or result has errors, 2 usage or I/O error\n";

typedef struct { const char *review, *plan, *out; } apply_options;

static int parse_apply(int argc, char **argv, apply_options *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--plan") && i + 1 < argc) o->plan = argv[++i];
        else if (!strcmp(argv[i], "-o") && i + 1 < argc) o->out = argv[++i];
        else if (argv[i][0] == '-') {
            fprintf(stderr, "ehcp review apply: unknown option or missing value: %s\n", argv[i]);
            return -1;
        } else if (!o->review) o->review = argv[i];
        else {
            fprintf(stderr, "ehcp review apply: give one review\n");
            return -1;
        }
    }
    if (!o->review || !o->plan || !o->out) {
        fputs(cmd_review_help, stderr);
        return -1;
    }
    if (path_same_file(o->out, o->plan) || path_same_file(o->out, o->review)) {
        fprintf(stderr, "ehcp review apply: -o must not overwrite an input; name a new file\n");
        return -1;
    }
    return 0;
}

/* Reads path and validates it against datadir/schema/xsd. NULL after diagnostics. */
static xmlDocPtr read_valid(const char *datadir, const char *path, const char *root,
                            const char *ns, const char *xsd, diag_list *diags)
{
    xml_limits lim;
    xml_limits_default(&lim);
    xmlDocPtr doc = plan_read(path, root, ns, &lim, diags);
    if (!doc) return NULL;
    xsd_schema *schema = xsd_schema_load(datadir, xsd, diags);
    int errors = schema ? xsd_schema_validate(schema, doc, path, diags) : 1;
    xsd_schema_free(schema);
    if (errors) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

static int write_plan(const char *datadir, xmlDocPtr amended, const char *out, diag_list *diags)
{
    xsd_schema *schema = xsd_schema_load(datadir, "ehcp.xsd", diags);
    int errors = schema ? xsd_schema_validate(schema, amended, out, diags) : 1;
    xsd_schema_free(schema);
    if (errors) return EXIT_INVALID;
    xmlChar *mem = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(amended, &mem, &len, "UTF-8", 1);
    int rc = atomic_write(out, mem, (size_t)len, diags);
    xmlFree(mem);
    return rc ? EXIT_USAGE : EXIT_VALID;
}

static int review_apply_cmd(int argc, char **argv)
{
    apply_options o;
    if (parse_apply(argc, argv, &o) != 0) return EXIT_USAGE;
    char *datadir = datadir_find();
    diag_list *diags = diag_list_create();
    xmlDocPtr review = read_valid(datadir, o.review, "review", EHCP_REVIEW_NS, "review.xsd", diags);
    xmlDocPtr plan = read_valid(datadir, o.plan, "plan", EHCP_PLAN_NS, "ehcp.xsd", diags);
    int status = EXIT_INVALID;
    if (review && plan) {
        xmlDocPtr amended = review_apply(review, o.review, plan, o.plan, diags);
        if (amended) status = write_plan(datadir, amended, o.out, diags);
        xmlFreeDoc(amended);
    }
    diag_sort(diags);
    diag_print_text(stderr, diags);
    diag_list_destroy(diags);
    xmlFreeDoc(review);
    xmlFreeDoc(plan);
    free(datadir);
    return status;
}

int cmd_review(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "apply")) return review_apply_cmd(argc, argv);
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs(cmd_review_help, stdout);
        return EXIT_VALID;
    }
    fputs(cmd_review_help, stderr);
    return EXIT_USAGE;
}
