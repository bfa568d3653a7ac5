/* review_rules.c — the table of review rules (ids, severities, summaries,
 * references: the source of their rows in schema/RULES.md) and the checker
 * that runs them all. Each theme's checks live in its own review_check_*.c. */
#include "review_rules.h"
#include "review_internal.h"

/* Designated initialisers: the engine may add fields to rule_def. */
#define RV_RULE(id_, sev_, summary_, ref_) \
    { .id = id_, .severity = sev_, .subject = RULE_ON_REVIEW, .summary = summary_, \
      .reference = ref_, .check = NULL }

static const rule_def review_rule_table[] = {
    RV_RULE("REVIEW-001", DIAG_ERROR,
      "The review names the plan it reviews: the same plan id and version as the plan file given",
      "SEND Regulations 2014 reg 20(5); CoP 9.166"),
    RV_RULE("REVIEW-002", DIAG_ERROR,
      "Every outcome in section E of the plan has a progress review",
      "SEND Regulations 2014 reg 20(5), reg 21(5); CoP 9.166"),
    RV_RULE("REVIEW-003", DIAG_ERROR,
      "The review cites only outcomes and budget elements that the plan has",
      "SEND Regulations 2014 reg 20(5); CoP 9.166"),
    RV_RULE("REVIEW-004", DIAG_ERROR,
      "The report is dated within two weeks after the review meeting",
      "SEND Regulations 2014 reg 20(7), reg 21(7); CoP 9.176"),
    RV_RULE("REVIEW-005", DIAG_ERROR,
      "Everyone invited was given at least two weeks' notice of the meeting",
      "SEND Regulations 2014 reg 20(3), reg 21(3); CoP 9.176"),
    RV_RULE("REVIEW-006", DIAG_ERROR,
      "Advice and information were circulated at least two weeks before the meeting",
      "SEND Regulations 2014 reg 20(4), reg 21(4)"),
    RV_RULE("REVIEW-007", DIAG_ERROR,
      "The parent or young person, the head teacher or principal, the authority's SEN officer, health and social care were invited",
      "SEND Regulations 2014 reg 20(2), reg 21(2)"),
    RV_RULE("REVIEW-008", DIAG_ERROR,
      "The meeting is within 12 months of the plan's issue or of the previous review",
      "Children and Families Act 2014 s.44(1); CoP 9.166, 9.169"),
    RV_RULE("REVIEW-009", DIAG_ERROR,
      "From Year 9 the review covers preparing for adulthood and independent living",
      "SEND Regulations 2014 reg 20(6), reg 21(6); CoP chapter 8"),
    RV_RULE("REVIEW-010", DIAG_ERROR,
      "In the year of a phase transfer the meeting leaves time to amend the plan by 15 February (31 March for post-16)",
      "SEND Regulations 2014 reg 18(1), reg 19, reg 22(2)"),
    RV_RULE("REVIEW-011", DIAG_ERROR,
      "Every budget element paid as a direct payment has a monitoring record in the review",
      "CoP 9.169 (review of direct payment arrangements)"),
    RV_RULE("REVIEW-012", DIAG_ERROR,
      "A recommendation to cease the plan states which outcomes were met",
      "Children and Families Act 2014 s.45; SEND Regulations 2014 reg 19"),
    RV_RULE("REVIEW-013", DIAG_WARNING,
      "A recommendation to amend carries proposed changes, and only it does",
      "SEND Regulations 2014 reg 20(7), reg 22(2)"),
    RV_RULE("REVIEW-014", DIAG_ERROR,
      "Each proposed change targets an item the plan has (or a new id for an addition) with the right kind of content",
      "SEND Regulations 2014 reg 22(2)(a)"),
    RV_RULE("REVIEW-015", DIAG_WARNING,
      "The next review is set within 12 months after this meeting",
      "Children and Families Act 2014 s.44(1)(b)"),
    RV_RULE("REVIEW-016", DIAG_WARNING,
      "The report records the child's or young person's own views",
      "Children and Families Act 2014 s.19; CoP 9.168"),
};

const rule_def *review_rules(size_t *count)
{
    *count = sizeof review_rule_table / sizeof review_rule_table[0];
    return review_rule_table;
}

void review_rules_check(xmlDocPtr review, const char *file, xmlDocPtr plan,
                        const char *plan_file, diag_list *diags)
{
    xmlNodePtr root = review ? xmlDocGetRootElement(review) : NULL;
    if (!rv_is(root, RV_REVIEW_NS, "review")) return;
    xmlNodePtr plan_root = plan ? xmlDocGetRootElement(plan) : NULL;
    if (plan_root && !rv_is(plan_root, RV_PLAN_NS, "plan")) plan_root = NULL;
    rv_ctx c = {
        .review = root, .file = file, .plan = plan_root, .plan_file = plan_file,
        .diags = diags,
        .meeting = rv_attr_date(rv_child(root, RV_REVIEW_NS, "meeting"), "date"),
    };
    rv_check_plan_link(&c);
    rv_check_outcomes(&c);
    rv_check_timing(&c);
    rv_check_transfer(&c);
    rv_check_content(&c);
    rv_check_proposals(&c);
}
