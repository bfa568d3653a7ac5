/* render_pipeline.h — the steps after a page document exists: layout and
 * PDF/UA finishing, HTML, or PNG pages. Shared by render, diff (amendment
 * notices) and batch work so every output goes through one path. A
 * render_session keeps what is costly to make (the bundled fonts, loaded
 * schemas) for the many files of a batch; each worker process has its own. */
#ifndef EHCP_RENDER_PIPELINE_H
#define EHCP_RENDER_PIPELINE_H

#include <time.h>
#include <libxml/tree.h>
#include "../util/diag.h"
#include "../util/xmem.h"

typedef struct {
    const char *datadir;
    const char *format;   /* standard | easy-read | large-print | html | png */
    double size_pt;       /* large print body size; 0 = profile default */
    double png_dpi;       /* png: resolution */
    int png_page;         /* png: 1-based page, 0 = all */
    time_t created;       /* SOURCE_DATE_EPOCH, else now */
    int max_pages;
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

/* PNG pages: writes page req->png_page to out_path, or every page to
 * out_path with "-N" before the extension. */
int render_page_document_png(render_session *session, xmlDocPtr page_doc,
                             const render_request *req, const char *out_path,
                             diag_list *diags);

#endif
