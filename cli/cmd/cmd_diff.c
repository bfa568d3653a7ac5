/* cmd_diff.c — ehcp diff: what changed between two versions of a plan, as
 * text or JSON, and the diff as the XML behind an amendment notice. The
 * comparison is cli/review/plan_diff.c; this file reads the files, parses
 * options and prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>
#include "commands.h"
#include "render_pipeline.h"
#include "../page/page.h"
#include "../util/datadir.h"
#include "../plan/dates.h"
#include "../review/plan_diff.h"
#include "../util/atomic_file.h"
#include "../util/diag.h"
#include "../util/xml_safe.h"

typedef struct {
    const char *old_path, *new_path, *format, *notice_xml, *notice_pdf, *issued;
    int comment_days;
} diff_options;

static int parse_options(int argc, char **argv, diff_options *o)
{
    memset(o, 0, sizeof *o);
    o->format = "text";
    o->comment_days = 15;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_value = i + 1 < argc;
        if (!strcmp(a, "--format") && has_value) o->format = argv[++i];
        else if (!strcmp(a, "--notice-xml") && has_value) o->notice_xml = argv[++i];
        else if (!strcmp(a, "--notice") && has_value) o->notice_pdf = argv[++i];
        else if (!strcmp(a, "--issued") && has_value) o->issued = argv[++i];
        else if (!strcmp(a, "--comment-days") && has_value) o->comment_days = atoi(argv[++i]);
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ehcp diff: unknown option or missing value: %s\n", a);
            return -1;
        } else if (!o->old_path) o->old_path = a;
        else if (!o->new_path) o->new_path = a;
        else {
            fprintf(stderr, "ehcp diff: give exactly two plans (old, then new)\n");
            return -1;
        }
    }
    if (!o->old_path || !o->new_path) {
        fputs(cmd_diff_help, stderr);
        return -1;
    }
    if (strcmp(o->format, "text") && strcmp(o->format, "json")) {
        fprintf(stderr, "ehcp diff: --format must be text or json\n");
        return -1;
    }
    if (o->comment_days < 15) {
        fprintf(stderr, "ehcp diff: --comment-days must be at least 15 (reg 22(2)(c))\n");
        return -1;
    }
    return 0;
}

static xmlDocPtr read_plan(const char *path, diag_list *diags)
{
    xml_limits lim;
    xml_limits_default(&lim);
    xmlDocPtr doc = xml_safe_read_file(path, &lim, diags);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (doc && (!root || strcmp((const char *)root->name, "plan") != 0 || !root->ns ||
                strcmp((const char *)root->ns->href, "urn:ehcp:plan:1") != 0)) {
        diag_add(diags, path, root ? xmlGetLineNo(root) : 0, 0, DIAG_ERROR, "XML", NULL,
                 "this is not a plan: the root element must be <plan> in namespace "
                 "urn:ehcp:plan:1");
        xmlFreeDoc(doc);
        doc = NULL;
    }
    return doc;
}

static const char *kind_sign(plan_change_kind k)
{
    return k == PLAN_ADDED ? "+" : k == PLAN_REMOVED ? "-" : "~";
}

static const char *kind_word(plan_change_kind k)
{
    return k == PLAN_ADDED ? "added" : k == PLAN_REMOVED ? "removed" : "changed";
}

static void print_text(FILE *out, const plan_diff *d)
{
    fprintf(out, "plan %s: version %ld (%s) -> version %ld (%s)\n", d->new_id,
            d->old_version, d->old_stage, d->new_version, d->new_stage);
    for (size_t g = 0; plan_diff_groups[g]; g++) {
        int header = 0;
        for (size_t i = 0; i < d->count; i++) {
            const plan_change *c = &d->changes[i];
            if (strcmp(c->group, plan_diff_groups[g]) != 0) continue;
            if (!header++) fprintf(out, "%s:\n", c->group);
            fprintf(out, "  %s %s %s", kind_sign(c->kind), c->id, kind_word(c->kind));
            for (size_t k = 0; k < c->field_count; k++)
                fprintf(out, "%s%s", k ? ", " : ": ", c->fields[k].name);
            if (c->summary[0] && c->kind != PLAN_CHANGED) fprintf(out, ": %s", c->summary);
            fputc('\n', out);
        }
    }
    fprintf(out, "%zu change%s\n", d->count, d->count == 1 ? "" : "s");
}

static void print_json(FILE *out, const plan_diff *d)
{
    fputs("{\"plan\":", out);
    json_write_string(out, d->new_id);
    fprintf(out, ",\"old\":{\"version\":%ld,\"stage\":", d->old_version);
    json_write_string(out, d->old_stage);
    fprintf(out, "},\"new\":{\"version\":%ld,\"stage\":", d->new_version);
    json_write_string(out, d->new_stage);
    fputs("},\"changes\":[", out);
    for (size_t i = 0; i < d->count; i++) {
        const plan_change *c = &d->changes[i];
        fputs(i ? ",{\"group\":" : "{\"group\":", out);
        json_write_string(out, c->group);
        fputs(",\"change\":", out);
        json_write_string(out, kind_word(c->kind));
        fputs(",\"id\":", out);
        json_write_string(out, c->id);
        fputs(",\"element\":", out);
        json_write_string(out, c->element);
        fputs(",\"section\":", out);
        json_write_string(out, c->section);
        fputs(",\"summary\":", out);
        json_write_string(out, c->summary);
        fprintf(out, ",\"old_line\":%ld,\"new_line\":%ld,\"fields\":[", c->old_line, c->new_line);
        for (size_t k = 0; k < c->field_count; k++) {
            fputs(k ? ",{\"name\":" : "{\"name\":", out);
            json_write_string(out, c->fields[k].name);
            fputs(",\"old\":", out);
            json_write_string(out, c->fields[k].old_text);
            fputs(",\"new\":", out);
            json_write_string(out, c->fields[k].new_text);
            fputc('}', out);
        }
        fputs("]}", out);
    }
    fprintf(out, "],\"count\":%zu}\n", d->count);
}

/* The notice as a PDF/UA document, through the same pipeline as plans. */
static int write_notice_pdf(const char *path, xmlDocPtr notice, diag_list *diags)
{
    char *datadir = datadir_find();
    const char *params[] = { "format", "standard", NULL };
    xmlDocPtr page = page_from_template(notice, datadir, "amendment-notice", params, diags);
    int rc = -1;
    if (page && page_check(page, datadir, diags) == 0) {
        render_request req;
        render_request_default(&req, datadir);
        render_session *session = render_session_create(datadir);
        bytebuf pdf;
        bytebuf_init(&pdf);
        rc = render_page_document(session, page, &req, &pdf, diags);
        if (rc == 0) rc = atomic_write(path, pdf.data, pdf.len, diags);
        bytebuf_free(&pdf);
        render_session_destroy(session);
    }
    if (page) xmlFreeDoc(page);
    free(datadir);
    return rc;
}

