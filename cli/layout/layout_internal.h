/* layout_internal.h — what the files of cli/layout share: the box tree built
 * from the page document, the event list pagination makes from it, and the
 * per-document context. Not for use outside cli/layout.
 *
 * The pipeline per document:
 *   build.c + inline.c   page document → box tree (one box per block)
 *   shape.c              widths → one shaped PangoLayout per text box (once)
 *   flow.c, flow_table.c box tree → events in reading order, each drawing
 *                        event with its page and position (pagination)
 *   draw.c, draw_text.c  events → Cairo with structure tags (PDF) or pixels
 */
#ifndef EHCP_LAYOUT_INTERNAL_H
#define EHCP_LAYOUT_INTERNAL_H

#include <stdint.h>
#include <pango/pangocairo.h>
#include "layout.h"
#include "profile.h"
#include "fonts.h"
#include "image.h"

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

typedef enum {
    BOX_BLOCKS,       /* body, section, div, nav, cell or list-item body: block children */
    BOX_TEXT,         /* p, h1-h6, caption, inline cell/item content: one layout */
    BOX_LIST,         /* ul, ol: BOX_ITEM children */
    BOX_ITEM,         /* li: marker + one BOX_BLOCKS body child */
    BOX_TABLE,        /* optional caption (BOX_TEXT), then BOX_ROWGROUP children */
    BOX_ROWGROUP,     /* thead / tbody: BOX_ROW children */
    BOX_ROW,          /* tr: BOX_CELL children */
    BOX_CELL,         /* th / td: block children */
    BOX_IMAGE,
    BOX_PICTURE_ROW,  /* easy read: image child, then a BOX_BLOCKS text child */
    BOX_TOC,          /* the entries of nav.toc: BOX_TOC_ENTRY children */
    BOX_TOC_ENTRY
} box_kind;

enum {
    BOXF_BREAK_BEFORE = 1 << 0,
    BOXF_KEEP = 1 << 1,
    BOXF_BORDER = 1 << 2,
    BOXF_HEAD = 1 << 3,        /* row group is thead */
    BOXF_DECORATIVE = 1 << 4,  /* image with alt="" role="presentation" */
    BOXF_ROW_SCOPE = 1 << 5    /* th with scope row */
};

/* A part of a text box's text drawn in its own tag: a link, or a highlight. */
typedef struct {
    int start, end;   /* byte range in box->text */
    char *href;       /* NULL for a highlight */
} text_span;

typedef struct box box;
struct box {
    box_kind kind;
    const char *tag;   /* structure tag, or NULL: content belongs to the enclosing tag */
    unsigned flags;
    int level;         /* heading level 1-6, else 0 */
    char *id;
    long line;         /* line in the page document */
    box *parent;
    box **kids;
    size_t n_kids, cap_kids;

    /* BOX_TEXT (also the marker of a BOX_ITEM, the text of a BOX_TOC_ENTRY) */
    char *text;
    PangoAttrList *attrs;
    text_span *spans;
    size_t n_spans;
    double size_pt, space_before, space_after;
    int bold;
    uint32_t colour;
    PangoLayout *layout;
    int n_lines;
    double *line_top;      /* n_lines + 1 offsets from the layout top (pt) */
    double *line_baseline; /* n_lines offsets (pt) */

    int colspan;           /* BOX_CELL */
    int n_cols;            /* BOX_TABLE */
    double *col_x;         /* BOX_TABLE: n_cols + 1 column edges from the table's left */
    int stacked;           /* BOX_TABLE: drawn as label-value rows */
    layout_image *image;   /* BOX_IMAGE */
    char *alt;
    box *target;           /* BOX_TOC_ENTRY: the heading it lists */

    double width, height;  /* set by shape.c: content width, unbroken height */
    int page;              /* set by flow: page of the first drawn content (0-based) */
    double y;
};

typedef enum {
    EV_BEGIN,   /* open structure tag ev->tag for ev->box */
    EV_END,
    EV_TEXT,    /* lines [line0, line1) of ev->box's layout, top of line0 at (x, y) */
    EV_MARKER,  /* a whole small layout (list marker, repeated label) at (x, y) */
    EV_IMAGE,
    EV_RECT,    /* fill (w, h) in colour */
    EV_STROKE,  /* line from (x, y) to (x + w, y + h) */
    EV_FRAME,   /* rectangle outline (x, y, w, h) */
    EV_GRID,    /* the rules of table rows doc->grid_rows[line0, line1), one below the
                   other from (x, y), w wide; one row: h high, else each its height */
    EV_DEST,    /* named destination ev->box->id at (x, y) */
    EV_TOC      /* a contents entry ev->box (BOX_TOC_ENTRY) */
} event_kind;

