/* policy_rules.h — checking plans against a local authority's published
 * personal budget policy (POLICY-... rules) and checking the policy file
 * itself (POLDEF-... rules). The rule table uses the engine's rule_def
 * (subject RULE_ON_POLICY, check NULL: the checks run through
 * policy_rules_check and policy_check_file, which emit diagnostics with the
 * table's ids and default severities; the engine applies -W overrides by id). */
#ifndef EHCP_POLICY_RULES_H
#define EHCP_POLICY_RULES_H

#include <stddef.h>
#include <libxml/tree.h>
#include "../rules/rules.h"
#include "../util/diag.h"

/* Every POLICY-... and POLDEF-... rule, in RULES.md order. */
const rule_def *policy_rules(size_t *count);

/* The plan (schema-valid, may lack a budget-working block: then nothing is
 * reported) against a policy that passed policy_check_file. */
void policy_rules_check(xmlDocPtr plan, const char *plan_file, xmlDocPtr policy,
                        const char *policy_file, diag_list *diags);

/* The policy's own consistency (after XSD validation with schema/policy.xsd):
 * table gaps and overlaps, negative amounts, coverage of every reachable
 * score, sign-off limits in order. Returns the number of errors added. */
int policy_check_file(xmlDocPtr policy, const char *policy_file, diag_list *diags);

/* The default severity of a rule in the table (DIAG_ERROR for unknown ids),
 * so every diagnostic the checks add matches the documented table. */
diag_severity policy_rule_severity(const char *id);

#endif
