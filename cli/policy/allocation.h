/* allocation.h — the resource allocation computation: the plan's answers,
 * scored with the policy's points, summed per funding stream, looked up in
 * the stream's table or bands. Keeps every step so ehcp budget and the
 * family's page can show the working, not just the result. Integer pence
 * and integer points only; overflow is detected, never wrapped. */
#ifndef EHCP_ALLOCATION_H
#define EHCP_ALLOCATION_H

#include <stddef.h>
#include "policy_model.h"
#include "plan_budget.h"

typedef enum {
    ALLOC_OK,              /* pence is the indicative amount */
    ALLOC_NOT_FORMULA,     /* the policy sets this stream by a separate assessment */
    ALLOC_MISSING_ANSWERS, /* a counted question has no (known) answer */
    ALLOC_NO_ROW,          /* the score falls outside every row (a POLDEF error) */
    ALLOC_TOO_LARGE        /* the numbers overflow 64 bits (a POLDEF error) */
} alloc_status;

typedef struct {
    const policy_question *question;
    const char *level;            /* as recorded in the plan; NULL when unanswered */
    const policy_answer *answer;  /* NULL when unanswered or the level is unknown */
} alloc_line;

typedef struct {
    const policy_stream *stream;
    alloc_status status;
    alloc_line *lines;
    size_t n_lines;
    long long points;
    const alloc_row *row;
    long long pence;
} alloc_stream;

typedef struct {
    alloc_stream *streams;        /* one per policy stream, in policy order */
    size_t n_streams;
} allocation;

/* Never NULL. The result points into pol and bw: free it first. */
allocation *allocation_compute(const policy *pol, const budget_working *bw);
void allocation_free(allocation *a);
const alloc_stream *allocation_stream(const allocation *a, const char *kind);

/* How the row turns points into money, in plain words, e.g.
 * "6 to 15 points: £150.00 a point" or "Band C (8 to 11 points): £3,000.00". */
void allocation_row_text(const policy_stream *s, const alloc_row *row, char *out, size_t size);
/* The sum, e.g. "14 points x £150.00 = £2,100.00"; "" for bands. */
void allocation_sum_text(const alloc_stream *as, char *out, size_t size);

#endif
