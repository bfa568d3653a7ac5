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

/* Rule flags. */
enum {
    RULE_FOR_EASY_READ = 1   /* active only with ehcp validate --for easy-read */
};

/* The context a check function receives (cli/rules/rule_context.h). */
typedef struct rule_context rule_context;

typedef struct {
    const char *id;            /* e.g. "THREAD-001" */
    diag_severity severity;    /* default */
    rule_subject subject;
    const char *summary;       /* one line, for RULES.md and `ehcp rules` */
    const char *reference;     /* e.g. "SEND Code of Practice 9.69" */
    void (*check)(rule_context *ctx);
    unsigned flags;            /* RULE_FOR_EASY_READ, ... */
} rule_def;

/* The engine's own rules (plans and reviews), in RULES.md order. */
const rule_def *rules_all(size_t *count);
/* Every rule ehcp knows, in RULES.md order: the engine's, then the local
 * policy rules (cli/policy/policy_rules.h). rules_at(i) for i < rules_count(). */
size_t rules_count(void);
const rule_def *rules_at(size_t i);
/* Any rule by id (case-insensitive), or NULL. */
const rule_def *rules_find(const char *id);
const char *rules_subject_name(rule_subject subject);

/* User choices: stage override, rules switched off or re-levelled, werror. */
typedef struct rules_config rules_config;
rules_config *rules_config_create(void);
void rules_config_destroy(rules_config *cfg);
/* spec "ID=off|note|warning|error"; -1 with a usage diagnostic if malformed or unknown id */
int rules_config_set_level(rules_config *cfg, const char *spec, diag_list *diags);
/* "draft" | "final" | "amended" | NULL (use the plan's own); -1 if unknown */
int rules_config_set_stage(rules_config *cfg, const char *stage);
void rules_config_set_werror(rules_config *cfg, int werror);
int rules_config_werror(const rules_config *cfg);
/* for easy-read checks: ehcp validate --for easy-read; -1 if unknown */
int rules_config_set_for(rules_config *cfg, const char *format);
/* "today" for date rules (tests pin it); 0 = SOURCE_DATE_EPOCH or the real date */
void rules_config_set_today(rules_config *cfg, long days_since_epoch);
/* Loads the word lists (schema/vague-phrases.txt, ...) from datadir once per
 * run. Optional: without it each rules_check_* call loads them itself from
 * datadir_find(). -1 after an "IO" diagnostic when a list cannot be read. */
int rules_config_load_data(rules_config *cfg, const char *datadir, diag_list *diags);

/* Runs every plan rule. Extra documents (the plan a review cites, a local
 * policy) may be NULL. */
void rules_check_plan(xmlDocPtr plan, const char *file, const rules_config *cfg,
                      xmlDocPtr policy, const char *policy_file, diag_list *diags);
void rules_check_review(xmlDocPtr review, const char *file, const rules_config *cfg,
                        xmlDocPtr plan, const char *plan_file, diag_list *diags);

#endif
