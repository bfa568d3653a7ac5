/* review_internal.h — what the review rule files share: the context of one
 * check (the review, the plan it names, where findings go) and small helpers
 * for walking both trees and for calendar dates. Not part of the public API;
 * names carry the rv_ prefix so they cannot clash with cli/plan's helpers. */
#ifndef EHCP_REVIEW_INTERNAL_H
#define EHCP_REVIEW_INTERNAL_H

#include <libxml/tree.h>
#include "../plan/dates.h"
#include "../util/diag.h"

#define RV_PLAN_NS "urn:ehcp:plan:1"
#define RV_REVIEW_NS "urn:ehcp:review:1"
#define RV_NO_DATE DATE_NONE

typedef struct {
    xmlNodePtr review;      /* root <review> */
    const char *file;
    xmlNodePtr plan;        /* root <plan>, or NULL when no plan was given */
    const char *plan_file;
    diag_list *diags;
    long meeting;           /* meeting date in days since 1970-01-01, or RV_NO_DATE */
} rv_ctx;

/* One finding of rule id at node (its line), at the rule's default severity. */
void rv_report(const rv_ctx *c, const char *rule, const xmlNode *at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* First element child of parent named name in namespace ns; then the next
 * sibling element with the same name and namespace. NULL when none. */
xmlNodePtr rv_child(const xmlNode *parent, const char *ns, const char *name);
xmlNodePtr rv_next(const xmlNode *node);
/* First element child in any namespace, or the next element sibling. */
xmlNodePtr rv_first_element(const xmlNode *parent);
xmlNodePtr rv_next_element(const xmlNode *node);
/* 1 when node is an element named name in namespace ns. */
int rv_is(const xmlNode *node, const char *ns, const char *name);

/* Attribute value copied into buf (truncated to size); "" when absent.
 * Returns buf. Keeps callers free of xmlFree bookkeeping. */
const char *rv_attr(const xmlNode *node, const char *name, char *buf, size_t size);

/* "YYYY-MM-DD" to days since 1970-01-01; RV_NO_DATE when malformed. */
long rv_parse_date(const char *s);
long rv_attr_date(const xmlNode *node, const char *name);
/* Date of an element's text content ("<final-issued>2026-01-23</...>"). */
long rv_text_date(const xmlNode *node);
/* days to "YYYY-MM-DD" (buf of at least 11 bytes). The date helpers wrap
 * cli/plan/dates.h. */
const char *rv_format_date(long days, char *buf);
/* Calendar parts of a day number. */
void rv_civil(long days, int *year, int *month, int *day);
long rv_days(int year, int month, int day);
/* The same day n months later (clamped to the month's end). */
long rv_add_months(long days, int months);

/* The element of the plan's sections B-J whose id is id (needs, outcomes,
 * provision, placements, budget elements), or NULL. Contacts are ignored:
 * their ids live in a different space. */
xmlNodePtr rv_plan_item(const xmlNode *plan, const char *id);
/* The plan's section element for a review section code ("b".."j"). */
xmlNodePtr rv_plan_section(const xmlNode *plan, const char *code);

/* The element a section holds ("e" -> "outcome", "j" -> "budget-element"),
 * or NULL for an unknown code. */
const char *rv_section_item(const char *code);
/* The plan-vocabulary element inside a proposed <add> or <replace>. */
xmlNodePtr rv_change_content(const xmlNode *change);

/* The checks, one file per theme. Each adds findings through rv_report. */
void rv_check_plan_link(const rv_ctx *c);     /* REVIEW-001 */
void rv_check_outcomes(const rv_ctx *c);      /* REVIEW-002, -003, -012 */
void rv_check_timing(const rv_ctx *c);        /* REVIEW-004 .. -008, -015 */
void rv_check_transfer(const rv_ctx *c);      /* REVIEW-010 */
void rv_check_content(const rv_ctx *c);       /* REVIEW-009, -011, -016 */
void rv_check_proposals(const rv_ctx *c);     /* REVIEW-013, -014 */

#endif
