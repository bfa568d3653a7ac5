/* render_pipeline.c — page document → finished output (see the header). */
#include "render_pipeline.h"
#include <errno.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "../layout/layout.h"
#include "../page/page.h"
#include "../pdf/pdf_finish.h"
#include "../util/atomic_file.h"
#include "../util/limits.h"

struct render_session {
    char *datadir;
    layout_engine *engine;   /* made on first use: fontconfig start-up is the cost */
};

double render_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void render_timings_lap(render_timings *t, render_stage stage, double *mark)
{
    if (!t) return;
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) == 0) t->peak_kb[stage] = ru.ru_maxrss;
    double now = render_clock();
    t->seconds[stage] += now - *mark;
    *mark = now;
}

void render_timings_print(FILE *out, const char *file, const render_timings *t)
{
    static const char *const names[RT_COUNT] = {
        "read", "validate", "template", "fonts", "layout+draw", "finish", "write"
    };
    char line[1024];
    int n = snprintf(line, sizeof line, "timings %s:", file ? file : "-");
    double total = 0;
    for (int i = 0; i < RT_COUNT && n > 0 && (size_t)n < sizeof line; i++) {
        total += t->seconds[i];
        n += snprintf(line + n, sizeof line - (size_t)n, " %s %.1f ms (%ld MB),", names[i],
                      t->seconds[i] * 1e3, t->peak_kb[i] / 1024);
    }
    if (n > 0 && (size_t)n < sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, " total %.1f ms\n", total * 1e3);
    fputs(line, out);   /* one call: lines of parallel workers do not interleave */
}

int render_timings_wanted(void)
{
    const char *s = getenv("EHCP_TIMINGS");
    return s && *s && strcmp(s, "0") != 0;
}

void render_request_default(render_request *req, const char *datadir)
{
    memset(req, 0, sizeof *req);
    req->datadir = datadir;
    req->format = "standard";
    req->png_dpi = 96;
    req->created = render_creation_time();
    req->max_pages = limits_max_pages();
}

time_t render_creation_time(void)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (s && *s) {
        char *end = NULL;
        errno = 0;
        long long v = strtoll(s, &end, 10);
        if (!errno && end && !*end && v >= 0) return (time_t)v;
    }
    return time(NULL);
}

render_session *render_session_create(const char *datadir)
{
    render_session *s = xcalloc(1, sizeof *s);
    s->datadir = xstrdup(datadir);
    return s;
}

void render_session_destroy(render_session *s)
{
    if (!s) return;
    if (s->engine) layout_engine_destroy(s->engine);
    free(s->datadir);
    free(s);
}

static layout_engine *session_engine(render_session *s, diag_list *diags)
{
    if (!s->engine) s->engine = layout_engine_create(s->datadir, diags);
    return s->engine;
}

static void layout_options_from(const render_request *req, layout_options *opt)
{
    layout_options_default(opt);
    opt->datadir = req->datadir;
    opt->body_size_pt = req->size_pt;
    opt->created = req->created;
    opt->png_dpi = req->png_dpi;
    if (req->max_pages > 0) opt->max_pages = req->max_pages;
}

/* take: page_doc is freed once the layout is done (and on every return). */
static int render_page(render_session *session, xmlDocPtr page_doc, int take,
                       const render_request *req, bytebuf *out, diag_list *diags)
{
    if (strcmp(req->format, "html") == 0) {
        int rc = page_to_html(page_doc, req->datadir, out, diags);
        if (take) xmlFreeDoc(page_doc);
        return rc;
    }
    double mark = render_clock();
    layout_engine *engine = session_engine(session, diags);
    render_timings_lap(req->timings, RT_FONTS, &mark);
    if (!engine) {
        if (take) xmlFreeDoc(page_doc);
        return -1;
    }
    layout_options opt;
    layout_options_from(req, &opt);
    pdf_finish_info info;
    pdf_finish_info_init(&info);
    bytebuf raw;
    bytebuf_init(&raw);
    int rc = layout_engine_render_pdf(engine, page_doc, &opt, &raw, &info, diags);
    /* The page document is not needed by the finishing pass, whose qpdf
     * objects set the peak memory of a long plan: free it first. */
    if (take) xmlFreeDoc(page_doc);
    render_timings_lap(req->timings, RT_LAYOUT, &mark);
    if (rc == 0) {
        info.created = req->created;
        if (!info.producer) info.producer = xstrdup("ehcp " EHCP_VERSION);
        rc = pdf_finish_consume(&raw, &info, out, diags);   /* frees raw early */
        render_timings_lap(req->timings, RT_FINISH, &mark);
    }
    bytebuf_free(&raw);
    pdf_finish_info_free(&info);
    return rc;
}

typedef struct {
    const char *out_path;
    int only_page;
    diag_list *diags;
} png_target;

static char *png_page_path(const char *path, int page_no)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    if (!dot || (slash && dot < slash)) return xasprintf("%s-%d", path, page_no);
    return xasprintf("%.*s-%d%s", (int)(dot - path), path, page_no, dot);
}

static int write_png_page(void *ctx, int page_no, const unsigned char *png, size_t len)
{
    png_target *t = ctx;
    if (t->only_page) {
        if (page_no != t->only_page) return 0;
        return atomic_write(t->out_path, png, len, t->diags);
    }
    char *path = png_page_path(t->out_path, page_no);
    int rc = atomic_write(path, png, len, t->diags);
    free(path);
    return rc;
}

int render_page_document(render_session *session, xmlDocPtr page_doc,
                         const render_request *req, bytebuf *out, diag_list *diags)
{
    return render_page(session, page_doc, 0, req, out, diags);
}

int render_page_document_take(render_session *session, xmlDocPtr page_doc,
                              const render_request *req, bytebuf *out, diag_list *diags)
{
    return render_page(session, page_doc, 1, req, out, diags);
}

int render_page_document_png(render_session *session, xmlDocPtr page_doc,
                             const render_request *req, const char *out_path,
                             diag_list *diags)
{
    layout_engine *engine = session_engine(session, diags);
    if (!engine) return -1;
    layout_options opt;
    layout_options_from(req, &opt);
    png_target t = { out_path, req->png_page, diags };
    return layout_engine_render_png(engine, page_doc, &opt, write_png_page, &t, diags);
}
