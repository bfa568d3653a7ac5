/* pdf_content.c — content stream tokeniser and operation iterator; see
 * pdf_content.h. The walk over marked content lives in pdf_marked.c. */
#include "pdf_content.h"
#include <stdlib.h>
#include <string.h>

/* Deeper nesting of arrays and dictionaries than this is treated as a
 * syntax error (no real producer comes close; it bounds the recursion). */
#define MAX_NESTING 64

static int is_space(unsigned char c)
{
    return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

static int is_delim(unsigned char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' ||
           c == '{' || c == '}' || c == '/' || c == '%';
}

static size_t skip_space(const unsigned char *s, size_t n, size_t i)
{
    while (i < n) {
        if (is_space(s[i])) i++;
        else if (s[i] == '%') {
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
        } else break;
    }
    return i;
}

/* Literal string starting at s[i] == '('; returns the index after ')'. */
static size_t lex_string(const unsigned char *s, size_t n, size_t i, int *ok)
{
    int depth = 0;
    for (; i < n; i++) {
        if (s[i] == '\\') { i++; continue; }
        if (s[i] == '(') depth++;
        else if (s[i] == ')' && --depth == 0) return i + 1;
    }
    *ok = 0;
    return n;
}

static size_t lex_regular(const unsigned char *s, size_t n, size_t i)
{
    while (i < n && !is_space(s[i]) && !is_delim(s[i])) i++;
    return i;
}

static void lex_at(const unsigned char *s, size_t n, size_t *pos, pdf_tok *t, int depth);

/* Composite value: s[*pos] opens "[" or "<<"; reads to the matching close. */
static void lex_composite(const unsigned char *s, size_t n, size_t *pos, pdf_tok *t,
                          int depth, int is_dict)
{
    size_t i = *pos + (is_dict ? 2 : 1);
    t->kind = is_dict ? PDF_TOK_DICT : PDF_TOK_ARRAY;
    if (depth >= MAX_NESTING) { t->kind = PDF_TOK_BAD; *pos = n; return; }
    for (;;) {
        i = skip_space(s, n, i);
        if (i >= n) { t->kind = PDF_TOK_BAD; *pos = n; return; }
        if (!is_dict && s[i] == ']') { i++; break; }
        if (is_dict && s[i] == '>' && i + 1 < n && s[i + 1] == '>') { i += 2; break; }
        pdf_tok inner;
        size_t p = i;
        lex_at(s, n, &p, &inner, depth + 1);
        if (inner.kind == PDF_TOK_BAD || inner.kind == PDF_TOK_END) {
            t->kind = PDF_TOK_BAD; *pos = n; return;
        }
        i = p;
    }
    t->len = i - t->start;
    *pos = i;
}

static void lex_at(const unsigned char *s, size_t n, size_t *pos, pdf_tok *t, int depth)
{
    size_t i = skip_space(s, n, *pos);
    t->start = i;
    t->len = 0;
    if (i >= n) { t->kind = PDF_TOK_END; *pos = n; return; }
    unsigned char c = s[i];
    int ok = 1;
    size_t end;
    if (c == '(') {
        t->kind = PDF_TOK_STRING;
        end = lex_string(s, n, i, &ok);
    } else if (c == '<' && i + 1 < n && s[i + 1] == '<') {
        *pos = i;
        lex_composite(s, n, pos, t, depth, 1);
        return;
    } else if (c == '<') {
        t->kind = PDF_TOK_HEX;
        const unsigned char *gt = memchr(s + i, '>', n - i);
        ok = gt != NULL;
        end = gt ? (size_t)(gt - s) + 1 : n;
    } else if (c == '[') {
        *pos = i;
        lex_composite(s, n, pos, t, depth, 0);
        return;
    } else if (c == '/') {
        t->kind = PDF_TOK_NAME;
        end = lex_regular(s, n, i + 1);
    } else if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}') {
        t->kind = PDF_TOK_BAD;
        end = i + 1;
        ok = 0;
    } else {
        end = lex_regular(s, n, i);
        t->kind = ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')
                      ? PDF_TOK_NUMBER : PDF_TOK_KEYWORD;
        size_t len = end - i;
        if ((len == 4 && !memcmp(s + i, "true", 4)) || (len == 5 && !memcmp(s + i, "false", 5)) ||
            (len == 4 && !memcmp(s + i, "null", 4)))
            t->kind = PDF_TOK_NUMBER; /* an operand, like a number */
    }
    if (!ok) t->kind = PDF_TOK_BAD;
    t->len = end - i;
    *pos = end;
}

void pdf_lex(const unsigned char *s, size_t n, size_t *pos, pdf_tok *t)
{
    lex_at(s, n, pos, t, 0);
}

void pdf_ops_init(pdf_ops *it, const unsigned char *s, size_t n)
{
    it->s = s;
    it->n = n;
    it->pos = 0;
    it->error = 0;
}

