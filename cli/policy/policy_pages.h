/* policy_pages.h — the input for templates/policy-pages.xsl: one document
 *   <with-policy>
 *     <plan xmlns="urn:ehcp:plan:1">…</plan>          a copy of the plan
 *     <policy xmlns="urn:ehcp:policy:1">…</policy>    a copy of the policy
 *     <working …>…</working>                          everything computed
 *   </with-policy>
 * <working> holds the allocation (each answer, its points, the row or band,
 * the amount, the recorded and agreed amounts, all as display text) and each
 * route's deadline computed from the plan's issue date, so the stylesheet
 * does no arithmetic. Element and attribute names of <working> are
 * documented at the top of templates/policy-pages.xsl. */
#ifndef EHCP_POLICY_PAGES_H
#define EHCP_POLICY_PAGES_H

#include <libxml/tree.h>

/* A new document owned by the caller; NULL when policy is not a policy
 * document or plan has no root. A plan without a budget-working block still
 * gets <working> (no streams), so the rights page can be made. */
xmlDocPtr policy_pages_input(xmlDocPtr plan, xmlDocPtr policy);

#endif
