/* batch.h — running one job over many input files: expands folders to their
 * *.xml files, runs on N worker processes (processes, not threads: libxml2,
 * fontconfig and cairo then share nothing), keeps going past bad files,
 * shows a progress bar on a terminal, and sums up. Used by validate and render. */
#ifndef EHCP_BATCH_H
#define EHCP_BATCH_H

#include <stddef.h>
#include <stdio.h>
#include "../util/diag.h"

/* One file's work: returns its exit status (0 ok, 1 invalid, 2 failed) and
 * adds its findings to diags. */
typedef int (*batch_job)(void *ctx, const char *input, diag_list *diags);
/* Prints one file's findings (text, or JSON objects without the enclosing
 * array: batch_run writes the brackets and commas) to out. */
typedef void (*batch_printer)(void *ctx, FILE *out, const char *input, diag_list *diags);

typedef struct {
    int jobs;         /* worker processes; 0 = number of cores */
    int quiet;        /* no progress bar, no summary */
    int json;         /* the printer writes JSON objects: wrap them in one array */
    FILE *out;        /* where findings go (NULL = stderr) */
    const char *verb; /* "valid" / "rendered", for the summary */
} batch_options;

typedef struct {
    size_t ok, invalid, failed;
    size_t errors, warnings, notes;
    double seconds;
} batch_summary;

typedef struct {
    char **files;
    size_t count;
} file_list;

/* Expands each argument: a folder gives its *.xml files (sorted), a file is
 * kept. A folder that cannot be read or holds no .xml file adds an "IO"
 * error to diags. Returns -1 when no file is left. */
int file_list_expand(file_list *list, char **args, size_t nargs, diag_list *diags);
void file_list_free(file_list *list);

/* Runs job on every file; returns the worst exit status. */
int batch_run(const file_list *files, const batch_options *opt, batch_job job,
              batch_printer print, void *ctx, batch_summary *summary);

/* "12 files: 10 rendered, 1 invalid, 1 failed; 3 errors, 5 warnings (1.2 s)" */
void batch_print_summary(FILE *out, const batch_options *opt, const batch_summary *s);

/* Number of online cores (at least 1). */
int batch_cores(void);

#endif
