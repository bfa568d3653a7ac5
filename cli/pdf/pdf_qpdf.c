/* pdf_qpdf.c — see pdf_qpdf.h. */
#include "pdf_qpdf.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

qpdf_data pdfq_open(const unsigned char *in, size_t len, const char *name,
                    diag_list *diags)
{
    qpdf_data q = qpdf_init();
    qpdf_silence_errors(q);
    qpdf_set_suppress_warnings(q, QPDF_TRUE);
    if (qpdf_read_memory(q, name ? name : "input", (const char *)in,
                         (unsigned long long)len, NULL) & QPDF_ERRORS) {
        qpdf_error e = qpdf_get_error(q);
        diag_add(diags, name, 0, 0, DIAG_ERROR, "PDF", NULL,
                 "cannot read this PDF: %s; check that the file is a complete PDF",
                 e ? qpdf_get_error_message_detail(q, e) : "unknown error");
        qpdf_cleanup(&q);
        return NULL;
    }
    /* Touch the root now so a broken trailer is reported here, not later. */
    qpdf_oh root = qpdf_get_root(q);
    if (pdfq_take_error(q) || !qpdf_oh_is_dictionary(q, root)) {
        diag_add(diags, name, 0, 0, DIAG_ERROR, "PDF", NULL,
                 "cannot read this PDF: it has no document catalog");
        qpdf_cleanup(&q);
        return NULL;
    }
    return q;
}

int pdfq_take_error(qpdf_data q)
{
    if (!qpdf_has_error(q)) return 0;
    (void)qpdf_get_error(q); /* retrieving it clears it */
    return 1;
}

const char *pdfq_name(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_name(q, oh)) return "";
    const char *n = qpdf_oh_get_name(q, oh);
    return n && n[0] == '/' ? n + 1 : "";
}

int pdfq_key_is_name(qpdf_data q, qpdf_oh dict, const char *key, const char *name)
{
    if (!qpdf_oh_is_dictionary(q, dict)) return 0;
    return strcmp(pdfq_name(q, qpdf_oh_get_key(q, dict, key)), name) == 0;
}

char *pdfq_text(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_string(q, oh)) return NULL;
    size_t n = 0;
    const char *s = qpdf_oh_get_binary_utf8_value(q, oh, &n);
    if (pdfq_take_error(q) || !s) return xstrdup("");
    return xstrndup(s, n);
}

int pdfq_has_text(qpdf_data q, qpdf_oh dict, const char *key)
{
    if (!qpdf_oh_is_dictionary(q, dict)) return 0;
    char *t = pdfq_text(q, qpdf_oh_get_key(q, dict, key));
    int ok = t && t[0];
    free(t);
    return ok;
}

long long pdfq_id(qpdf_data q, qpdf_oh oh)
{
    if (!qpdf_oh_is_indirect(q, oh)) return 0;
    return (long long)qpdf_oh_get_object_id(q, oh) * 65536LL +
           qpdf_oh_get_generation(q, oh);
}

void pdfq_idset_init(pdfq_idset *s)
{
    memset(s, 0, sizeof *s);
}

void pdfq_idset_free(pdfq_idset *s)
{
    free(s->ids);
    memset(s, 0, sizeof *s);
}

static size_t idset_lower(const pdfq_idset *s, long long id)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->ids[mid] < id) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int pdfq_idset_add(pdfq_idset *s, long long id)
{
    size_t i = idset_lower(s, id);
    if (i < s->n && s->ids[i] == id) return 0;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->ids = xrealloc(s->ids, s->cap * sizeof *s->ids);
    }
    memmove(s->ids + i + 1, s->ids + i, (s->n - i) * sizeof *s->ids);
    s->ids[i] = id;
    s->n++;
    return 1;
}

int pdfq_idset_has(const pdfq_idset *s, long long id)
{
    size_t i = idset_lower(s, id);
    return i < s->n && s->ids[i] == id;
}

int pdfq_page_number(qpdf_data q, long long page_id)
{
    int n = qpdf_get_num_pages(q);
    for (int i = 0; i < n; i++)
        if (pdfq_id(q, qpdf_get_page_n(q, (size_t)i)) == page_id) return i + 1;
    return 0;
}
