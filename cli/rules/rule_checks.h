/* rule_checks.h — one check function per rule, grouped by the file (rule
 * family) that defines it. The table in rules_table.c ties each to its id. */
#ifndef EHCP_RULE_CHECKS_H
#define EHCP_RULE_CHECKS_H

#include "rule_context.h"

/* thread.c */
void check_need_has_outcome(rule_context *ctx);
void check_outcome_has_provision(rule_context *ctx);
void check_provision_has_outcome(rule_context *ctx);
void check_sen_need_has_sep(rule_context *ctx);
void check_need_related_to_sen(rule_context *ctx);
/* smart.c */
void check_outcome_measure(rule_context *ctx);
void check_outcome_target_date(rule_context *ctx);
void check_outcome_horizon(rule_context *ctx);
void check_outcome_not_service(rule_context *ctx);
void check_outcome_steps(rule_context *ctx);
/* provision.c */
void check_provision_quantified(rule_context *ctx);
void check_provision_provider(rule_context *ctx);
void check_provision_vague(rule_context *ctx);
void check_health_hours(rule_context *ctx);
void check_educating_therapy(rule_context *ctx);
/* identifiers.c */
void check_upn(rule_context *ctx);
void check_uln(rule_context *ctx);
void check_nhs_number(rule_context *ctx);
void check_urn(rule_context *ctx);
void check_ukprn(rule_context *ctx);
/* advice.c */
void check_advice_required(rule_context *ctx);
void check_advice_pfa(rule_context *ctx);
/* stage.c */
void check_draft_names_no_school(rule_context *ctx);
void check_final_names_school(rule_context *ctx);
void check_twenty_weeks(rule_context *ctx);
void check_comment_period(rule_context *ctx);
void check_final_after_comments(rule_context *ctx);
void check_review_within_year(rule_context *ctx);
void check_review_under_five(rule_context *ctx);
void check_final_signed(rule_context *ctx);
/* age.c */
void check_age_range(rule_context *ctx);
void check_pfa_from_year9(rule_context *ctx);
void check_own_views_at_16(rule_context *ctx);
void check_adult_routes(rule_context *ctx);
void check_continuation_at_19(rule_context *ctx);
void check_dp_consent_at_18(rule_context *ctx);
/* budget.c */
void check_budget_total(rule_context *ctx);
void check_budget_links(rule_context *ctx);
void check_dp_not_place(rule_context *ctx);
void check_dp_school_agreement(rule_context *ctx);
void check_health_element_eligibility(rule_context *ctx);
void check_dp_monitoring(rule_context *ctx);
void check_section_j_says(rule_context *ctx);
/* length.c */
void check_history_length(rule_context *ctx);
/* easyread.c */
void check_easy_read_present(rule_context *ctx);
void check_easy_read_alt(rule_context *ctx);
void check_easy_read_sentences(rule_context *ctx);
void check_easy_read_long_words(rule_context *ctx);
void check_easy_read_jargon(rule_context *ctx);
void check_easy_read_passive(rule_context *ctx);
void check_easy_read_readability(rule_context *ctx);
void check_easy_read_pictures(rule_context *ctx);

#endif
