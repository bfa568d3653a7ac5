/* cmd_check_pdf.c — "ehcp check-pdf FILE.pdf...": runs the machine checks
 * of PDF/UA-1 (cli/pdf/pdf_check.h) over each file and prints failures as
 * gcc-style lines or JSON. Exit: 0 all pass, 1 a failure, 2 unreadable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "../util/limits.h"
#include "../util/xml_safe.h"
#include "../pdf/pdf_check.h"
#include "../util/diag.h"
#include "../util/xmem.h"

/* Largest PDF read (checks are in memory): EHCP_MAX_PDF_BYTES, 256 MiB by default. */
static size_t max_pdf_bytes(void)
{
    return limits_env_size("EHCP_MAX_PDF_BYTES", 256UL << 20);
}

/* Only a regular file within the limit, read as safely as any input. */
static int read_file(const char *path, bytebuf *b)
{
    xml_limits limits;
    xml_limits_default(&limits);
    limits.max_bytes = max_pdf_bytes();
    return xml_safe_read_bytes(path, &limits, b, NULL);
}

static int failed_rule(const diag_list *d, const char *rule)
{
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *x = diag_get(d, i);
        if (x->severity == DIAG_ERROR && !strcmp(x->rule, rule)) return 1;
    }
    return 0;
}

static void print_json_file(FILE *out, const char *path, int readable, const diag_list *d)
{
    size_t n;
    const pdf_checkpoint *cp = pdf_checkpoints(&n);
    fputs("  {\"file\": ", out);
    json_write_string(out, path);
    fprintf(out, ", \"readable\": %s", readable ? "true" : "false");
    for (int pass = 1; pass >= 0; pass--) {
        fprintf(out, ", \"%s\": [", pass ? "passed" : "failed");
        int first = 1;
        for (size_t i = 0; readable && i < n; i++) {
            if (failed_rule(d, cp[i].rule) == pass) continue;
            fputs(first ? "" : ", ", out);
            json_write_string(out, cp[i].rule);
            first = 0;
        }
        fputs("]", out);
    }
    fputs(", \"diagnostics\": [", out);
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *x = diag_get(d, i);
        const pdf_checkpoint *c = pdf_checkpoint_find(x->rule);
        fputs(i ? ",\n    {\"rule\": " : "\n    {\"rule\": ", out);
        json_write_string(out, x->rule);
        fputs(", \"clause\": ", out);
        json_write_string(out, c ? c->clause : "");
        fprintf(out, ", \"severity\": \"%s\", \"message\": ", diag_severity_name(x->severity));
        json_write_string(out, x->message);
        fputs("}", out);
    }
    fputs("]}", out);
}

static void print_text_file(FILE *out, const char *path, const diag_list *d, int verbose)
{
    size_t n, failed = 0;
    const pdf_checkpoint *cp = pdf_checkpoints(&n);
    diag_print_text(out, d);
    for (size_t i = 0; i < n; i++) {
        if (failed_rule(d, cp[i].rule)) { failed++; continue; }
        if (verbose)
            fprintf(out, "%s: pass[%s]: %s (ISO 14289-1 %s)\n", path, cp[i].rule, cp[i].what,
                    cp[i].clause);
    }
    fprintf(out, "%s: %zu checkpoints passed, %zu failed\n", path, n - failed, failed);
}

/* Checks one file; returns its exit status. */
static int check_one(const char *path, int json, int verbose, int first)
{
    bytebuf b;
    bytebuf_init(&b);
    diag_list *d = diag_list_create();
    int status;
    if (read_file(path, &b)) {
        diag_add(d, path, 0, 0, DIAG_ERROR, "IO", NULL, "cannot read this file; check the "
                 "path and permissions");
        status = EXIT_USAGE;
    } else {
        status = pdf_check(b.data, b.len, path, d) ? EXIT_USAGE
                 : diag_count_severity(d, DIAG_ERROR) ? EXIT_INVALID : EXIT_VALID;
    }
    if (json) {
        fputs(first ? "" : ",\n", stdout);
        print_json_file(stdout, path, status != EXIT_USAGE, d);
    } else if (status == EXIT_USAGE) {
        diag_print_text(stderr, d);
    } else {
        print_text_file(stdout, path, d, verbose);
    }
    diag_list_destroy(d);
    bytebuf_free(&b);
    return status;
}

int cmd_check_pdf(int argc, char **argv)
{
    int json = 0, verbose = 0, files = 0, status = EXIT_VALID;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(cmd_check_pdf_help, stdout);
            return EXIT_VALID;
        } else if (!strcmp(argv[i], "--json")) json = 1;
        else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) verbose = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "ehcp check-pdf: unknown option '%s'\n%s", argv[i], cmd_check_pdf_help);
            return EXIT_USAGE;
        } else files++;
    }
    if (!files) {
        fputs(cmd_check_pdf_help, stderr);
        return EXIT_USAGE;
    }
    if (json) fputs("{\"files\": [\n", stdout);
    int first = 1;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) continue;
        int s = check_one(argv[i], json, verbose, first);
        first = 0;
        if (s > status) status = s;
    }
    if (json) fputs("\n]}\n", stdout);
    return status;
}
