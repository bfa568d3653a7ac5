/* plan_budget.h — the plan's side of the policy check, as C data: the
 * <pb:budget-working> block (schema/plan-budget.xsd) and the few plan facts
 * the policy rules need (stage, issue date, placement, section J elements,
 * the ids of social care provision). Lines are kept for diagnostics. */
#ifndef EHCP_PLAN_BUDGET_H
#define EHCP_PLAN_BUDGET_H

#include <stddef.h>
#include <libxml/tree.h>

typedef struct { char *question, *level; long line; } pb_answer;

typedef struct {
    char *kind;
    long long indicative;
    int has_agreed;
    long long agreed;
    int has_reason;
    long line;
} pb_stream;

typedef struct {
    char *element_ref, *stream, *source, *accountable, *holder_kind, *holder;
    long line;
} pb_funding_line;

typedef struct { char *kind, *ref; long line; } pb_service;
typedef struct { char *name, *element_ref; int vetted, excepted; long line; } pb_assistant;

/* A section J budget element of the plan itself. */
typedef struct { char *id, *source, *arrangement; int direct_payment; long line; } pb_element;

typedef struct {
    long line;                     /* of <budget-working> */
    char *policy_id;
    long long policy_version;      /* 0 = not stated */
    int agreed;                    /* status="agreed" */
    pb_answer *answers; size_t n_answers;
    char *questionnaire;           /* may be NULL */
    char *answers_completed, *answers_with;
    long answers_line;
    pb_stream *streams; size_t n_streams;
    pb_funding_line *lines; size_t n_lines;
    char *signoff_role, *signoff_name, *signoff_date; long signoff_line;
    int has_cosign;
    char *tier, *assessment; long eligibility_line;
    pb_service *services; size_t n_services;
    int dp_told;
    pb_assistant *assistants; size_t n_assistants;
    /* from the plan around it */
    char *stage;                   /* draft | final | amended */
    char *issued;                  /* final-issued (or amended-issued), YYYY-MM-DD, may be NULL */
    int has_placement;             /* section I names a setting */
    long placement_line;           /* of section-i, for diagnostics */
    pb_element *elements; size_t n_elements;
    char **provision_ids; size_t n_provision_ids;   /* every provision and J id */
} budget_working;

/* The plan's budget-working block and its context; NULL when the plan has
 * no <pb:budget-working>. */
budget_working *budget_working_from_plan(xmlDocPtr plan);
void budget_working_free(budget_working *bw);

const pb_answer *budget_working_answer(const budget_working *bw, const char *question);
const pb_element *budget_working_element(const budget_working *bw, const char *id);
int budget_working_has_id(const budget_working *bw, const char *id);

#endif
