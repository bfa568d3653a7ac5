/* render_pipeline.h — the steps after a page document exists: layout and
 * PDF/UA finishing, HTML, or PNG pages. Shared by render, diff (amendment
 * notices) and batch work so every output goes through one path. A
 * render_session keeps what is costly to make (the bundled fonts, loaded
 * schemas) for the many files of a batch; each worker process has its own. */
#ifndef EHCP_RENDER_PIPELINE_H
#define EHCP_RENDER_PIPELINE_H

#include <stdio.h>
#include <time.h>
#include <libxml/tree.h>
#include "../util/diag.h"
#include "../util/xmem.h"

/* Stage times for EHCP_TIMINGS=1 (seconds, summed over one file). Owned by
 * the caller; the pipeline only adds to it, so there is no global state. */
typedef enum {
    RT_READ, RT_VALIDATE, RT_TEMPLATE, RT_FONTS, RT_LAYOUT, RT_FINISH, RT_WRITE, RT_COUNT
} render_stage;

typedef struct {
    double seconds[RT_COUNT];
    long peak_kb[RT_COUNT];   /* the process's peak RSS when the stage ended */
} render_timings;

/* A monotonic clock in seconds, for the stage times. */
double render_clock(void);

/* Adds the time since *mark to stage and moves *mark to now; NULL t: no-op. */
void render_timings_lap(render_timings *t, render_stage stage, double *mark);

/* One line on out: "timings FILE: read 0.4 ms (12 MB), ..., total 71.0 ms",
 * each stage with the process's peak RSS at its end. */
void render_timings_print(FILE *out, const char *file, const render_timings *t);

/* 1 when EHCP_TIMINGS is set to a non-empty value other than "0". */
int render_timings_wanted(void);

typedef struct {
    const char *datadir;
    const char *format;   /* standard | easy-read | large-print | html | png */
    double size_pt;       /* large print body size; 0 = profile default */
    double png_dpi;       /* png: resolution */
    int png_page;         /* png: 1-based page, 0 = all */
    time_t created;       /* SOURCE_DATE_EPOCH, else now */
    int max_pages;
    render_timings *timings; /* NULL, or where stage times are added */
} render_request;

typedef struct render_session render_session;

void render_request_default(render_request *req, const char *datadir);

/* SOURCE_DATE_EPOCH when set and valid, else the time now. */
time_t render_creation_time(void);

render_session *render_session_create(const char *datadir);
void render_session_destroy(render_session *session);

/* Turns a page document into output bytes (finished PDF/UA, or HTML) in out.
 * Returns 0, or -1 after diagnostics. */
int render_page_document(render_session *session, xmlDocPtr page_doc,
                         const render_request *req, bytebuf *out, diag_list *diags);

/* The same, but takes page_doc and frees it as soon as the layout is done,
 * before the finishing pass: for a 300-page plan its several megabytes were
 * alive at the peak, which the finishing pass's qpdf objects set. */
int render_page_document_take(render_session *session, xmlDocPtr page_doc,
                              const render_request *req, bytebuf *out, diag_list *diags);

/* PNG pages: writes page req->png_page to out_path, or every page to
 * out_path with "-N" before the extension. */
int render_page_document_png(render_session *session, xmlDocPtr page_doc,
                             const render_request *req, const char *out_path,
                             diag_list *diags);

#endif
