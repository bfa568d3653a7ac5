/* image.c — see image.h. Paths are checked after resolving symbolic links
 * (realpath), so "../" and links cannot reach outside the allowed folders. */
#include "image.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <librsvg/rsvg.h>
#include "../util/limits.h"
#include "../util/xmem.h"

struct layout_image {
    cairo_surface_t *png;   /* PNG pictures */
    RsvgHandle *svg;        /* SVG pictures */
    double w_px, h_px;
};

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
    GError *err = NULL;
    img->svg = rsvg_handle_new_from_data(data, len, &err);
    if (!img->svg) {
        g_clear_error(&err);
        return -1;
    }
    rsvg_handle_set_dpi(img->svg, 96.0);
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(img->svg, &w, &h) || w <= 0 || h <= 0) {
        RsvgRectangle ink, logical;
        if (rsvg_handle_get_geometry_for_layer(img->svg, NULL, &(RsvgRectangle){0, 0, 100, 100},
                                               &ink, &logical, NULL)) {
            w = logical.width;
            h = logical.height;
        }
    }
    img->w_px = w > 0 ? w : 100;
    img->h_px = h > 0 ? h : 100;
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
        if (!rsvg_handle_render_document(img->svg, cr, &viewport, &err)) g_clear_error(&err);
    }
    cairo_restore(cr);
}
