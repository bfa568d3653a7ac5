/* policy_check.c — POLDEF-... rules: is the policy file itself sensible?
 * Runs on the model after XSD validation, so only meaning is judged here:
 * tables with gaps, overlaps or reversed rows, negative or absurd numbers,
 * scores no row covers, and sign-off limits out of order. */
#include "policy_rules.h"
#include "policy_model.h"
#include "money_text.h"
#include "../util/xmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bigger than any budget or score a real policy has (£10 billion; a
 * billion points); keeps every later sum and product inside 64 bits. */
#define MAX_PENCE 1000000000000LL
#define MAX_POINTS 1000000000LL

typedef struct {
    const char *file;
    diag_list *diags;
    int errors;
} checker;

#define REPORT(ck, line, id, ...) do { \
        diag_severity sev_ = policy_rule_severity(id); \
        diag_add((ck)->diags, (ck)->file, (line), 0, sev_, id, NULL, __VA_ARGS__); \
        if (sev_ == DIAG_ERROR) (ck)->errors++; \
    } while (0)

static int check_value(checker *ck, long line, const char *what, long long v, long long max)
{
    if (v < 0) {
        REPORT(ck, line, "POLDEF-003", "%s is %lld, which is negative; amounts and points start at 0", what, v);
        return -1;
    }
    if (v > max) {
        REPORT(ck, line, "POLDEF-003", "%s is %lld, larger than any real budget or score; check for extra digits", what, v);
        return -1;
    }
    return 0;
}

static int check_row_values(checker *ck, const policy_stream *s, const alloc_row *r)
{
    int bad = check_value(ck, r->line, "the row's lowest score ('from')", r->from, MAX_POINTS);
    if (!r->open_ended) bad |= check_value(ck, r->line, "the row's highest score ('to')", r->to, MAX_POINTS);
    if (s->method == ALLOC_BANDS) {
        bad |= check_value(ck, r->line, "the band's amount ('pence')", r->pence, MAX_PENCE);
    } else {
        bad |= check_value(ck, r->line, "the price of a point ('pence-per-point')", r->pence_per_point, MAX_PENCE);
        bad |= check_value(ck, r->line, "the row's fixed amount ('base-pence')", r->base_pence, MAX_PENCE);
    }
    if (!bad && !r->open_ended && r->to < r->from) {
        REPORT(ck, r->line, "POLDEF-007", "this row runs from %lld down to %lld points; swap 'from' and 'to'", r->from, r->to);
        bad = -1;
    }
    return bad;
}

/* The amount a row gives at a score (scores and prices already bounded). */
static long long amount_at(const policy_stream *s, const alloc_row *r, long long points)
{
    return s->method == ALLOC_BANDS ? r->pence : r->base_pence + points * r->pence_per_point;
}

static void check_pair(checker *ck, const policy_stream *s, const alloc_row *prev, const alloc_row *r)
{
    if (prev->open_ended || r->from <= prev->to) {
        REPORT(ck, r->line, "POLDEF-002",
               "the %s table gives two amounts for %lld points (this row and the row on line %ld); "
               "make each row start one point after the row before ends", s->kind, r->from, prev->line);
        return;
    }
    if (r->from > prev->to + 1) {
        char missing[64];
        if (r->from - 1 == prev->to + 1) snprintf(missing, sizeof missing, "%lld points", prev->to + 1);
        else snprintf(missing, sizeof missing, "%lld to %lld points", prev->to + 1, r->from - 1);
        REPORT(ck, r->line, "POLDEF-001",
               "the %s table has no amount for %s (between the row on line %ld and this one); "
               "start this row at %lld", s->kind, missing, prev->line, prev->to + 1);
        return;
    }
    char a[32], b[32];
    long long before = amount_at(s, prev, prev->to), after = amount_at(s, r, r->from);
    if (after < before) {
        money_format(before, a, sizeof a);
        money_format(after, b, sizeof b);
        REPORT(ck, r->line, "POLDEF-006",
               "in the %s table %lld points give %s but %lld points give only %s; a higher score should not give less",
               s->kind, prev->to, a, r->from, b);
    }
}

static int cmp_row(const void *x, const void *y)
{
    const alloc_row *a = *(const alloc_row *const *)x, *b = *(const alloc_row *const *)y;
    if (a->from != b->from) return a->from < b->from ? -1 : 1;
    return a->line < b->line ? -1 : a->line > b->line;
}

/* The lowest and highest score the stream's questions can add up to; -1
 * when a question is missing or a value was already reported. */
