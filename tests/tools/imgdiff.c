/* tests/tools/imgdiff.c — compares two PNG page images and reports the share
 * of pixels that differ. Used by tests/cli/render_reference.sh.
 *
 *   imgdiff [--max PERCENT] [--tolerance LEVEL] [--diff OUT.png] A.png B.png
 *
 * A pixel differs when any colour channel differs by more than LEVEL
 * (0..255, default 48: anti-aliasing noise is ignored, a moved or missing
 * glyph is not). Prints "N of M pixels differ (P%)". Exit status: 0 when the
 * share is at most PERCENT (default 0.5), 1 when it is above or the sizes
 * differ, 2 when a file cannot be read. --diff writes an image with the
 * differing pixels in red over a faint copy of A, to see what moved.
 * C11; needs cairo (cc imgdiff.c $(pkg-config --cflags --libs cairo)). */
#include <cairo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cairo_surface_t *load(const char *path)
{
    cairo_surface_t *s = cairo_image_surface_create_from_png(path);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "imgdiff: cannot read %s: %s\n", path,
                cairo_status_to_string(cairo_surface_status(s)));
        cairo_surface_destroy(s);
        return NULL;
    }
    /* Whatever the PNG's format, compare as 32-bit RGB. */
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    cairo_surface_t *rgb = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t *cr = cairo_create(rgb);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    cairo_surface_flush(rgb);
    return rgb;
}

static int channel_diff(uint32_t a, uint32_t b)
{
    int max = 0;
    for (int shift = 0; shift < 24; shift += 8) {
        int d = (int)((a >> shift) & 0xff) - (int)((b >> shift) & 0xff);
        if (d < 0) d = -d;
        if (d > max) max = d;
    }
    return max;
}

static int usage(void)
{
    fputs("usage: imgdiff [--max PERCENT] [--tolerance LEVEL] [--diff OUT.png] A.png B.png\n", stderr);
    return 2;
}

int main(int argc, char **argv)
{
    double max_percent = 0.5;
    int tolerance = 48;
    const char *diff_path = NULL, *pa = NULL, *pb = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--max") == 0 && i + 1 < argc) max_percent = atof(argv[++i]);
        else if (strcmp(argv[i], "--tolerance") == 0 && i + 1 < argc) tolerance = atoi(argv[++i]);
        else if (strcmp(argv[i], "--diff") == 0 && i + 1 < argc) diff_path = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1] != '\0') return usage();
        else if (!pa) pa = argv[i];
        else if (!pb) pb = argv[i];
        else return usage();
    }
    if (!pa || !pb) return usage();
    cairo_surface_t *a = load(pa), *b = load(pb);
    if (!a || !b) {
        if (a) cairo_surface_destroy(a);
        if (b) cairo_surface_destroy(b);
        return 2;
    }
    int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
    if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b)) {
        printf("sizes differ: %s is %dx%d, %s is %dx%d\n", pa, w, h, pb,
               cairo_image_surface_get_width(b), cairo_image_surface_get_height(b));
        cairo_surface_destroy(a);
        cairo_surface_destroy(b);
        return 1;
    }
    unsigned char *da = cairo_image_surface_get_data(a), *db = cairo_image_surface_get_data(b);
    int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
    cairo_surface_t *out = diff_path ? cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) : NULL;
    unsigned char *dout = out ? cairo_image_surface_get_data(out) : NULL;
    int so = out ? cairo_image_surface_get_stride(out) : 0;
    long differ = 0;
    for (int y = 0; y < h; y++) {
        const uint32_t *ra = (const uint32_t *)(const void *)(da + (size_t)y * sa);
        const uint32_t *rb = (const uint32_t *)(const void *)(db + (size_t)y * sb);
        uint32_t *ro = out ? (uint32_t *)(void *)(dout + (size_t)y * so) : NULL;
        for (int x = 0; x < w; x++) {
            int bad = channel_diff(ra[x], rb[x]) > tolerance;
            differ += bad;
            if (ro) {
                uint32_t g = ra[x] & 0xff;                 /* blue channel as grey */
                uint32_t faint = 192 + g / 4;
                ro[x] = bad ? 0xffff0000u : (0xff000000u | faint << 16 | faint << 8 | faint);
            }
        }
    }
    double total = (double)w * h, percent = total > 0 ? 100.0 * (double)differ / total : 0;
    printf("%ld of %.0f pixels differ (%.3f%%)\n", differ, total, percent);
    if (out) {
        cairo_surface_mark_dirty(out);
        if (cairo_surface_write_to_png(out, diff_path) != CAIRO_STATUS_SUCCESS)
            fprintf(stderr, "imgdiff: cannot write %s\n", diff_path);
        cairo_surface_destroy(out);
    }
    cairo_surface_destroy(a);
    cairo_surface_destroy(b);
    return percent > max_percent ? 1 : 0;
}