/* The notice date defaults to today (SOURCE_DATE_EPOCH when set, so builds
 * and tests are reproducible). */
static int write_notice_xml(const diff_options *o, const plan_diff *d, xmlDocPtr new_plan,
                            diag_list *diags)
{
    char today[11];
    const char *issued = o->issued;
    if (!issued) {
        date_format(date_today(), today, sizeof today);
        issued = today;
    }
    xmlDocPtr notice = plan_diff_to_notice_xml(d, new_plan, issued, o->comment_days);
    int rc = 0;
    if (o->notice_xml) {
        xmlChar *mem = NULL;
        int len = 0;
        xmlDocDumpFormatMemoryEnc(notice, &mem, &len, "UTF-8", 1);
        rc = atomic_write(o->notice_xml, mem, (size_t)len, diags);
        xmlFree(mem);
    }
    if (rc == 0 && o->notice_pdf) rc = write_notice_pdf(o->notice_pdf, notice, diags);
    xmlFreeDoc(notice);
    return rc;
}

int cmd_diff(int argc, char **argv)
{
    diff_options o;
    if (parse_options(argc, argv, &o) != 0) return EXIT_USAGE;
    diag_list *diags = diag_list_create();
    xmlDocPtr old_plan = read_plan(o.old_path, diags);
    xmlDocPtr new_plan = old_plan ? read_plan(o.new_path, diags) : NULL;
    int status = EXIT_USAGE;
    if (old_plan && new_plan) {
        plan_diff *d = plan_diff_compute(old_plan, new_plan);
        if (!strcmp(o.format, "json")) print_json(stdout, d);
        else print_text(stdout, d);
        status = d->count ? EXIT_INVALID : EXIT_VALID;
        if ((o.notice_xml || o.notice_pdf) && write_notice_xml(&o, d, new_plan, diags) != 0)
            status = EXIT_USAGE;
        plan_diff_free(d);
    }
    diag_print_text(stderr, diags);
    diag_list_destroy(diags);
    xmlFreeDoc(old_plan);
    xmlFreeDoc(new_plan);
    return status;
}
