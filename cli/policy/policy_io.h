/* policy_io.h — reading a policy file from disk with every check it gets
 * (safe parse, root and namespace, schema/policy.xsd, POLDEF rules), and
 * checking a plan's budget-working block alone against
 * schema/plan-budget.xsd. Used by ehcp budget and the tests; ehcp validate
 * reaches the same checks through policy_rules.h. */
#ifndef EHCP_POLICY_IO_H
#define EHCP_POLICY_IO_H

#include <libxml/tree.h>
#include "../util/diag.h"

/* The policy document (owned by the caller), or NULL after diagnostics. */
xmlDocPtr policy_load_file(const char *path, const char *datadir, diag_list *diags);

/* Validates the plan's <pb:budget-working> against plan-budget.xsd (lines
 * point into the plan). Returns the number of errors; -1 (with no
 * diagnostic) when the plan has no budget-working block. */
int budget_working_validate(xmlDocPtr plan, const char *plan_file, const char *datadir,
                            diag_list *diags);

#endif
