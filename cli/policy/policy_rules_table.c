/* policy_rules_table.c — the POLICY-... and POLDEF-... rules as data: id,
 * default severity, summary and reference. schema/RULES.md is generated from
 * this table with the engine's (ehcp rules --markdown). */
#include "policy_rules.h"
#include <string.h>

#define POLICY(id_, sev, summary_, ref) \
    { .id = id_, .severity = sev, .subject = RULE_ON_POLICY, .summary = summary_, .reference = ref, .check = NULL }

static const rule_def table[] = {
    POLICY("POLICY-001", DIAG_ERROR,
           "The indicative amount recorded for a funding stream is the amount the policy's allocation table gives for the plan's answers",
           "SEND Code of Practice 9.98, 9.99 (indicative budget); the authority's published personal budget policy"),
    POLICY("POLICY-002", DIAG_ERROR,
           "An agreed amount that differs from the indicative amount gives its reason",
           "SEND Code of Practice 9.98, 9.107 (transparency of the personal budget)"),
    POLICY("POLICY-003", DIAG_ERROR,
           "The person who signed off the budget holds a role the policy allows to sign off that total; an agreed budget is signed off",
           "the authority's published sign-off levels"),
    POLICY("POLICY-004", DIAG_ERROR,
           "Social care provision is of a kind that the recorded short-break eligibility tier opens, after the tier's own assessment",
           "Children Act 1989 s.17; Breaks for Carers of Disabled Children Regulations 2011; the authority's short breaks statement"),
    POLICY("POLICY-005", DIAG_ERROR,
           "A family receiving a direct payment has been told about the direct payment support service",
           "SEND Code of Practice 9.119; SEND (Personal Budgets) Regulations 2014"),
    POLICY("POLICY-006", DIAG_ERROR,
           "A budget marked agreed belongs to a final plan that names the school or setting",
           "SEND Code of Practice 9.78, 9.98 (budget indicative until the plan is agreed)"),
    POLICY("POLICY-007", DIAG_ERROR,
           "A personal assistant paid by direct payment has a recorded vetting check or a recorded, agreed exception",
           "SEND Code of Practice 9.122; the authority's direct payment conditions"),
    POLICY("POLICY-008", DIAG_ERROR,
           "Base per-pupil (Element 1) funding is never a source of a personal budget",
           "SEND Code of Practice 9.103; SEND (Personal Budgets) Regulations 2014 reg 5"),
    POLICY("POLICY-009", DIAG_WARNING,
           "The plan's budget was worked out under the policy it is being checked against (same id and version)",
           "the authority's published personal budget policy"),
    POLICY("POLICY-010", DIAG_WARNING,
           "A signed-off budget is co-signed by the parent or the young person",
           "SEND Code of Practice 9.95 (personal budgets agreed with the family)"),
    POLICY("POLICY-011", DIAG_ERROR,
           "Every allocation answer names a question and an answer level the policy has, and every question a stream counts is answered",
           "the authority's resource allocation questions"),
    POLICY("POLICY-012", DIAG_WARNING,
           "The plan records the allocation answers themselves, not only a reference to the questionnaire, so the working can be checked and shown",
           "SEND Code of Practice 9.98 (families see how the amount was reached)"),
    POLICY("POLICY-013", DIAG_ERROR,
           "A funding line, personal assistant or social care service refers to a provision or section J element the plan has",
           "SEND Code of Practice 9.62 (section J: the provision the budget secures)"),
    POLICY("POLDEF-001", DIAG_ERROR,
           "An allocation table or set of bands has no gap between one row and the next",
           "the authority's resource allocation system"),
    POLICY("POLDEF-002", DIAG_ERROR,
           "An allocation table or set of bands has no two rows that cover the same score",
           "the authority's resource allocation system"),
    POLICY("POLDEF-003", DIAG_ERROR,
           "Points, scores and amounts are not negative and not beyond any real budget",
           "the authority's resource allocation system"),
    POLICY("POLDEF-004", DIAG_ERROR,
           "Sign-off limits rise from one level to the next, and only the last level has no limit",
           "the authority's scheme of delegation"),
    POLICY("POLDEF-005", DIAG_ERROR,
           "A stream's table covers every score its questions can add up to",
           "the authority's resource allocation system"),
    POLICY("POLDEF-006", DIAG_WARNING,
           "A higher score never gives a lower amount than the row before",
           "the authority's resource allocation system"),
    POLICY("POLDEF-007", DIAG_ERROR,
           "A row's or band's upper score is not below its lower score",
           "the authority's resource allocation system"),
};

const rule_def *policy_rules(size_t *count)
{
    *count = sizeof table / sizeof table[0];
    return table;
}

diag_severity policy_rule_severity(const char *id)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].id, id) == 0) return table[i].severity;
    return DIAG_ERROR;
}
