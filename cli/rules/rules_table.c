/* rules_table.c — THE list of rules: id, default severity, subject, one-line
 * summary, reference, check function. schema/RULES.md is generated from this
 * table (ehcp rules --markdown) and a test keeps the two equal. A new rule is
 * a new row here and a function in its family's file.
 *
 * References: CFA = Children and Families Act 2014; Regs = the Special
 * Educational Needs and Disability Regulations 2014; PB Regs = the Special
 * Educational Needs (Personal Budgets) Regulations 2014; CoP = the SEND Code
 * of Practice: 0 to 25 years (January 2015), statutory guidance. "(guidance)"
 * marks good practice rather than law. */
#include "rule_checks.h"

#define PLAN RULE_ON_PLAN
#define E DIAG_ERROR
#define W DIAG_WARNING
#define N DIAG_NOTE

static const rule_def rule_table[] = {
    /* golden thread: need -> outcome -> provision */
    { "THREAD-001", E, PLAN, "every need in Sections B, C and D has at least one outcome in Section E",
      "CoP 9.64-9.69 (the golden thread from need to outcome to provision)", check_need_has_outcome, 0 },
    { "THREAD-002", E, PLAN, "every outcome in Section E has provision in F, G, H1 or H2 that works towards it",
      "CoP 9.69 (Sections E to H2)", check_outcome_has_provision, 0 },
    { "THREAD-003", E, PLAN, "every provision names the outcome it works towards (no orphan provision)",
      "CoP 9.69 (provision linked to outcomes)", check_provision_has_outcome, 0 },
    { "THREAD-004", E, PLAN, "every special educational need in Section B has special educational provision in Section F",
      "CFA s.37(2); CoP 9.69 (Section F: provision for each and every need in B)", check_sen_need_has_sep, 0 },
    { "THREAD-005", E, PLAN, "health (C) and social care (D) needs are recorded as related to the SEN or disability",
      "Regs 12(1)(c)-(d); CoP 9.69 (Sections C and D)", check_need_related_to_sen, 0 },
    /* SMART outcomes */
    { "SMART-001", E, PLAN, "every outcome says how progress will be measured, in concrete terms",
      "CoP 9.64-9.66 (SMART outcomes)", check_outcome_measure, 0 },
    { "SMART-002", E, PLAN, "every outcome has a target date after the plan's date",
      "CoP 9.64-9.66 (outcomes are time-bound)", check_outcome_target_date, 0 },
    { "SMART-003", W, PLAN, "an outcome's target date is not more than about 4 years after the plan's date",
      "CoP 9.64-9.66 (outcomes usually set for the end of a phase or stage; guidance)", check_outcome_horizon, 0 },
    { "SMART-004", W, PLAN, "an outcome describes a benefit to the child, not a service (\"2 hours of therapy\" is provision)",
      "CoP 9.64 (an outcome is the benefit or difference made; guidance)", check_outcome_not_service, 0 },
    { "SMART-005", W, PLAN, "an outcome's interim steps fall between the plan's date and the outcome's target date",
      "CoP 9.64-9.66 (shorter-term targets; guidance)", check_outcome_steps, 0 },
    /* provision specified and quantified */
    { "PROV-001", E, PLAN, "special educational provision in Section F says how often and for how long",
      "CoP 9.69 (provision detailed, specific and normally quantified)", check_provision_quantified, 0 },
    { "PROV-002", E, PLAN, "every provision names the role (and expertise) of who delivers it",
      "CoP 9.69 (type, hours, frequency and level of expertise)", check_provision_provider, 0 },
    { "PROV-003", W, PLAN, "provision avoids vague wording (\"access to\", \"regular\", \"as required\", ...; list in schema/vague-phrases.txt)",
      "CoP 9.69; L v Clarke and Somerset CC [1998] ELR 129", check_provision_vague, 0 },
    { "PROV-004", E, PLAN, "health provision in Section G states its hours (how often and how long)",
      "CoP 9.69 (Section G); national EHC plan template (guidance)", check_health_hours, 0 },
    { "PROV-005", W, PLAN, "speech and language therapy, which educates or trains, is in Section F, not G (list in schema/educating-therapies.txt)",
      "CFA s.21(5); CoP 9.73-9.74", check_educating_therapy, 0 },
    /* identifiers */
    { "ID-001", E, PLAN, "a UPN has 13 characters and the right check letter",
      "DfE Unique Pupil Numbers guidance (check letter, modulus 23); school census", check_upn, 0 },
    { "ID-002", E, PLAN, "a ULN has 10 digits and the right check digit",
      "ESFA Unique Learner Number validation (modulus 11)", check_uln, 0 },
    { "ID-003", E, PLAN, "an NHS number has 10 digits and the right check digit",
      "NHS Data Dictionary, NHS Number (modulus 11)", check_nhs_number, 0 },
    { "ID-004", E, PLAN, "a URN (establishment number) is 6 digits",
      "DfE Get Information about Schools; SEN2 return (URN)", check_urn, 0 },
    { "ID-005", E, PLAN, "a UKPRN is 8 digits starting with 1",
      "UK Register of Learning Providers; SEN2 return (UKPRN)", check_ukprn, 0 },
    /* advice */
    { "ADVICE-001", E, PLAN, "Section K holds educational, medical, psychological and social care advice",
      "Regs 6(1) and 12(1)(l) (Section K); CoP 9.46", check_advice_required, 0 },
    { "ADVICE-002", E, PLAN, "from Year 9, Section K holds advice on preparing for adulthood and independent living",
      "Regs 6(1) (advice from Year 9); CoP 9.46", check_advice_pfa, 0 },
    /* stage and time limits */
    { "STAGE-001", E, PLAN, "a draft plan does not name a school or other institution, or its type, in Section I",
      "CFA s.38(5)", check_draft_names_no_school, 0 },
    { "STAGE-002", E, PLAN, "a final plan names the school or other institution and its type in Section I",
      "CFA s.38(5), s.39-40; Regs 12(1)(j) (Section I)", check_final_names_school, 0 },
    { "STAGE-003", E, PLAN, "the final plan is issued within 20 weeks of the request for assessment",
      "Regs 13(2); CoP 9.40", check_twenty_weeks, 0 },
    { "STAGE-004", E, PLAN, "the draft allows at least 15 days for comments",
      "CFA s.38(2)-(4); Regs 13(1)", check_comment_period, 0 },
    { "STAGE-005", E, PLAN, "the final plan is not issued before the draft's comment period ends",
      "CFA s.38(2)-(4); Regs 13(1)", check_final_after_comments, 0 },
    { "STAGE-006", E, PLAN, "the next review is within 12 months of the plan's date",
      "CFA s.44(1); CoP 9.166, 9.169", check_review_within_year, 0 },
    { "STAGE-007", W, PLAN, "under age 5, the next review is within 6 months (3 to 6 months advised)",
      "CoP 9.178 (guidance)", check_review_under_five, 0 },
    { "STAGE-008", W, PLAN, "a final or amended plan is signed and dated by the responsible officer",
      "national EHC plan template, sign-off (guidance)", check_final_signed, 0 },
    /* age */
    { "AGE-001", E, PLAN, "the child or young person is aged 0 to 25 on the plan's date",
      "CFA s.46 and s.83(2)", check_age_range, 0 },
    { "AGE-002", E, PLAN, "from Year 9, at least one preparing-for-adulthood outcome, with provision in F to H2 towards it",
      "Regs 12(3); CoP chapter 8, 9.69 (Sections F-H2)", check_pfa_from_year9, 0 },
    { "AGE-003", E, PLAN, "from age 16, Section A records the young person's own views",
      "CFA s.19; CoP chapter 8 (from 16 decisions pass to the young person)", check_own_views_at_16, 0 },
    { "AGE-004", W, PLAN, "from age 18, social care (H1) and health provision follow adult routes",
      "Care Act 2014; CoP chapter 8, transition to adult services (guidance)", check_adult_routes, 0 },
    { "AGE-005", E, PLAN, "from age 19, the plan records why it continues (all four conditions)",
      "CFA s.45; CoP 9.149-9.153", check_continuation_at_19, 0 },
    { "AGE-006", E, PLAN, "a direct payment to a parent that continues past the young person's 18th birthday has the young person's written consent",
      "CFA s.49; PB Regs 2014 (recipients of direct payments); CoP 9.101-9.104", check_dp_consent_at_18, 0 },
    /* Section J: personal budget */
    { "BUDGET-001", E, PLAN, "Section J's total equals the sum of its elements, to the penny",
      "Regs 12(1)(k) (Section J); CoP 9.94-9.96", check_budget_total, 0 },
    { "BUDGET-002", E, PLAN, "every Section J element names the provision it secures and the outcomes it supports, and they exist",
      "Regs 12(1)(k) (Section J); CoP 9.94-9.96", check_budget_links, 0 },
    { "BUDGET-003", E, PLAN, "a direct payment does not pay for a place at a school, college or other institution",
      "PB Regs 2014; CoP 9.96, 9.101-9.104", check_dp_not_place, 0 },
    { "BUDGET-004", E, PLAN, "a direct payment for provision in a school or college has the head's or principal's written agreement",
      "PB Regs 2014 (direct payments in schools and colleges); CoP 9.101-9.104", check_dp_school_agreement, 0 },
    { "BUDGET-005", E, PLAN, "a health element of the budget records whether the person is eligible for continuing care",
      "NHS (Direct Payments) Regulations 2013; National Framework for Children and Young People's Continuing Care (guidance)", check_health_element_eligibility, 0 },
    { "BUDGET-006", E, PLAN, "a direct payment has a monitoring review within 3 months of the first payment",
      "PB Regs 2014 (monitoring and review of direct payments); CoP 9.101-9.104", check_dp_monitoring, 0 },
    { "BUDGET-007", E, PLAN, "a refused personal budget gives its reasons (that Section J says when none was requested is checked by the schema)",
      "PB Regs 2014 (refusal given in writing with reasons); CoP 9.69 (Section J)", check_section_j_says, 0 },
    /* length */
    { "LENGTH-001", W, PLAN, "Section A's history is about 500 words at most (one page)",
      "national EHC plan template, A1 summary of history (guidance); CoP 9.61", check_history_length, 0 },
    /* easy read: only with --for easy-read */
    { "EASY-001", W, PLAN, "each section and outcome has easy-read text and a picture",
      "CoP 9.61 (plans accessible to the child or young person; guidance)", check_easy_read_present, RULE_FOR_EASY_READ },
    { "EASY-002", W, PLAN, "every easy-read picture has alt text",
      "Equality Act 2010 s.20 (accessible information); WCAG 2.1 1.1.1 (guidance)", check_easy_read_alt, RULE_FOR_EASY_READ },
    { "EASY-003", W, PLAN, "easy-read sentences have at most 15 words",
      "Mencap, Am I making myself clear? (guidance)", check_easy_read_sentences, RULE_FOR_EASY_READ },
    { "EASY-004", W, PLAN, "easy-read words are short (at most 12 letters)",
      "Mencap, Am I making myself clear? (guidance)", check_easy_read_long_words, RULE_FOR_EASY_READ },
    { "EASY-005", W, PLAN, "easy-read text avoids jargon and abbreviations (schema/jargon.txt) unless the plan explains them",
      "CoP 9.61 (jargon explained; guidance)", check_easy_read_jargon, RULE_FOR_EASY_READ },
    { "EASY-006", W, PLAN, "easy-read text uses the active voice (\"I will go\", not \"I will be taken\")",
      "Mencap, Am I making myself clear? (guidance)", check_easy_read_passive, RULE_FOR_EASY_READ },
    { "EASY-007", N, PLAN, "reports a readability score (Flesch reading ease) for each section's easy-read text",
      "Flesch (1948) reading ease (a figure to watch, not a rule)", check_easy_read_readability, RULE_FOR_EASY_READ },
    { "EASY-008", E, PLAN, "every easy-read picture exists: pictogram:NAME in templates/pictures, or an SVG or PNG file inside the plan's folder, within the size limit",
      "CoP 9.61 (plans accessible to the child or young person; guidance); the easy-read render cannot be made without its pictures", check_easy_read_pictures, RULE_FOR_EASY_READ },
};

const rule_def *rules_table(size_t *count)
{
    *count = sizeof rule_table / sizeof rule_table[0];
    return rule_table;
}
