/* layout.h — the layout engine: a page document (XHTML subset, see
 * schema/page.xsd) in, a tagged PDF (Cairo) or PNG page images out. It knows
 * pages, boxes and fonts; it never knows plans or rules. */
#ifndef EHCP_LAYOUT_H
#define EHCP_LAYOUT_H

#include <stddef.h>
#include <time.h>
#include <libxml/tree.h>
#include "../util/diag.h"
#include "../util/xmem.h"
#include "../pdf/pdf_finish.h"

typedef struct {
    const char *datadir;     /* finds templates/profiles/ and fonts/ */
    const char *profile;     /* NULL: the page document's meta ehcp:profile */
    double body_size_pt;     /* 0: the profile's default (large print --size) */
    time_t created;          /* SOURCE_DATE_EPOCH or now */
    double png_dpi;          /* for layout_render_png */
    int max_pages;           /* refuse documents longer than this */
} layout_options;

void layout_options_default(layout_options *opt);

/* The reusable part: the bundled fonts behind a private fontconfig
 * configuration, and the Pango font map. Create one per process (or per
 * batch) and render any number of documents with it; not thread-safe, so
 * one engine per thread. NULL after adding an error to diags. */
typedef struct layout_engine layout_engine;
layout_engine *layout_engine_create(const char *datadir, diag_list *diags);
void layout_engine_destroy(layout_engine *engine);

/* As layout_render_pdf / layout_render_png, with an existing engine
 * (opt->datadir is still used for profiles and pictures). */
int layout_engine_render_pdf(layout_engine *engine, xmlDocPtr page_doc, const layout_options *opt,
                             bytebuf *pdf_out, pdf_finish_info *info, diag_list *diags);

/* Lays out and draws the page document into a tagged PDF in pdf_out, and
 * fills info (lang, title, alt texts, TH scopes, link contents) for the
 * finishing pass. Returns 0, or -1 after adding errors to diags. */
int layout_render_pdf(xmlDocPtr page_doc, const layout_options *opt,
                      bytebuf *pdf_out, pdf_finish_info *info, diag_list *diags);

/* Lays out and draws every page as a PNG image at opt->png_dpi, handing each
 * to sink in page order (page_no 1-based). A sink returning < 0 stops the
 * run, which then returns -1. Returns 0, or -1 after adding errors. */
typedef int (*layout_png_sink)(void *ctx, int page_no, const unsigned char *png, size_t len);
int layout_render_png(xmlDocPtr page_doc, const layout_options *opt,
                      layout_png_sink sink, void *ctx, diag_list *diags);
int layout_engine_render_png(layout_engine *engine, xmlDocPtr page_doc, const layout_options *opt,
                             layout_png_sink sink, void *ctx, diag_list *diags);

#endif