static int reachable(const policy *pol, const policy_stream *s, long long *lo, long long *hi)
{
    *lo = *hi = 0;
    for (size_t i = 0; i < s->n_counts; i++) {
        const policy_question *q = policy_find_question(pol, s->counts[i]);
        if (!q || q->n_answers == 0) return -1;
        long long qlo = q->answers[0].points, qhi = qlo;
        for (size_t j = 0; j < q->n_answers; j++) {
            long long p = q->answers[j].points;
            if (p < 0 || p > MAX_POINTS) return -1;
            if (p < qlo) qlo = p;
            if (p > qhi) qhi = p;
        }
        *lo += qlo;
        *hi += qhi;
    }
    return 0;
}

static void check_coverage(checker *ck, const policy *pol, const policy_stream *s,
                           const alloc_row *first, const alloc_row *last)
{
    long long lo, hi;
    if (reachable(pol, s, &lo, &hi)) return;
    if (first->from > lo)
        REPORT(ck, first->line, "POLDEF-005",
               "the %s questions can add up to as little as %lld points, but the table starts at %lld; "
               "start the first row at %lld", s->kind, lo, first->from, lo);
    if (!last->open_ended && last->to < hi)
        REPORT(ck, last->line, "POLDEF-005",
               "the %s questions can add up to %lld points, but the table stops at %lld; "
               "extend the last row (or leave out its 'to')", s->kind, hi, last->to);
}

static void check_stream(checker *ck, const policy *pol, const policy_stream *s)
{
    if (s->method == ALLOC_ASSESSED || s->n_rows == 0) return;
    int bad = 0;
    for (size_t i = 0; i < s->n_rows; i++) bad |= check_row_values(ck, s, &s->rows[i]);
    if (bad) return;  /* order and coverage mean nothing until the numbers are sane */
    const alloc_row **sorted = xcalloc(s->n_rows, sizeof *sorted);
    for (size_t i = 0; i < s->n_rows; i++) sorted[i] = &s->rows[i];
    qsort(sorted, s->n_rows, sizeof *sorted, cmp_row);
    for (size_t i = 1; i < s->n_rows; i++) check_pair(ck, s, sorted[i - 1], sorted[i]);
    check_coverage(ck, pol, s, sorted[0], sorted[s->n_rows - 1]);
    free(sorted);
}

static void check_questions(checker *ck, const policy *pol)
{
    for (size_t i = 0; i < pol->n_questions; i++)
        for (size_t j = 0; j < pol->questions[i].n_answers; j++) {
            const policy_answer *a = &pol->questions[i].answers[j];
            check_value(ck, a->line, "the answer's points", a->points, MAX_POINTS);
        }
}

static void check_signoff(checker *ck, const policy *pol)
{
    const policy_signoff *prev = NULL;
    char a[32], b[32];
    for (size_t i = 0; i < pol->n_signoffs; i++) {
        const policy_signoff *s = &pol->signoffs[i];
        int last = i + 1 == pol->n_signoffs;
        if (!s->unlimited && check_value(ck, s->line, "the sign-off limit ('up-to-pence')", s->up_to_pence, MAX_PENCE))
            return;
        if (s->unlimited && !last) {
            REPORT(ck, s->line, "POLDEF-004",
                   "'%s' has no limit but is not the last level, so the levels after it can never be needed; "
                   "give it an 'up-to-pence' or move it last", s->role);
            return;
        }
        if (!s->unlimited && last)
            REPORT(ck, s->line, "POLDEF-004",
                   "nobody may sign off a budget above the last level's limit; leave out 'up-to-pence' on '%s' "
                   "or add a level above it", s->role);
        if (prev && !s->unlimited && s->up_to_pence <= prev->up_to_pence) {
            money_format(s->up_to_pence, a, sizeof a);
            money_format(prev->up_to_pence, b, sizeof b);
            REPORT(ck, s->line, "POLDEF-004",
                   "'%s' may sign off up to %s, not more than '%s' before it (%s); list levels from the lowest "
                   "limit to the highest", s->role, a, prev->role, b);
        }
        prev = s;
    }
}

int policy_check_file(xmlDocPtr policy_doc, const char *policy_file, diag_list *diags)
{
    checker ck = {policy_file, diags, 0};
    policy *pol = policy_from_doc(policy_doc);
    if (!pol) {
        diag_add(diags, policy_file, 1, 0, DIAG_ERROR, "XSD", NULL,
                 "this is not a personal budget policy: the root element must be <policy> in namespace %s",
                 "urn:ehcp:policy:1");
        return 1;
    }
    check_questions(&ck, pol);
    for (size_t i = 0; i < pol->n_streams; i++) check_stream(&ck, pol, &pol->streams[i]);
    check_signoff(&ck, pol);
    policy_free(pol);
    return ck.errors;
}
