/* image.h — pictures of the page document: PNG (cairo) and SVG (librsvg),
 * read only from the page document's folder or the data folder, with size
 * limits, and drawn scaled into a box. */
#ifndef EHCP_LAYOUT_IMAGE_H
#define EHCP_LAYOUT_IMAGE_H

#include <cairo.h>
#include "../util/diag.h"


typedef struct layout_image layout_image;

/* Reads src (relative to base_dir; base_dir NULL: relative to datadir).
 * Refuses, with an error naming file and line, paths that leave both
 * folders, URLs, missing files, files over the limits and unreadable
 * pictures. */
layout_image *image_load(const char *src, const char *base_dir, const char *datadir,
                         const char *file, long line, diag_list *diags);
void image_free(layout_image *img);
/* Natural size in pt (PNG and SVG pixels at 96 per inch). */
void image_natural_size(const layout_image *img, double *w_pt, double *h_pt);
/* Draws img scaled to (w, h) with its top-left corner at (x, y). */
void image_draw(const layout_image *img, cairo_t *cr, double x, double y, double w, double h);

#endif
