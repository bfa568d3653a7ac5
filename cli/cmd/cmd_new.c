/* cmd_new.c — "ehcp new": writes a skeleton plan whose comments explain each
 * section. The skeleton is data (templates/new-plan.xml in the data folder),
 * so councils can adapt it without a rebuild; it passes the schema as it is
 * (a test checks), so a new plan starts valid in structure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "commands.h"
#include "../util/atomic_file.h"
#include "../util/datadir.h"
#include "../util/diag.h"
#include "../util/xmem.h"

const char cmd_new_help[] =
    "usage: ehcp new [-o FILE] [--stage draft|final|amended] [--force]\n"
    "\n"
    "Writes a skeleton EHC plan with comments that explain what goes in each\n"
    "section A to K and which part of the SEND Code of Practice applies.\n"
    "\n"
    "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
    "  --stage STAGE      the plan's stage attribute (default draft)\n"
    "  --force            overwrite FILE if it exists\n"
    "\n"
    "The skeleton is read from templates/new-plan.xml in the data folder\n"
    "(EHCP_DATADIR). Exit status: 0 written, 2 usage or I/O error.\n";

/* The skeleton is a few kilobytes; anything far larger is not our template. */
#define SKELETON_MAX_BYTES (1u << 20)

typedef struct {
    const char *output;
    const char *stage;
    int force;
} new_options;

static int parse_options(int argc, char **argv, new_options *opt)
{
    opt->output = "-";
    opt->stage = "draft";
    opt->force = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && i + 1 < argc) {
            opt->output = argv[++i];
        } else if (!strcmp(a, "--stage") && i + 1 < argc) {
            opt->stage = argv[++i];
        } else if (!strcmp(a, "--force")) {
            opt->force = 1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(cmd_new_help, stdout);
            return 1;
        } else {
            fprintf(stderr, "ehcp new: unknown option or missing value '%s'\n%s", a, cmd_new_help);
            return -1;
        }
    }
    if (strcmp(opt->stage, "draft") && strcmp(opt->stage, "final") && strcmp(opt->stage, "amended")) {
        fprintf(stderr, "ehcp new: --stage must be draft, final or amended, not '%s'\n", opt->stage);
        return -1;
    }
    return 0;
}

/* Reads the whole skeleton file; NULL after a diagnostic. */
static char *read_skeleton(const char *path, size_t *len, diag_list *diags)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot read the plan skeleton; set EHCP_DATADIR to ehcp's data folder");
        return NULL;
    }
    char *buf = xmalloc(SKELETON_MAX_BYTES + 1);
    *len = fread(buf, 1, SKELETON_MAX_BYTES + 1, f);
    int bad = ferror(f) || *len > SKELETON_MAX_BYTES;
    fclose(f);
    if (bad) {
        free(buf);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "the plan skeleton cannot be read or is too large");
        return NULL;
    }
    buf[*len] = '\0';
    return buf;
}

/* The skeleton says stage="draft"; another stage replaces that one attribute. */
static char *with_stage(char *text, size_t *len, const char *stage)
{
    const char *needle = " stage=\"draft\"";
    char *at = strstr(text, needle);
    if (!at || !strcmp(stage, "draft")) return text;
    char *out = xasprintf("%.*s stage=\"%s\"%s", (int)(at - text), text, stage,
                          at + strlen(needle));
    free(text);
    *len = strlen(out);
    return out;
}

int cmd_new(int argc, char **argv)
{
    new_options opt;
    int rc = parse_options(argc, argv, &opt);
    if (rc != 0) return rc > 0 ? EXIT_VALID : EXIT_USAGE;

    struct stat sb;
    if (strcmp(opt.output, "-") != 0 && !opt.force && stat(opt.output, &sb) == 0) {
        fprintf(stderr, "%s: error[IO]: the file already exists; choose another name or add --force\n",
                opt.output);
        return EXIT_USAGE;
    }
    diag_list *diags = diag_list_create();
    char *datadir = datadir_find();
    char *path = datadir_path(datadir, "templates/new-plan.xml");
    size_t len = 0;
    char *text = read_skeleton(path, &len, diags);
    int status = EXIT_USAGE;
    if (text) {
        text = with_stage(text, &len, opt.stage);
        if (atomic_write(opt.output, text, len, diags) == 0) status = EXIT_VALID;
        free(text);
    }
    diag_print_text(stderr, diags);
    diag_list_destroy(diags);
    free(path);
    free(datadir);
    return status;
}
