/* engine.c — the public entry points (layout.h): the reusable engine (fonts)
 * and, per document, profile → boxes → shaping → pagination → drawing. */
#include <locale.h>
#include <string.h>
#include <hb.h>
#include "layout_internal.h"
#include "../util/datadir.h"

struct layout_engine {
    layout_fonts *fonts;
};

void layout_options_default(layout_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->created = 0;
    opt->png_dpi = 96;
    opt->max_pages = 2000;
}

layout_engine *layout_engine_create(const char *datadir, diag_list *diags)
{
    layout_fonts *fonts = fonts_create(datadir, diags);
    if (!fonts) return NULL;
    layout_engine *e = xcalloc(1, sizeof *e);
    e->fonts = fonts;
    return e;
}

void layout_engine_destroy(layout_engine *e)
{
    if (!e) return;
    fonts_destroy(e->fonts);
    free(e);
}

layout_fonts *engine_fonts(layout_engine *e) { return e->fonts; }

static int valid_profile_name(const char *name)
{
    return *name && strlen(name) < 64 && strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") == strlen(name);
}

static int load_profile(layout_doc *doc, xmlDocPtr page_doc)
{
    char *meta = page_meta(page_doc, "ehcp:profile");
    const char *name = doc->opt->profile ? doc->opt->profile : meta ? meta : "standard";
    int rc = -1;
    profile_defaults(&doc->prof);
    if (!valid_profile_name(name)) {
        diag_add(doc->diags, doc->file, 0, 0, DIAG_ERROR, "PROFILE", NULL,
                 "style profile name '%s' is not valid; use standard, easy-read, large-print "
                 "or review", name);
    } else {
        char *rel = xasprintf("templates/profiles/%s.profile", name);
        char *path = datadir_path(doc->opt->datadir, rel);
        rc = profile_load(path, &doc->prof, doc->diags);
        free(path);
        free(rel);
    }
    free(meta);
    if (rc == 0 && doc->opt->body_size_pt > 0)
        rc = profile_set_body_size(&doc->prof, doc->opt->body_size_pt, doc->diags);
    return rc;
}

static void set_geometry(layout_doc *doc)
{
    const layout_profile *p = &doc->prof;
    doc->page_w = MM_TO_PT(p->page_width_mm);
    doc->page_h = MM_TO_PT(p->page_height_mm);
    doc->content_x = MM_TO_PT(p->margin_left_mm);
    doc->content_w = doc->page_w - doc->content_x - MM_TO_PT(p->margin_right_mm);
    doc->content_top = MM_TO_PT(p->margin_top_mm);
    doc->content_bottom = doc->page_h - MM_TO_PT(p->margin_bottom_mm);
}

static char *folder_of(const char *path)
{
    if (!path || strstr(path, "://")) return NULL;
    const char *slash = strrchr(path, '/');
    return slash ? xstrndup(path, (size_t)(slash - path == 0 ? 1 : slash - path)) : xstrdup(".");
}

static void doc_free(layout_doc *doc)
{
    box_free_all(doc);
    event_list_free(&doc->events);
    free(doc->base_dir);
    free(doc->lang);
    free(doc->title);
    free(doc->author);
    free(doc->subject);
    free(doc->running_header);
    if (doc->font_reported) hb_set_destroy(doc->font_reported);
    if (doc->shaped) g_hash_table_destroy(doc->shaped);
    free(doc->grid_rows);
}

/* Everything before drawing. 0, or -1 after errors. */
static int doc_prepare(layout_doc *doc, layout_engine *e, xmlDocPtr page_doc,
                       const layout_options *opt, diag_list *diags)
{
    memset(doc, 0, sizeof *doc);
    doc->engine = e;
    doc->opt = opt;
    doc->diags = diags;
    doc->file = page_doc->URL ? (const char *)page_doc->URL : NULL;
    doc->base_dir = folder_of(doc->file);
    doc->font_reported = hb_set_create();
    doc->shaped = shape_cache_new();
    if (load_profile(doc, page_doc) != 0) return -1;
    set_geometry(doc);
    if (build_boxes(doc, page_doc) != 0) return -1;
    shape_box(doc, doc->root, doc->content_w);
    return flow_document(doc);
}

static void fill_info(const layout_doc *doc, pdf_finish_info *info)
{
    free(info->lang);
    free(info->title);
    free(info->author);
    free(info->subject);
    free(info->producer);
    info->lang = xstrdup(doc->lang ? doc->lang : "en-GB");
    info->title = xstrdup(doc->title ? doc->title : "");
    info->author = doc->author ? xstrdup(doc->author) : NULL;
    info->subject = doc->subject ? xstrdup(doc->subject) : NULL;
    info->producer = xstrdup("ehcp");
    info->created = doc->opt->created;
}

typedef struct { locale_t c, old; } numeric_c;

/* Cairo 1.16 parses tag attributes with the locale's decimal separator. */
static numeric_c numeric_c_begin(void)
{
    numeric_c n;
    n.c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    n.old = n.c ? uselocale(n.c) : (locale_t)0;
    return n;
}

static void numeric_c_end(numeric_c n)
{
    if (!n.c) return;
    uselocale(n.old);
    freelocale(n.c);
}

int layout_engine_render_pdf(layout_engine *e, xmlDocPtr page_doc, const layout_options *opt,
                             bytebuf *pdf_out, pdf_finish_info *info, diag_list *diags)
{
    numeric_c nc = numeric_c_begin();
    layout_doc doc;
    int rc = doc_prepare(&doc, e, page_doc, opt, diags);
    if (rc == 0) {
        if (info) fill_info(&doc, info);
        rc = draw_pdf(&doc, pdf_out, info);
    }
    doc_free(&doc);
    numeric_c_end(nc);
    return rc;
}

int layout_engine_render_png(layout_engine *e, xmlDocPtr page_doc, const layout_options *opt,
                             layout_png_sink sink, void *ctx, diag_list *diags)
{
    numeric_c nc = numeric_c_begin();
    layout_doc doc;
    int rc = doc_prepare(&doc, e, page_doc, opt, diags);
    if (rc == 0) rc = draw_png(&doc, sink, ctx);
    doc_free(&doc);
    numeric_c_end(nc);
    return rc;
}

int layout_render_pdf(xmlDocPtr page_doc, const layout_options *opt,
                      bytebuf *pdf_out, pdf_finish_info *info, diag_list *diags)
{
    layout_engine *e = layout_engine_create(opt->datadir, diags);
    if (!e) return -1;
    int rc = layout_engine_render_pdf(e, page_doc, opt, pdf_out, info, diags);
    layout_engine_destroy(e);
    return rc;
}

int layout_render_png(xmlDocPtr page_doc, const layout_options *opt,
                      layout_png_sink sink, void *ctx, diag_list *diags)
{
    layout_engine *e = layout_engine_create(opt->datadir, diags);
    if (!e) return -1;
    int rc = layout_engine_render_png(e, page_doc, opt, sink, ctx, diags);
    layout_engine_destroy(e);
    return rc;
}
