/* policy_model.h — a local authority's personal budget policy as C data,
 * read from a parsed policy file (schema/policy.xsd). Only what ehcp computes
 * or judges with is kept here; the rendered pages read names, contacts and
 * wording straight from the policy document. Every item keeps its line so
 * diagnostics can point at it. Money is integer pence. */
#ifndef EHCP_POLICY_MODEL_H
#define EHCP_POLICY_MODEL_H

#include <stddef.h>
#include <libxml/tree.h>

typedef struct {
    char *level;
    long long points;
    char *text;
    long line;
} policy_answer;

typedef struct {
    char *id;
    char *domain;
    char *ask;
    policy_answer *answers;
    size_t n_answers;
    long line;
} policy_question;

typedef enum { ALLOC_POINTS_TABLE, ALLOC_BANDS, ALLOC_ASSESSED } alloc_method;

/* One row of a points table or one band: scores from..to (to absent =
 * "and above"). Points table: base_pence + points x pence_per_point.
 * Band: pence. */
typedef struct {
    long long from;
    long long to;
    int open_ended;
    long long pence_per_point;
    long long base_pence;
    long long pence;
    char *name;          /* bands only */
    long line;
} alloc_row;

typedef struct {
    char *kind;          /* education | social-care | health */
    char *name;
    alloc_method method;
    char **counts;       /* question ids */
    size_t n_counts;
    alloc_row *rows;
    size_t n_rows;
    char *assessed_note; /* ALLOC_ASSESSED only */
    long line;
} policy_stream;

typedef struct {
    char *id;
    long long rank;
    char *name;
    char **assessments;  /* assessment ids */
    size_t n_assessments;
    char **opens;        /* service kinds */
    size_t n_opens;
    long line;
} policy_tier;

typedef struct {
    char *role;
    char *label;
    long long up_to_pence;
    int unlimited;
    long line;
} policy_signoff;

typedef struct {
    char *id, *area, *kind, *name;
    int has_limit;
    long long count;
    char *unit;          /* working-days | days | weeks | months */
    char *from;          /* plan-issued | your-request */
    char *binds;         /* family | authority */
    long line;
} policy_route;

typedef struct {
    char *id;
    long long version;
    char *authority;
    char *dp_support;    /* the direct payment support service's name */
    policy_question *questions;
    size_t n_questions;
    policy_stream *streams;
    size_t n_streams;
    int tiers_cumulative;
    policy_tier *tiers;
    size_t n_tiers;
    policy_signoff *signoffs;
    size_t n_signoffs;
    policy_route *routes;
    size_t n_routes;
} policy;

/* Builds the model from a policy document (root {urn:ehcp:policy:1}policy).
 * Returns NULL only when the root is not a policy. Missing or malformed
 * parts (possible if the caller skipped XSD validation) read as empty or 0. */
policy *policy_from_doc(xmlDocPtr doc);
void policy_free(policy *pol);

const policy_question *policy_find_question(const policy *pol, const char *id);
const policy_answer *policy_find_answer(const policy_question *q, const char *level);
const policy_stream *policy_find_stream(const policy *pol, const char *kind);
const policy_tier *policy_find_tier(const policy *pol, const char *id);
const policy_signoff *policy_find_signoff(const policy *pol, const char *role);
/* 1 when the tier opens the service kind (counting lower tiers when the
 * policy says tiers are cumulative). */
int policy_tier_opens(const policy *pol, const policy_tier *tier, const char *service);

#endif
