/* main.c — the ehcp command: dispatches to one cmd_* function per
 * subcommand (git style), and answers --help, --version and help CMD. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include "cmd/commands.h"
#include "cmd/render_module.h"
#include "util/heap.h"
#include "util/xml_safe.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);   /* NULL: in the rendering module */
    const char *summary;
} command;

static const command commands[] = {
    { "validate", cmd_validate, "check plans (and reviews) against the schema and the rules" },
    { "render", NULL, "make the PDF, easy-read, large-print, HTML or PNG version of a plan" },
    { "new", cmd_new, "write a skeleton plan with comments explaining each section" },
    { "check-pdf", NULL, "check any PDF against the machine-checkable PDF/UA-1 rules" },
    { "diff", NULL, "show what changed between two versions of a plan" },
    { "review", cmd_review, "work with annual review reports (apply proposed changes)" },
    { "budget", cmd_budget, "work out the indicative personal budget under a local policy" },
    { "rules", cmd_rules, "list every validation rule (id, severity, reference)" },
};

static void usage(FILE *out)
{
    fputs("usage: ehcp <command> [options] [files]\n\n"
          "Education, Health and Care plan toolchain: validate plans written as XML and\n"
          "render them as accessible PDF (PDF/UA-1), easy read, large print and HTML.\n\n"
          "commands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\n"
          "  ehcp help <command>   details of one command\n"
          "  ehcp --version        the version\n\n"
          "exit status: 0 valid or done, 1 invalid input (findings were printed),\n"
          "             2 usage error or a file that cannot be read or written\n", out);
}

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    void *heap_gap = heap_prefer_huge_pages();
    /* Numbers in PDF operators and JSON must use '.', whatever the locale. */
    setlocale(LC_ALL, "C");
    xmlInitParser();
    xml_safe_init();
    int status;
    if (argc < 2) {
        usage(stderr);
        status = EXIT_USAGE;
    } else if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(stdout);
        status = EXIT_VALID;
    } else if (!strcmp(argv[1], "--version")) {
        printf("ehcp %s\n", EHCP_VERSION);
        status = EXIT_VALID;
    } else if (!strcmp(argv[1], "help")) {
        if (argc < 3) {
            usage(stdout);
            status = EXIT_VALID;
        } else if (find_command(argv[2])) {
            fputs(cmd_help_text(argv[2]), stdout);
            status = EXIT_VALID;
        } else {
            fprintf(stderr, "ehcp: no command '%s'; run 'ehcp --help' for the list\n", argv[2]);
            status = EXIT_USAGE;
        }
    } else {
        const command *c = find_command(argv[1]);
        if (!c) {
            fprintf(stderr, "ehcp: no command '%s'; run 'ehcp --help' for the list\n", argv[1]);
            status = EXIT_USAGE;
        } else {
            status = c->run ? c->run(argc - 1, argv + 1)
                            : render_module_run(c->name, argc - 1, argv + 1);
        }
    }
    xmlCleanupParser();
    free(heap_gap);
    return status;
}
