/* batch.c — see batch.h. Workers take files round-robin and send each
 * file's result (status, counts, and its printed findings) to the parent
 * over a pipe; the parent prints the findings in the order of the files, so
 * the output is the same whatever -j is, and shows progress as results come. */
#include "batch.h"
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../util/xmem.h"

typedef struct {
    size_t index;          /* which file */
    unsigned char status;  /* 0 ok, 1 invalid, 2 failed */
    unsigned errors, warnings, notes;
    size_t text_len;       /* bytes of printed findings that follow */
} file_result;

typedef struct {
    file_result r;
    char *text;
    int ready;
} pending;

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
    if (list->count == first)
        diag_add(diags, dir, 0, 0, DIAG_ERROR, "IO", NULL,
                 "this is a folder, not a file, and it holds no .xml files; name a plan file "
                 "or a folder of plans");
    if (list->count > first)  /* qsort(NULL, 0) is undefined */
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

/* Runs one file; its printed findings are returned in *text. */
static file_result run_file(const file_list *files, size_t index, batch_job job,
                            batch_printer print, void *ctx, char **text)
{
    diag_list *diags = diag_list_create();
    int status = job(ctx, files->files[index], diags);
    diag_sort(diags);
    size_t len = 0;
    *text = NULL;
    FILE *mem = open_memstream(text, &len);
    if (mem) {
        print(ctx, mem, files->files[index], diags);
        fclose(mem);
    }
    file_result r = { index, (unsigned char)(status < 0 || status > 2 ? 2 : status),
                      (unsigned)diag_count_severity(diags, DIAG_ERROR),
                      (unsigned)diag_count_severity(diags, DIAG_WARNING),
                      (unsigned)diag_count_severity(diags, DIAG_NOTE), *text ? len : 0 };
    diag_list_destroy(diags);
    return r;
}

typedef struct {
    const batch_options *opt;
    FILE *out;
    size_t emitted;     /* results printed so far, in file order */
    size_t json_items;  /* files whose JSON was printed (for commas) */
    size_t received;
    double start;
    pending *slots;
    batch_summary *s;
} emitter;

static void progress(emitter *e, size_t total)
{
    if (e->opt->quiet || !isatty(STDERR_FILENO)) return;
    double elapsed = now_seconds() - e->start;
    double rate = elapsed > 0 ? (double)e->received / elapsed : 0;
    double left = rate > 0 ? (double)(total - e->received) / rate : 0;
    fprintf(stderr, "\r[%zu/%zu] %.1f files/s, %.0f s left ", e->received, total, rate, left);
    if (e->received == total) fputs("\r\033[K", stderr);
    fflush(stderr);
}

static void print_text(emitter *e, const char *text, size_t len)
{
    if (!len) return;
    if (e->opt->json) fputs(e->json_items++ ? ",\n" : "\n", e->out);
    fwrite(text, 1, len, e->out);
}

/* Records a result and prints every result that is now next in file order. */
static void receive(emitter *e, const file_result *r, char *text, size_t total)
{
    batch_summary *s = e->s;
    if (r->status == 0) s->ok++;
    else if (r->status == 1) s->invalid++;
    else s->failed++;
    s->errors += r->errors;
    s->warnings += r->warnings;
    s->notes += r->notes;
    e->slots[r->index] = (pending){ *r, text, 1 };
    e->received++;
    while (e->emitted < total && e->slots[e->emitted].ready) {
        pending *p = &e->slots[e->emitted++];
        print_text(e, p->text, p->r.text_len);
        free(p->text);
        p->text = NULL;
    }
    fflush(e->out);
    progress(e, total);
}

static int write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

static int read_all(int fd, void *data, size_t len)
{
    char *p = data;
    while (len) {
        ssize_t r = read(fd, p, len);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        p += r;
        len -= (size_t)r;
    }
    return 0;
}

