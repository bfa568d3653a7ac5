/* allocation.c — see allocation.h. */
#include "allocation.h"
#include "money_text.h"
#include "../util/xmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const alloc_row *find_row(const policy_stream *s, long long points)
{
    for (size_t i = 0; i < s->n_rows; i++) {
        const alloc_row *r = &s->rows[i];
        if (points >= r->from && (r->open_ended || points <= r->to)) return r;
    }
    return NULL;
}

static void score_lines(alloc_stream *as, const policy *pol, const budget_working *bw)
{
    const policy_stream *s = as->stream;
    as->n_lines = s->n_counts;
    as->lines = xcalloc(s->n_counts ? s->n_counts : 1, sizeof(alloc_line));
    int missing = 0, overflow = 0;
    for (size_t i = 0; i < s->n_counts; i++) {
        alloc_line *l = &as->lines[i];
        l->question = policy_find_question(pol, s->counts[i]);
        const pb_answer *a = bw ? budget_working_answer(bw, s->counts[i]) : NULL;
        l->level = a ? a->level : NULL;
        l->answer = a ? policy_find_answer(l->question, a->level) : NULL;
        if (!l->answer) { missing = 1; continue; }
        if (__builtin_add_overflow(as->points, l->answer->points, &as->points)) overflow = 1;
    }
    if (missing) as->status = ALLOC_MISSING_ANSWERS;
    else if (overflow) as->status = ALLOC_TOO_LARGE;
}

static void price(alloc_stream *as)
{
    const policy_stream *s = as->stream;
    as->row = find_row(s, as->points);
    if (!as->row) { as->status = ALLOC_NO_ROW; return; }
    if (s->method == ALLOC_BANDS) { as->pence = as->row->pence; return; }
    long long product;
    if (__builtin_mul_overflow(as->points, as->row->pence_per_point, &product) ||
        __builtin_add_overflow(product, as->row->base_pence, &as->pence))
        as->status = ALLOC_TOO_LARGE;
}

allocation *allocation_compute(const policy *pol, const budget_working *bw)
{
    allocation *a = xcalloc(1, sizeof(allocation));
    a->n_streams = pol->n_streams;
    a->streams = xcalloc(pol->n_streams ? pol->n_streams : 1, sizeof(alloc_stream));
    for (size_t i = 0; i < pol->n_streams; i++) {
        alloc_stream *as = &a->streams[i];
        as->stream = &pol->streams[i];
        as->status = ALLOC_OK;
        if (as->stream->method == ALLOC_ASSESSED) {
            as->status = ALLOC_NOT_FORMULA;
            as->lines = xcalloc(1, sizeof(alloc_line));
            continue;
        }
        score_lines(as, pol, bw);
        if (as->status == ALLOC_OK) price(as);
    }
    return a;
}

void allocation_free(allocation *a)
{
    if (!a) return;
    for (size_t i = 0; i < a->n_streams; i++) free(a->streams[i].lines);
    free(a->streams);
    free(a);
}

const alloc_stream *allocation_stream(const allocation *a, const char *kind)
{
    for (size_t i = 0; i < a->n_streams; i++)
        if (a->streams[i].stream->kind && kind && strcmp(a->streams[i].stream->kind, kind) == 0)
            return &a->streams[i];
    return NULL;
}

static void range_text(const alloc_row *row, char *out, size_t size)
{
    if (row->open_ended) snprintf(out, size, "%lld points or more", row->from);
    else if (row->from == row->to) snprintf(out, size, "%lld point%s", row->from, row->from == 1 ? "" : "s");
    else snprintf(out, size, "%lld to %lld points", row->from, row->to);
}

void allocation_row_text(const policy_stream *s, const alloc_row *row, char *out, size_t size)
{
    char range[64], a[32], b[32];
    range_text(row, range, sizeof range);
    if (s->method == ALLOC_BANDS) {
        money_format(row->pence, a, sizeof a);
        snprintf(out, size, "%s (%s): %s a year", row->name ? row->name : "band", range, a);
    } else if (row->base_pence) {
        money_format(row->base_pence, a, sizeof a);
        money_format(row->pence_per_point, b, sizeof b);
        snprintf(out, size, "%s: %s plus %s a point", range, a, b);
    } else {
        money_format(row->pence_per_point, b, sizeof b);
        snprintf(out, size, "%s: %s a point", range, b);
    }
}

void allocation_sum_text(const alloc_stream *as, char *out, size_t size)
{
    char a[32], b[32], c[32];
    out[0] = '\0';
    if (as->status != ALLOC_OK || as->stream->method != ALLOC_POINTS_TABLE) return;
    money_format(as->row->pence_per_point, b, sizeof b);
    money_format(as->pence, c, sizeof c);
    if (as->row->base_pence) {
        money_format(as->row->base_pence, a, sizeof a);
        snprintf(out, size, "%s + %lld points x %s = %s", a, as->points, b, c);
    } else {
        snprintf(out, size, "%lld points x %s = %s", as->points, b, c);
    }
}
