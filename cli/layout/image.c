/* image.c — see image.h. Paths are checked after resolving symbolic links
 * (realpath), so "../" and links cannot reach outside the allowed folders.
 *
 * librsvg is opened with dlopen when the first SVG picture is read, not
 * linked: linking it made every run (validate, --version, plans without
 * pictures) pay for mapping and relocating it and what only it needs
 * (gdk-pixbuf, cairo-gobject: about 5M instructions and 200 page faults,
 * at ~10 us a fault on our build machines), and only easy-read plans draw SVG.
 * Its header still gives the types and prototypes. */
#include "image.h"
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <librsvg/rsvg.h>
#include "../util/dl_symbol.h"
#include "../util/limits.h"
#include "../util/xmem.h"

#define RSVG_LIBRARY "librsvg-2.so.2"

/* The librsvg functions we use, typed from its header. */
typedef struct {
    void *lib;   /* one dlopen reference, held by one SVG picture */
    __typeof__(rsvg_handle_new_from_data) *new_from_data;
    __typeof__(rsvg_handle_set_dpi) *set_dpi;
    __typeof__(rsvg_handle_get_intrinsic_size_in_pixels) *intrinsic_size_in_pixels;
    __typeof__(rsvg_handle_get_geometry_for_layer) *geometry_for_layer;
    __typeof__(rsvg_handle_render_document) *render_document;
} svg_api;

struct layout_image {
    cairo_surface_t *png;   /* PNG pictures */
    RsvgHandle *svg;        /* SVG pictures */
    svg_api rsvg;           /* SVG pictures: the library that drew svg */
    double w_px, h_px;
};

#define RESOLVE(api, field, name) dl_symbol((api)->lib, name, &(api)->field, sizeof (api)->field)

/* Opens librsvg for one picture: every picture holds its own reference, so
 * nothing is global; the loader shares one copy, and reopening an open
 * library only finds it in the loaded list. RTLD_NODELETE: librsvg
 * registers GObject types, which cannot be unregistered, so it must never
 * be unloaded and loaded again. 0, or -1 with why in err. */
static int svg_api_open(svg_api *api, char *err, size_t err_size)
{
    memset(api, 0, sizeof *api);
    api->lib = dlopen(RSVG_LIBRARY, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!api->lib) {
        const char *why = dlerror();
        snprintf(err, err_size, "%s", why ? why : RSVG_LIBRARY " not found");
        return -1;
    }
    if (RESOLVE(api, new_from_data, "rsvg_handle_new_from_data") &&
        RESOLVE(api, set_dpi, "rsvg_handle_set_dpi") &&
        RESOLVE(api, intrinsic_size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels") &&
        RESOLVE(api, geometry_for_layer, "rsvg_handle_get_geometry_for_layer") &&
        RESOLVE(api, render_document, "rsvg_handle_render_document"))
        return 0;
    snprintf(err, err_size, "%s is older than 2.52 (a function is missing)", RSVG_LIBRARY);
    dlclose(api->lib);
    api->lib = NULL;
    return -1;
}

static int is_inside(const char *path, const char *dir)
{
    if (!dir) return 0;
    char *real_dir = realpath(dir, NULL);
    if (!real_dir) return 0;
    size_t n = strlen(real_dir);
    int inside = strncmp(path, real_dir, n) == 0 && (path[n] == '/' || n == 1);
    free(real_dir);
    return inside;
}

/* The real path of src when it is allowed, else NULL after an error. */
static char *resolve_path(const char *src, const char *base_dir, const char *datadir,
                          const char *file, long line, diag_list *diags)
{
    if (strstr(src, "://") || strncmp(src, "data:", 5) == 0 || strncmp(src, "file:", 5) == 0) {
        diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                 "picture '%s' is a URL; pictures must be files beside the page document", src);
        return NULL;
    }
    const char *base = base_dir ? base_dir : datadir;
    char *joined = src[0] == '/' ? xstrdup(src) : xasprintf("%s/%s", base, src);
    char *real = realpath(joined, NULL);
    free(joined);
    if (!real) {
        diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                 "picture '%s' cannot be found; check the src path", src);
        return NULL;
    }
    if (!is_inside(real, base_dir) && !is_inside(real, datadir)) {
        diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                 "picture '%s' is outside the page document's folder and the data folder, "
                 "so it is refused; copy it next to the page document", src);
        free(real);
        return NULL;
    }
    return real;
}

/* Opens without blocking (a FIFO cannot hang us) and checks the opened
 * file itself, so nothing can be swapped in between the check and the read. */
static unsigned char *read_limited(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (size_t)st.st_size > limits_max_picture_bytes()) {
        close(fd);
        return NULL;
    }
    unsigned char *data = xmalloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t r = read(fd, data + got, (size_t)st.st_size - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(fd);
    *len = got;
    return data;
}

typedef struct { const unsigned char *data; size_t len, pos; } mem_reader;

static cairo_status_t read_mem(void *closure, unsigned char *out, unsigned int n)
{
    mem_reader *r = closure;
    if (r->len - r->pos < n) return CAIRO_STATUS_READ_ERROR;
    memcpy(out, r->data + r->pos, n);
    r->pos += n;
    return CAIRO_STATUS_SUCCESS;
}

