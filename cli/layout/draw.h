/* draw.h — shared by draw.c (events, tags, pages) and draw_text.c (text
 * runs, links) and furniture.c (running header, footer, DRAFT). */
#ifndef EHCP_LAYOUT_DRAW_H
#define EHCP_LAYOUT_DRAW_H

#include "layout_internal.h"

#define DRAW_MAX_DEPTH 128

struct draw_target {
    layout_doc *doc;
    cairo_t *cr;
    cairo_surface_t *surface;
    int pdf;                      /* tags, links, outline only in PDF */
    pdf_finish_info *info;
    int page;                     /* current page, 0-based; -1 before the first */
    const event *stack[DRAW_MAX_DEPTH];
    int depth;
    int furniture_pending;        /* page furniture not yet drawn on this page */
    size_t *deferred;             /* furniture events waiting for a non-leaf tag */
    size_t n_deferred, cap_deferred;
    GHashTable *ids;              /* every id with a destination */
    int outline[6];
    double scale;                 /* PNG: pixels per pt */
    layout_png_sink sink;
    void *sink_ctx;
    int failed;
    box **release;                /* release[i]: the box whose layout event i uses last */
    size_t release_next;          /* layouts of events before this one are freed */
    size_t cur;                   /* the event being drawn */
    /* Layouts drawn again and again, shaped once (furniture.c): shaping the
     * running header costs ~160,000 instructions a page. */
    PangoLayout *furn_header, *furn_draft, *furn_footer;
    GHashTable *small_layouts;    /* "size bold text" -> PangoLayout (TOC numbers) */
};

/* draw.c */
void draw_tag_begin(draw_target *dt, const char *tag, const char *attrs);
void draw_tag_end(draw_target *dt, const char *tag);
void draw_set_colour(cairo_t *cr, uint32_t rgb);
/* draw_text.c */
void draw_text_event(draw_target *dt, const event *ev);
void draw_marker_event(draw_target *dt, const event *ev);
void draw_toc_event(draw_target *dt, const event *ev);
char *draw_link_attrs(draw_target *dt, const char *href);
PangoLayout *draw_new_layout(draw_target *dt, const char *text, double size, int bold);
void draw_small_layout(draw_target *dt, PangoLayout *l, double x, double right, double baseline);
/* furniture.c */
void draw_page_furniture(draw_target *dt);
PangoLayout *draw_cached_layout(draw_target *dt, const char *text, double size, int bold);
void draw_furniture_free(draw_target *dt);

#endif
