/* pdf_marked.c — the walk over marked content (ISO 32000-1 14.6): which
 * painting is tagged (inside a sequence with an MCID), which is an artifact,
 * which is neither; and the finishing pass's rewrite of "Private" sequences
 * and untagged painting into artifacts. See pdf_content.h. */
#include "pdf_content.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned char artifact;   /* this sequence or an outer one is Artifact */
    unsigned char tagged;     /* this sequence or an outer one has an MCID */
    unsigned char has_lang;   /* this sequence or an outer one has /Lang */
    long mcid;                /* the nearest MCID, -1 for none */
} mc_level;

typedef struct {
    mc_level *v;
    size_t n, cap;
} mc_stack;

static mc_level mc_top(const mc_stack *st)
{
    mc_level none = { 0, 0, 0, -1 };
    return st->n ? st->v[st->n - 1] : none;
}

static void mc_push(mc_stack *st, mc_level l)
{
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 16;
        st->v = xrealloc(st->v, st->cap * sizeof *st->v);
    }
    st->v[st->n++] = l;
}

static void push_long(long **v, size_t *n, long x)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = x;
}

static void push_str(char ***v, size_t *n, char *s)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static int is_op(const pdf_op *op, const char *name)
{
    return !strcmp(op->op, name);
}

static int is_text_op(const pdf_op *op)
{
    return is_op(op, "Tj") || is_op(op, "TJ") || is_op(op, "'") || is_op(op, "\"");
}

/* Opens a marked-content sequence in the scan, recording what it holds. */
static void scan_begin(const unsigned char *s, const pdf_op *op, mc_stack *st,
                       pdf_mc_report *r)
{
    char tag[32];
    pdf_mc_tag(s, op, tag, sizeof tag);
    mc_level outer = mc_top(st), l = outer;
    long mcid = is_op(op, "BDC") ? pdf_bdc_mcid(s, op) : -1;
    char *lang = NULL;
    if (is_op(op, "BDC") && pdf_bdc_string(s, op, "Lang", &lang)) {
        push_str(&r->langs, &r->n_langs, lang);
        l.has_lang = 1;
    }
    if (is_op(op, "BDC") && !l.has_lang &&
        (pdf_bdc_string(s, op, "ActualText", NULL) || pdf_bdc_string(s, op, "Alt", NULL) ||
         pdf_bdc_string(s, op, "E", NULL)))
        push_long(&r->alt_no_lang_mcids, &r->n_alt_no_lang_mcids, mcid);
    if (!strcmp(tag, "Artifact")) {
        if (outer.tagged) r->artifact_in_tagged++;
        l.artifact = 1;
    }
    if (mcid >= 0) {
        if (outer.artifact) r->tagged_in_artifact++;
        l.tagged = 1;
        l.mcid = mcid;
    }
    mc_push(st, l);
}

void pdf_mc_scan(const unsigned char *s, size_t n, pdf_mc_report *r)
{
    pdf_ops it;
    pdf_op op;
    mc_stack st = { 0 };
    pdf_ops_init(&it, s, n);
    while (pdf_ops_next(&it, &op)) {
        if (is_op(&op, "BMC") || is_op(&op, "BDC")) {
            scan_begin(s, &op, &st, r);
        } else if (is_op(&op, "EMC")) {
            if (st.n) st.n--; else r->unbalanced++;
        } else if (pdf_op_paints(op.op)) {
            mc_level l = mc_top(&st);
            if (l.tagged && !l.has_lang && is_text_op(&op) &&
                (!r->n_nolang_text_mcids || r->nolang_text_mcids[r->n_nolang_text_mcids - 1] != l.mcid))
                push_long(&r->nolang_text_mcids, &r->n_nolang_text_mcids, l.mcid);
            if (l.tagged || l.artifact) continue;
            r->untagged_paints++;
            if (is_text_op(&op)) r->untagged_text++;
            if (is_op(&op, "Do") && op.nargs >= 1 && op.args[0].kind == PDF_TOK_NAME)
                push_str(&r->untagged_xobjects, &r->n_untagged_xobjects,
                         xstrndup((const char *)s + op.args[0].start + 1, op.args[0].len - 1));
        }
    }
    r->unbalanced += st.n;
    if (it.error) r->syntax_error = 1;
    free(st.v);
}

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

void pdf_mc_report_free(pdf_mc_report *r)
{
    free(r->nolang_text_mcids);
    free(r->alt_no_lang_mcids);
    free_strs(r->langs, r->n_langs);
    free_strs(r->untagged_xobjects, r->n_untagged_xobjects);
    memset(r, 0, sizeof *r);
}

/* State of one rewrite: bytes copied so far and where the current path
 * began (marked content may not split a path from its painting operator). */
typedef struct {
    const unsigned char *s;
    bytebuf *out;
    size_t copied;
    size_t path_start;
    int in_path;
} rewriter;

static void copy_to(rewriter *w, size_t upto)
{
    if (upto > w->copied) bytebuf_append(w->out, w->s + w->copied, upto - w->copied);
    if (upto > w->copied) w->copied = upto;
}

static void wrap_artifact(rewriter *w, const pdf_op *op)
{
    size_t start = w->in_path && w->path_start >= w->copied && !is_text_op(op)
                       ? w->path_start : op->start;
    copy_to(w, start);
    bytebuf_append_str(w->out, "/Artifact BMC\n");
    copy_to(w, op->end);
    bytebuf_append_str(w->out, "\nEMC");
}

long pdf_mc_rewrite(const unsigned char *s, size_t n, bytebuf *out,
                    long **private_mcids, size_t *n_private)
{
    pdf_ops it;
    pdf_op op;
    mc_stack st = { 0 };
    bytebuf tmp;
    bytebuf_init(&tmp);
    rewriter w = { s, &tmp, 0, 0, 0 };
    long wrapped = 0;
    pdf_ops_init(&it, s, n);
    while (pdf_ops_next(&it, &op)) {
        int builds = pdf_op_builds_path(op.op);
        if (builds && !w.in_path) { w.in_path = 1; w.path_start = op.start; }
        if (is_op(&op, "BMC") || is_op(&op, "BDC")) {
            char tag[32];
            pdf_mc_tag(s, &op, tag, sizeof tag);
            mc_level l = mc_top(&st);
            long mcid = is_op(&op, "BDC") ? pdf_bdc_mcid(s, &op) : -1;
            if (!strcmp(tag, "Private") && !l.tagged) {
                copy_to(&w, op.start);
                bytebuf_append_str(&tmp, "/Artifact BMC");
                w.copied = op.end;
                if (mcid >= 0) push_long(private_mcids, n_private, mcid);
                l.artifact = 1;
            } else {
                if (!strcmp(tag, "Artifact")) l.artifact = 1;
                if (mcid >= 0) l.tagged = 1;
            }
            mc_push(&st, l);
        } else if (is_op(&op, "EMC")) {
            if (st.n) st.n--;
        } else if (pdf_op_paints(op.op)) {
            mc_level l = mc_top(&st);
            if (!l.tagged && !l.artifact) {
                wrap_artifact(&w, &op);
                wrapped++;
            }
        }
        if (!builds) w.in_path = 0;
    }
    free(st.v);
    if (it.error) {
        bytebuf_free(&tmp);
        return -1;
    }
    copy_to(&w, n);
    bytebuf_append(out, tmp.data, tmp.len);
    bytebuf_free(&tmp);
    return wrapped;
}