static int load_png(layout_image *img, const unsigned char *data, size_t len)
{
    /* Check the IHDR size before decoding, so a huge picture is never inflated. */
    if (len < 24) return -1;
    unsigned long w = ((unsigned long)data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
    unsigned long h = ((unsigned long)data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23];
    if (w == 0 || h == 0 || !limits_picture_pixels_ok(w, h)) return -1;
    mem_reader r = { data, len, 0 };
    img->png = cairo_image_surface_create_from_png_stream(read_mem, &r);
    if (cairo_surface_status(img->png) != CAIRO_STATUS_SUCCESS) return -1;
    img->w_px = cairo_image_surface_get_width(img->png);
    img->h_px = cairo_image_surface_get_height(img->png);
    return 0;
}

static int load_svg(layout_image *img, const unsigned char *data, size_t len)
{
    const svg_api *rsvg = &img->rsvg;
    GError *err = NULL;
    img->svg = rsvg->new_from_data(data, len, &err);
    if (!img->svg) {
        g_clear_error(&err);
        return -1;
    }
    rsvg->set_dpi(img->svg, 96.0);
    double w = 0, h = 0;
    if (!rsvg->intrinsic_size_in_pixels(img->svg, &w, &h) || w <= 0 || h <= 0) {
        RsvgRectangle ink, logical;
        if (rsvg->geometry_for_layer(img->svg, NULL, &(RsvgRectangle){0, 0, 100, 100},
                                     &ink, &logical, NULL)) {
            w = logical.width;
            h = logical.height;
        }
    }
    img->w_px = w > 0 ? w : 100;
    img->h_px = h > 0 ? h : 100;
    return 0;
}

#define SVG_LIBRARY_ERROR "SVG pictures need librsvg, which cannot be loaded"

/* One missing-librsvg error per document, not one per picture. */
static int has_svg_library_error(const diag_list *diags)
{
    for (size_t i = 0; i < diag_count(diags); i++) {
        const diag *d = diag_get(diags, i);
        if (strcmp(d->rule, "IMAGE") == 0 &&
            strncmp(d->message, SVG_LIBRARY_ERROR, strlen(SVG_LIBRARY_ERROR)) == 0)
            return 1;
    }
    return 0;
}

layout_image *image_load(const char *src, const char *base_dir, const char *datadir,
                         const char *file, long line, diag_list *diags)
{
    char *path = resolve_path(src, base_dir, datadir, file, line, diags);
    if (!path) return NULL;
    size_t len = 0;
    unsigned char *data = read_limited(path, &len);
    free(path);
    if (!data) {
        diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                 "picture '%s' cannot be read, is not a regular file, or is larger than %zu bytes "
                 "(set EHCP_MAX_PICTURE_BYTES to raise the limit)", src, limits_max_picture_bytes());
        return NULL;
    }
    layout_image *img = xcalloc(1, sizeof *img);
    int is_png = len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0;
    char why[512];
    if (!is_png && svg_api_open(&img->rsvg, why, sizeof why) != 0) {
        if (!has_svg_library_error(diags))
            diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                     SVG_LIBRARY_ERROR " (%s); install librsvg 2.52 or later (Debian: "
                     "librsvg2-2), or use PNG pictures; first SVG picture: '%s'", why, src);
        free(data);
        image_free(img);
        return NULL;
    }
    int rc = is_png ? load_png(img, data, len) : load_svg(img, data, len);
    free(data);
    if (rc != 0) {
        diag_add(diags, file, line, 0, DIAG_ERROR, "IMAGE", NULL,
                 "picture '%s' is not a readable PNG or SVG file, or has more than %zu pixels "
                 "(EHCP_MAX_PICTURE_PIXELS); export it again, smaller", src,
                 limits_max_picture_pixels());
        image_free(img);
        return NULL;
    }
    return img;
}

void image_free(layout_image *img)
{
    if (!img) return;
    if (img->png) cairo_surface_destroy(img->png);
    if (img->svg) g_object_unref(img->svg);
    if (img->rsvg.lib) dlclose(img->rsvg.lib);   /* after the handle it made */
    free(img);
}

void image_natural_size(const layout_image *img, double *w_pt, double *h_pt)
{
    *w_pt = img->w_px * 72.0 / 96.0;
    *h_pt = img->h_px * 72.0 / 96.0;
}

void image_draw(const layout_image *img, cairo_t *cr, double x, double y, double w, double h)
{
    cairo_save(cr);
    if (img->png) {
        cairo_translate(cr, x, y);
        cairo_scale(cr, w / img->w_px, h / img->h_px);
        cairo_set_source_surface(cr, img->png, 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
        cairo_rectangle(cr, 0, 0, img->w_px, img->h_px);
        cairo_fill(cr);
    } else {
        RsvgRectangle viewport = { x, y, w, h };
        GError *err = NULL;
        if (!img->rsvg.render_document(img->svg, cr, &viewport, &err)) g_clear_error(&err);
    }
    cairo_restore(cr);
}
