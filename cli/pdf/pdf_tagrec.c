/* pdf_tagrec.c — see pdf_tagrec.h. */
#include "pdf_tagrec.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

#define MAX_NAMES 1000

void pdf_tagrec_free(pdf_tagrec *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n_names; i++) free(r->names[i]);
    free(r->names);
    free(r->type);
    free(r->parent);
    free(r->open);
    memset(r, 0, sizeof *r);
}

/* Tag names come from a small set: store each once, refer to it by index. */
static long intern(pdf_tagrec *r, const char *type)
{
    for (size_t i = 0; i < r->n_names; i++)
        if (!strcmp(r->names[i], type)) return (long)i;
    if (r->n_names >= MAX_NAMES) return -1;
    r->names = xrealloc(r->names, (r->n_names + 1) * sizeof *r->names);
    r->names[r->n_names] = xstrdup(type);
    return (long)r->n_names++;
}

void pdf_tagrec_begin(pdf_tagrec *r, const char *type)
{
    long t = intern(r, type ? type : "");
    if (t < 0) { r->broken = 1; t = 0; }
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 256;
        r->type = xrealloc(r->type, r->cap * sizeof *r->type);
        r->parent = xrealloc(r->parent, r->cap * sizeof *r->parent);
    }
    r->type[r->n] = (unsigned short)t;
    r->parent[r->n] = r->depth ? r->open[r->depth - 1] : -1;
    if (r->depth == r->open_cap) {
        r->open_cap = r->open_cap ? r->open_cap * 2 : 32;
        r->open = xrealloc(r->open, r->open_cap * sizeof *r->open);
    }
    r->open[r->depth++] = (long)r->n++;
}

void pdf_tagrec_end(pdf_tagrec *r)
{
    if (r->depth) r->depth--;
    else r->broken = 1;
}

const char *pdf_tagrec_type(const pdf_tagrec *r, size_t i)
{
    return i < r->n && r->type[i] < r->n_names ? r->names[r->type[i]] : "";
}
