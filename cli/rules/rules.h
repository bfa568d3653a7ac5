/* rules.h — the rule engine: judges a parsed, schema-valid plan and emits
 * diagnostics. Every rule has a stable id, a default severity, a one-line
 * summary and its statutory or guidance reference; schema/RULES.md is
 * generated from the same table (ehcp rules --markdown). Knows plans, never
 * pages or PDF. */
#ifndef EHCP_RULES_H
#define EHCP_RULES_H

#include <stddef.h>
#include <libxml/tree.h>
#include "../util/diag.h"

/* What a rule applies to. */
typedef enum { RULE_ON_PLAN, RULE_ON_REVIEW, RULE_ON_POLICY } rule_subject;

/* The context a check function receives. */
typedef struct rule_context rule_context;

typedef struct {
    const char *id;            /* e.g. "THREAD-001" */
    diag_severity severity;    /* default */
    rule_subject subject;
    const char *summary;       /* one line, for RULES.md and `ehcp rules` */
    const char *reference;     /* e.g. "SEND Code of Practice 9.69" */
    void (*check)(rule_context *ctx);
} rule_def;

/* Every rule of every subject, in RULES.md order. */
const rule_def *rules_all(size_t *count);
const rule_def *rules_find(const char *id);

/* User choices: stage override, rules switched off or re-levelled, werror. */
typedef struct rules_config rules_config;
rules_config *rules_config_create(void);
void rules_config_destroy(rules_config *cfg);
/* spec "ID=off|note|warning|error"; -1 with a usage diagnostic if malformed or unknown id */
int rules_config_set_level(rules_config *cfg, const char *spec, diag_list *diags);
/* "draft" | "final" | "amended" | NULL (use the plan's own) */
int rules_config_set_stage(rules_config *cfg, const char *stage);
void rules_config_set_werror(rules_config *cfg, int werror);
/* for easy-read checks: ehcp validate --for easy-read */
void rules_config_set_for(rules_config *cfg, const char *format);
/* "today" for date rules (tests pin it); 0 = the real date */
void rules_config_set_today(rules_config *cfg, long days_since_epoch);

/* Runs every plan rule. Extra documents (the plan a review cites, a local
 * policy) may be NULL. */
void rules_check_plan(xmlDocPtr plan, const char *file, const rules_config *cfg,
                      xmlDocPtr policy, const char *policy_file, diag_list *diags);
void rules_check_review(xmlDocPtr review, const char *file, const rules_config *cfg,
                        xmlDocPtr plan, const char *plan_file, diag_list *diags);

#endif
