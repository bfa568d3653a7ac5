/* review_apply.h — the proposed amended plan: a copy of the plan with a
 * review's proposed changes applied, version + 1 and stage "amended", ready
 * for the authority to check and send with the notice of proposed
 * amendments (SEND Regulations 2014 reg 22). The caller validates the result
 * against schema/ehcp.xsd before writing it. */
#ifndef EHCP_REVIEW_APPLY_H
#define EHCP_REVIEW_APPLY_H

#include <libxml/tree.h>
#include "../util/diag.h"

/* review and plan are schema-valid documents; the review must name this plan
 * (REVIEW-001) and its changes must fit it (REVIEW-014), else NULL after
 * those diagnostics. Returns a new document owned by the caller. */
xmlDocPtr review_apply(xmlDocPtr review, const char *review_file, xmlDocPtr plan,
                       const char *plan_file, diag_list *diags);

#endif