typedef struct {
    event_kind kind;
    int page;
    unsigned char furniture;  /* drawn as page furniture (Private tag, then /Artifact) */
    unsigned char leaf;       /* EV_BEGIN: the tag holds content, no child tags */
    char scope;               /* EV_BEGIN of TH: 'C' column or 'R' row */
    const char *tag;
    box *box;
    PangoLayout *layout;      /* EV_MARKER */
    int line0, line1;
    double x, y, w, h;
    uint32_t colour;
} event;

typedef struct {
    event *items;
    size_t n, cap;
} event_list;

typedef struct {
    layout_engine *engine;
    const layout_options *opt;
    layout_profile prof;
    diag_list *diags;
    const char *file;          /* page document path, for diagnostics */
    char *base_dir;            /* folder images are read from */
    box *root;
    box **all_boxes;           /* every box, for freeing */
    size_t n_boxes, cap_boxes;
    char *lang, *title, *author, *subject, *running_header;
    int draft;
    int next_auto_id;
    double page_w, page_h;     /* pt */
    double content_x, content_w, content_top, content_bottom;
    event_list events;
    int n_pages;
    int failed;                /* an error was added */
    void *font_reported;       /* hb_set_t of characters already reported (FONT-001) */
    GHashTable *shaped;        /* text box → itself: the first box shaped with its text,
                                  attributes, font and width (shape.c) */
    box **grid_rows;           /* the rows EV_GRID events draw (flow_table.c) */
    size_t n_grid_rows, cap_grid_rows;
} layout_doc;

/* Pagination state: the cursor, and what a page break must continue. */
#define PAGER_MAX_FRAMES 16
typedef struct {
    layout_doc *doc;
    event_list *out;
    int page;
    double y, bottom;
    double cont_top;          /* sub-pagers (split table rows): top of a continuation page */
    int sub;                  /* a sub-pager: new pages repeat nothing */
    int at_top;               /* nothing placed on this page yet */
    int fresh;                /* the next block gets no space before it */
    double pending_space;     /* space after the last block */
    int nobreak;              /* inside a table row: never break */
    int furniture;            /* emitting a repeated table header: no tags */
    int overflow;             /* max_pages exceeded: stop */
    size_t frames[PAGER_MAX_FRAMES];   /* open bordered boxes: their current EV_FRAME */
    int n_frames;
    box *table;               /* the table whose header repeats on a new page */
    double table_x;
    struct {                  /* grid rows placed one below the other on this page,
                                 not yet drawn: doc->grid_rows[first, first + n) */
        box *table;
        size_t first, n;
        double x, top, bottom;
    } grid;
    event scratch;            /* target for suppressed events */
} pager;

event *pager_emit(pager *pg, event_kind kind, box *b);
void pager_new_page(pager *pg);
void pager_gap(pager *pg, const box *b);
void flow_box(pager *pg, box *b, double x, double w);
void flow_kids(pager *pg, box *b, double x, double w);
void flow_table(pager *pg, box *t, double x, double w);
void flow_table_header(pager *pg, box *t, double x);
void flow_table_flush_grid(pager *pg);

/* box.c */
box *box_new(layout_doc *doc, box_kind kind, const char *tag, box *parent, long line);
void box_free_all(layout_doc *doc);
/* Height of blocks stacked vertically, adjacent spaces collapsed (shape.c). */
double box_stack_height(box **kids, size_t n);
box *box_first_kid(const box *b);

/* build.c: page document → box tree; 0 or -1 */
int build_boxes(layout_doc *doc, xmlDocPtr page_doc);
/* build.c: content of <meta name=...> in the head, newly allocated, or NULL */
char *page_meta(xmlDocPtr page_doc, const char *name);
/* inline.c: the inline content of element el into text box b */
void inline_collect(layout_doc *doc, box *b, xmlNode *el);
/* shape.c */
GHashTable *shape_cache_new(void);
void shape_box(layout_doc *doc, box *b, double width);
double box_first_chunk_height(const box *b);
void shape_text(layout_doc *doc, box *b, double width);
void shape_table(layout_doc *doc, box *t, double width);
double table_head_height(const box *t);
double table_first_chunk_height(const box *t);
void table_cell_edges(const box *t, const box *row, size_t c, double *x0, double *x1);
box *box_next_block(const box *b);
/* engine.c */
layout_fonts *engine_fonts(layout_engine *engine);
/* flow.c / flow_table.c */
int flow_document(layout_doc *doc);
event *event_add(event_list *list, event_kind kind);
void event_list_free(event_list *list);
/* draw.c */
typedef struct draw_target draw_target;
int draw_pdf(layout_doc *doc, bytebuf *out, pdf_finish_info *info);
int draw_png(layout_doc *doc, layout_png_sink sink, void *ctx);

#endif
