/* review_rules.h — the rules that judge an annual review report against the
 * plan it reviews (SEND Regulations 2014 regs 18-22; CoP 9.166-9.185).
 * Knows reviews and plans, never pages or PDF. The table joins rules_all()
 * (so RULES.md and -W overrides include it); the checker is called by
 * rules_check_review() after the review has passed schema/review.xsd. */
#ifndef EHCP_REVIEW_RULES_H
#define EHCP_REVIEW_RULES_H

#include <stddef.h>
#include <libxml/tree.h>
#include "../rules/rules.h"
#include "../util/diag.h"

#define EHCP_REVIEW_NS "urn:ehcp:review:1"

/* Every review rule (subject RULE_ON_REVIEW), in id order. check is NULL:
 * the rules run together through review_rules_check(). */
const rule_def *review_rules(size_t *count);

/* Judges review (root <review>, schema-valid) against plan (root <plan>, the
 * version it names; may be NULL, in which case only the rules that need no
 * plan run). Adds one diagnostic per finding with the line of the offending
 * element, at each rule's default severity. Adds nothing else, prints
 * nothing. */
void review_rules_check(xmlDocPtr review, const char *file, xmlDocPtr plan,
                        const char *plan_file, diag_list *diags);

#endif