static void worker(const file_list *files, int index, int jobs, int fd, batch_job job,
                   batch_printer print, void *ctx)
{
    for (size_t i = (size_t)index; i < files->count; i += (size_t)jobs) {
        char *text;
        file_result r = run_file(files, i, job, print, ctx, &text);
        int failed = write_all(fd, &r, sizeof r) || write_all(fd, text ? text : "", r.text_len);
        free(text);
        if (failed) break;
    }
}

/* Reads one result record (header, then its text) from a worker's pipe.
 * Returns 0, or -1 at the end of that worker's output. */
static int read_record(int fd, file_result *r, char **text, size_t nfiles)
{
    if (read_all(fd, r, sizeof *r) != 0 || r->index >= nfiles) return -1;
    *text = xmalloc(r->text_len + 1);
    if (read_all(fd, *text, r->text_len) != 0) {
        free(*text);
        return -1;
    }
    return 0;
}

/* One pipe per worker: records from different workers can never interleave,
 * however long a file's findings are (a shared pipe is only atomic up to
 * PIPE_BUF bytes). */
static void run_parallel(const file_list *files, int jobs, batch_job job, batch_printer print,
                         void *ctx, emitter *e)
{
    struct pollfd *fds = xcalloc((size_t)jobs, sizeof *fds);
    pid_t *pids = xcalloc((size_t)jobs, sizeof(pid_t));
    int started = 0;
    for (int w = 0; w < jobs; w++) {
        int p[2];
        if (pipe(p) != 0) break;
        pid_t pid = fork();
        if (pid == 0) {
            close(p[0]);
            for (int k = 0; k < started; k++) close(fds[k].fd);
            worker(files, w, jobs, p[1], job, print, ctx);
            _exit(0);
        }
        close(p[1]);
        if (pid < 0) {
            close(p[0]);
            break;
        }
        fds[started] = (struct pollfd){ .fd = p[0], .events = POLLIN };
        pids[started++] = pid;
    }
    int open_fds = started;
    while (open_fds > 0) {
        if (poll(fds, (nfds_t)started, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int w = 0; w < started; w++) {
            if (fds[w].fd < 0 || !(fds[w].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            file_result r;
            char *text;
            if (read_record(fds[w].fd, &r, &text, files->count) == 0) {
                receive(e, &r, text, files->count);
            } else {
                close(fds[w].fd);
                fds[w].fd = -1;
                open_fds--;
            }
        }
    }
    for (int w = 0; w < started; w++) waitpid(pids[w], NULL, 0);
    free(pids);
    free(fds);
}

int batch_run(const file_list *files, const batch_options *opt, batch_job job,
              batch_printer print, void *ctx, batch_summary *s)
{
    memset(s, 0, sizeof *s);
    emitter e = { opt, opt->out ? opt->out : stderr, 0, 0, 0, now_seconds(),
                  xcalloc(files->count, sizeof(pending)), s };
    int jobs = opt->jobs > 0 ? opt->jobs : batch_cores();
    if ((size_t)jobs > files->count) jobs = (int)files->count;
    if (opt->json) fputs("[", e.out);
    if (jobs <= 1) {
        for (size_t i = 0; i < files->count; i++) {
            char *text;
            file_result r = run_file(files, i, job, print, ctx, &text);
            receive(&e, &r, text, files->count);
        }
    } else {
        fflush(NULL);
        run_parallel(files, jobs, job, print, ctx, &e);
        /* a worker that died (a crash, a signal) leaves files unaccounted for */
        for (size_t i = 0; i < files->count; i++)
            if (!e.slots[i].ready) {
                file_result r = { i, 2, 1, 0, 0, 0 };
                fprintf(stderr, "%s: error[IO]: the worker checking this file stopped unexpectedly\n",
                        files->files[i]);
                receive(&e, &r, NULL, files->count);
            }
    }
    if (opt->json) fputs(e.json_items ? "\n]\n" : "]\n", e.out);
    fflush(e.out);
    free(e.slots);
    s->seconds = now_seconds() - e.start;
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
