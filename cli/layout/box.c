/* box.c — allocation of boxes. Every box is owned by its layout_doc (listed
 * in doc->all_boxes) and freed with it. */
#include <stdlib.h>
#include "layout_internal.h"

box *box_new(layout_doc *doc, box_kind kind, const char *tag, box *parent, long line)
{
    box *b = xcalloc(1, sizeof *b);
    b->kind = kind;
    b->tag = tag;
    b->line = line;
    b->parent = parent;
    b->colspan = 1;
    if (doc->n_boxes == doc->cap_boxes) {
        doc->cap_boxes = doc->cap_boxes ? doc->cap_boxes * 2 : 256;
        doc->all_boxes = xrealloc(doc->all_boxes, doc->cap_boxes * sizeof *doc->all_boxes);
    }
    doc->all_boxes[doc->n_boxes++] = b;
    if (parent) {
        if (parent->n_kids == parent->cap_kids) {
            parent->cap_kids = parent->cap_kids ? parent->cap_kids * 2 : 4;
            parent->kids = xrealloc(parent->kids, parent->cap_kids * sizeof *parent->kids);
        }
        parent->kids[parent->n_kids++] = b;
    }
    return b;
}

static void box_free(box *b)
{
    free(b->id);
    free(b->text);
    if (b->attrs) pango_attr_list_unref(b->attrs);
    for (size_t i = 0; i < b->n_spans; i++) free(b->spans[i].href);
    free(b->spans);
    if (b->layout) g_object_unref(b->layout);
    free(b->line_top);
    free(b->line_baseline);
    free(b->col_x);
    image_free(b->image);
    free(b->alt);
    free(b->kids);
    free(b);
}

void box_free_all(layout_doc *doc)
{
    for (size_t i = 0; i < doc->n_boxes; i++) box_free(doc->all_boxes[i]);
    free(doc->all_boxes);
    doc->all_boxes = NULL;
    doc->n_boxes = doc->cap_boxes = 0;
    doc->root = NULL;
}

box *box_first_kid(const box *b)
{
    return b->n_kids ? b->kids[0] : NULL;
}