/* Inline image: after "ID" and one white-space byte comes binary data
 * ending at "EI" between white space (or the end of the stream). */
static int skip_inline_image(pdf_ops *it)
{
    pdf_tok t;
    for (;;) {
        lex_at(it->s, it->n, &it->pos, &t, 0);
        if (t.kind == PDF_TOK_END || t.kind == PDF_TOK_BAD) return 0;
        if (t.kind == PDF_TOK_KEYWORD && t.len == 2 && !memcmp(it->s + t.start, "ID", 2))
            break;
    }
    size_t i = it->pos + 1;
    for (; i + 1 < it->n; i++) {
        if (it->s[i] == 'E' && it->s[i + 1] == 'I' && is_space(it->s[i - 1]) &&
            (i + 2 == it->n || is_space(it->s[i + 2]))) {
            it->pos = i + 2;
            return 1;
        }
    }
    return 0;
}

int pdf_ops_next(pdf_ops *it, pdf_op *op)
{
    memset(op, 0, sizeof *op);
    int have_start = 0;
    for (;;) {
        pdf_tok t;
        lex_at(it->s, it->n, &it->pos, &t, 0);
        if (t.kind == PDF_TOK_END) return 0;
        if (t.kind == PDF_TOK_BAD) { it->error = 1; return 0; }
        if (!have_start) { op->start = t.start; have_start = 1; }
        if (t.kind != PDF_TOK_KEYWORD) {
            if (op->nargs < PDF_OP_MAX_ARGS) op->args[op->nargs++] = t;
            continue;
        }
        if (t.len <= 3) memcpy(op->op, it->s + t.start, t.len);
        else memcpy(op->op, "???", 3);
        if (!strcmp(op->op, "BI") && !skip_inline_image(it)) { it->error = 1; return 0; }
        op->end = !strcmp(op->op, "BI") ? it->pos : t.start + t.len;
        return 1;
    }
}

/* Every operator in these sets has one or two characters: compare them in
 * place (this runs for every operator of every page; a strcmp per entry
 * cost ~300 instructions a call). */
static int op_in(const char *op, const char *const *set)
{
    if (!op[0] || (op[1] && op[2])) return 0;
    for (size_t i = 0; set[i]; i++)
        if (set[i][0] == op[0] && set[i][1] == op[1]) return 1;
    return 0;
}

int pdf_op_paints(const char *op)
{
    static const char *const paint[] = {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
        "sh", "Do", "BI", NULL
    };
    return op_in(op, paint);
}

int pdf_op_builds_path(const char *op)
{
    static const char *const path[] = { "m", "l", "c", "v", "y", "h", "re", "W", "W*", NULL };
    return op_in(op, path);
}

/* Finds key in the inline dictionary token d; 1 and *val when found. */
static int dict_find(const unsigned char *s, const pdf_tok *d, const char *key, pdf_tok *val)
{
    if (d->kind != PDF_TOK_DICT) return 0;
    size_t end = d->start + d->len - 2, pos = d->start + 2;
    size_t klen = strlen(key);
    for (;;) {
        pdf_tok k, v;
        lex_at(s, end, &pos, &k, 1);
        if (k.kind != PDF_TOK_NAME) return 0;
        lex_at(s, end, &pos, &v, 1);
        if (v.kind == PDF_TOK_END || v.kind == PDF_TOK_BAD) return 0;
        if (k.len == klen + 1 && !memcmp(s + k.start + 1, key, klen)) {
            *val = v;
            return 1;
        }
    }
}

long pdf_bdc_mcid(const unsigned char *s, const pdf_op *op)
{
    pdf_tok v;
    if (op->nargs < 2 || !dict_find(s, &op->args[1], "MCID", &v) || v.kind != PDF_TOK_NUMBER)
        return -1;
    long m = 0;
    for (size_t i = 0; i < v.len; i++) {
        unsigned char c = s[v.start + i];
        if (c < '0' || c > '9' || m > 100000000L) return -1;
        m = m * 10 + (c - '0');
    }
    return m;
}

int pdf_bdc_string(const unsigned char *s, const pdf_op *op, const char *key, char **val)
{
    pdf_tok v;
    if (op->nargs < 2 || !dict_find(s, &op->args[1], key, &v)) return 0;
    if (v.kind != PDF_TOK_STRING && v.kind != PDF_TOK_HEX) return 0;
    if (val) *val = xstrndup((const char *)s + v.start + 1, v.len - 2);
    return 1;
}

void pdf_mc_tag(const unsigned char *s, const pdf_op *op, char *buf, size_t size)
{
    buf[0] = '\0';
    if (op->nargs < 1 || op->args[0].kind != PDF_TOK_NAME || size == 0) return;
    size_t len = op->args[0].len - 1;
    if (len >= size) len = size - 1;
    memcpy(buf, s + op->args[0].start + 1, len);
    buf[len] = '\0';
}
