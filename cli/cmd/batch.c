/* batch.c — see batch.h. Workers take files round-robin and report each
 * file's status to the parent over a pipe (one small record per file), and
 * write each file's findings to stderr in one write so lines from different
 * workers never interleave mid-line. */
#include "batch.h"
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../util/xmem.h"

typedef struct {
    unsigned char status;
    unsigned int errors;
    unsigned int warnings;
} file_result;

int batch_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static void list_push(file_list *list, char *path)
{
    list->files = xrealloc(list->files, (list->count + 1) * sizeof(char *));
    list->files[list->count++] = path;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_folder(file_list *list, const char *dir, diag_list *diags)
{
    DIR *d = opendir(dir);
    if (!d) {
        diag_add(diags, dir, 0, 0, DIAG_ERROR, "IO", NULL, "cannot read the folder: %s", strerror(errno));
        return;
    }
    size_t first = list->count;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n < 5 || strcmp(e->d_name + n - 4, ".xml")) continue;
        list_push(list, xasprintf("%s/%s", dir, e->d_name));
    }
    closedir(d);
    qsort(list->files + first, list->count - first, sizeof(char *), cmp_names);
}

int file_list_expand(file_list *list, char **args, size_t nargs, diag_list *diags)
{
    list->files = NULL;
    list->count = 0;
    for (size_t i = 0; i < nargs; i++) {
        struct stat st;
        if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
            add_folder(list, args[i], diags);
        else
            list_push(list, xstrdup(args[i]));
    }
    return list->count ? 0 : -1;
}

void file_list_free(file_list *list)
{
    for (size_t i = 0; i < list->count; i++) free(list->files[i]);
    free(list->files);
    list->files = NULL;
    list->count = 0;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs one file and prints its findings in a single write. */
static file_result run_file(const char *input, batch_job job, batch_printer print, void *ctx)
{
    diag_list *diags = diag_list_create();
    int status = job(ctx, input, diags);
    diag_sort(diags);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (mem) {
        print(ctx, mem, input, diags);
        fclose(mem);
        if (len) {
            ssize_t w = write(STDERR_FILENO, text, len);
            (void)w;
        }
        free(text);
    }
    file_result r = { (unsigned char)(status < 0 ? 2 : status > 2 ? 2 : status),
                      (unsigned)diag_count_severity(diags, DIAG_ERROR),
                      (unsigned)diag_count_severity(diags, DIAG_WARNING) };
    diag_list_destroy(diags);
    return r;
}

static void progress(const batch_options *opt, size_t done, size_t total, double start)
{
    if (opt->quiet || !isatty(STDERR_FILENO)) return;
    double elapsed = now_seconds() - start;
    double rate = elapsed > 0 ? (double)done / elapsed : 0;
    double left = rate > 0 ? (double)(total - done) / rate : 0;
    fprintf(stderr, "\r[%zu/%zu] %.1f files/s, %.0f s left ", done, total, rate, left);
    if (done == total) fputs("\r\033[K", stderr);
    fflush(stderr);
}

static void tally(batch_summary *s, const file_result *r)
{
    if (r->status == 0) s->ok++;
    else if (r->status == 1) s->invalid++;
    else s->failed++;
    s->errors += r->errors;
    s->warnings += r->warnings;
}

static void worker(const file_list *files, int index, int jobs, int fd, batch_job job,
                   batch_printer print, void *ctx)
{
    for (size_t i = (size_t)index; i < files->count; i += (size_t)jobs) {
        file_result r = run_file(files->files[i], job, print, ctx);
        if (write(fd, &r, sizeof r) != (ssize_t)sizeof r) break;
    }
}

static int run_parallel(const file_list *files, const batch_options *opt, int jobs,
                        batch_job job, batch_printer print, void *ctx, batch_summary *s, double start)
{
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t *pids = xcalloc((size_t)jobs, sizeof(pid_t));
    int started = 0;
    for (int w = 0; w < jobs; w++) {
        pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            worker(files, w, jobs, fds[1], job, print, ctx);
            _exit(0);
        }
        if (pid < 0) break;
        pids[started++] = pid;
    }
    close(fds[1]);
    size_t done = 0;
    file_result r;
    while (read(fds[0], &r, sizeof r) == (ssize_t)sizeof r) {
        tally(s, &r);
        progress(opt, ++done, files->count, start);
    }
    close(fds[0]);
    for (int w = 0; w < started; w++) waitpid(pids[w], NULL, 0);
    free(pids);
    /* a worker that died (a crash, a signal) leaves files unaccounted for */
    if (done < files->count) s->failed += files->count - done;
    return started == jobs ? 0 : -1;
}

int batch_run(const file_list *files, const batch_options *opt, batch_job job,
              batch_printer print, void *ctx, batch_summary *s)
{
    memset(s, 0, sizeof *s);
    double start = now_seconds();
    int jobs = opt->jobs > 0 ? opt->jobs : batch_cores();
    if ((size_t)jobs > files->count) jobs = (int)files->count;
    if (jobs <= 1) {
        for (size_t i = 0; i < files->count; i++) {
            file_result r = run_file(files->files[i], job, print, ctx);
            tally(s, &r);
            progress(opt, i + 1, files->count, start);
        }
    } else {
        fflush(stdout);
        fflush(stderr);
        run_parallel(files, opt, jobs, job, print, ctx, s, start);
    }
    s->seconds = now_seconds() - start;
    return s->failed ? 2 : s->invalid ? 1 : 0;
}

void batch_print_summary(FILE *out, const batch_options *opt, const batch_summary *s)
{
    size_t total = s->ok + s->invalid + s->failed;
    fprintf(out, "%zu file%s: %zu %s, %zu invalid, %zu failed; %zu error%s, %zu warning%s (%.1f s)\n",
            total, total == 1 ? "" : "s", s->ok, opt->verb ? opt->verb : "ok", s->invalid,
            s->failed, s->errors, s->errors == 1 ? "" : "s", s->warnings,
            s->warnings == 1 ? "" : "s", s->seconds);
}
