/* pdf_finish_scan.c — finds the object number of each structure element
 * the layout engine recorded (pdf_tagrec) by reading Cairo's bytes, not
 * through qpdf: Cairo 1.16 writes every element as
 *     "N 0 obj\n<< /Type /StructElem\n   /S /Type\n   /P M 0 R\n"
 * with numbers given when each tag opens, so in number order the elements
 * are the tags in the order they were opened. A scan of a few megabytes
 * costs less than one qpdf call per element. The result is used only when
 * the whole file agrees with the record: same count, same type and same
 * parent for every element; the caller checks each element it changes
 * again through qpdf. */
#include "pdf_finish_internal.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    long id;
    long parent;
    const unsigned char *type;
    size_t type_len;
    int mcids;
} scanned;

static const char NEEDLE[] = "obj\n<< /Type /StructElem\n   /S /";

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Reads digits forward from *p; -1 when there are none or too many. */
static long read_number(const unsigned char **p, const unsigned char *end)
{
    long v = 0;
    int n = 0;
    while (*p < end && is_digit(**p) && n < 10) v = v * 10 + (*(*p)++ - '0'), n++;
    return n && n < 10 ? v : -1;
}

/* The first occurrence of str in [p, end) (memmem is a GNU extension). */
static const unsigned char *find_str(const unsigned char *p, const unsigned char *end,
                                     const char *str)
{
    size_t n = strlen(str);
    while ((size_t)(end - p) >= n) {
        const unsigned char *o = memchr(p, str[0], (size_t)(end - p) - n + 1);
        if (!o) return NULL;
        if (!memcmp(o, str, n)) return o;
        p = o + 1;
    }
    return NULL;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* 1 when p starts " 0 R": the number before it was an object number. */
static int is_ref_tail(const unsigned char *p, const unsigned char *end)
{
    return end - p >= 4 && !memcmp(p, " 0 R", 4);
}

/* MCIDs in the element's /K (p..end: the rest of its dictionary, in
 * Cairo's form): integers in /K itself and /MCID entries of MCRs; -1 when
 * /K is not in that form. */
static int count_mcids(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *k = find_str(p, end, "\n   /K ");
    if (!k) return 0;
    p = k + 7;
    if (p < end && is_digit(*p)) {
        if (read_number(&p, end) < 0) return -1;
        return is_ref_tail(p, end) ? 0 : 1;
    }
    if (p >= end || *p != '[') return -1;
    int n = 0, depth = 0;
    for (p++; p < end; ) {
        if (is_space(*p)) { p++; continue; }
        if (*p == ']' && depth == 0) return n;
        if (end - p >= 2 && !memcmp(p, "<<", 2)) { depth++; p += 2; continue; }
        if (end - p >= 2 && !memcmp(p, ">>", 2)) { depth--; p += 2; continue; }
        if (end - p >= 6 && !memcmp(p, "/MCID ", 6)) { n++; p += 6; continue; }
        if (is_digit(*p)) {
            if (read_number(&p, end) < 0) return -1;
            if (is_ref_tail(p, end)) p += 4;
            else if (depth == 0) n++;
            continue;
        }
        /* anything else: one delimiter or one token, always moving on */
        if (strchr("/[]<>", *p)) p++;
        while (p < end && !is_space(*p) && !strchr("/[]<>", *p)) p++;
    }
    return -1;
}

/* The element whose NEEDLE starts at s + at; 0 when it is not in Cairo's form. */
static int read_elem(const unsigned char *s, size_t len, size_t at, scanned *e)
{
    /* backwards over "N 0 " at the start of a line */
    if (at < 5 || s[at - 1] != ' ' || s[at - 2] != '0' || s[at - 3] != ' ') return 0;
    size_t b = at - 3;
    while (b > 0 && is_digit(s[b - 1]) && at - b < 14) b--;
    if (b == at - 3 || (b > 0 && s[b - 1] != '\n')) return 0;
    const unsigned char *p = s + b, *end = s + len;
    e->id = read_number(&p, end);
    /* the type, then "\n   /P M 0 R" */
    p = s + at + sizeof NEEDLE - 1;
    e->type = p;
    while (p < end && *p > ' ' && !strchr("/[]<>()%", *p)) p++;
    e->type_len = (size_t)(p - e->type);
    static const char P[] = "\n   /P ";
    if ((size_t)(end - p) < sizeof P || memcmp(p, P, sizeof P - 1)) return 0;
    p += sizeof P - 1;
    e->parent = read_number(&p, end);
    if (!is_ref_tail(p, end)) return 0;
    const unsigned char *dict_end = find_str(p, end, "\n>>");
    e->mcids = dict_end ? count_mcids(p, dict_end) : -1;
    return e->id > 0 && e->parent > 0 && e->type_len > 0;
}

static int by_id(const void *a, const void *b)
{
    const scanned *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

long *pdf_finish_scan_ids(const unsigned char *in, size_t len, const pdf_tagrec *r,
                          long root_id, int **mcids)
{
    *mcids = NULL;
    if (!in || r->n == 0) return NULL;
    scanned *v = xcalloc(r->n, sizeof *v);
    size_t n = 0, nl = sizeof NEEDLE - 1;
    int ok = 1;
    const unsigned char *p = in, *end = in + len;
    while (ok && (p = find_str(p, end, NEEDLE))) {
        if (n == r->n || !read_elem(in, len, (size_t)(p - in), &v[n])) ok = 0;
        else n++;
        p += nl;
    }
    if (!ok || n != r->n) {
        free(v);
        return NULL;
    }
    qsort(v, n, sizeof *v, by_id);
    long *ids = xcalloc(n, sizeof *ids);
    *mcids = xcalloc(n, sizeof **mcids);
    for (size_t k = 0; k < n && ok; k++) {
        const char *type = pdf_tagrec_type(r, k);
        long parent = r->parent[k];
        ok = (k == 0 || v[k].id > v[k - 1].id) && strlen(type) == v[k].type_len &&
             !memcmp(type, v[k].type, v[k].type_len) &&
             v[k].parent == (parent < 0 ? root_id : v[parent].id);
        ids[k] = v[k].id;
        (*mcids)[k] = v[k].mcids;
    }
    free(v);
    if (!ok) {
        free(ids);
        free(*mcids);
        *mcids = NULL;
        return NULL;
    }
    return ids;
}
