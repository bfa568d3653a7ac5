/* rule_context.h — what a check function sees: the plan, the facts worked
 * out once per plan (stage, dates, age), the word lists, and one way to
 * report. Private to cli/rules/. */
#ifndef EHCP_RULE_CONTEXT_H
#define EHCP_RULE_CONTEXT_H

#include <libxml/tree.h>
#include "rules.h"
#include "wordlist.h"
#include "../plan/dates.h"

/* The word lists, loaded once per run from datadir/schema/. */
typedef struct {
    wordlist *vague;          /* vague-phrases.txt */
    wordlist *service;        /* service-words.txt: an outcome that is really provision */
    wordlist *empty_measure;  /* empty-measures.txt: a measure that measures nothing */
    wordlist *educating;      /* educating-therapies.txt: health provision that educates */
    wordlist *place;          /* place-words.txt: paying for a school or college place */
    wordlist *jargon;         /* jargon.txt: words an easy-read text should not use */
    char *datadir;            /* the data folder itself (templates/pictures for EASY-008); owned */
} rule_data;

rule_data *rule_data_load(const char *datadir, diag_list *diags);
void rule_data_free(rule_data *data);

/* Facts every family of rules needs, computed once (rules_facts.c). Dates
 * are DATE_NONE when the plan does not give them. */
typedef struct {
    const char *stage;        /* "draft" | "final" | "amended" (override or the plan's) */
    long request_received, draft_issued, comments_due, final_issued, amended_issued;
    long last_review, next_review;
    long plan_date;           /* the day the plan speaks from (its stage's issue date) */
    long dob;
    int age;                  /* on plan_date; -1 when unknown */
    int nc_year;              /* year group: <year-group>, else from dob; -99 when unknown */
} plan_facts;

struct rule_context {
    xmlDocPtr doc;
    xmlNode *root;
    const char *file;
    const rule_data *data;
    diag_list *diags;
    const rule_def *rule;       /* the rule being run */
    diag_severity severity;     /* its effective level */
    plan_facts facts;
    long today;
    xmlDocPtr other;            /* policy (plans) or plan (reviews); may be NULL */
    const char *other_file;
};

/* Reports one finding of the current rule at node (its line, a readable
 * xpath). line_offset moves the line on (a phrase on a later line of a long
 * text); column is 0 unless known. */
void rule_report(rule_context *ctx, const xmlNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void rule_report_at(rule_context *ctx, const xmlNode *node, long line_offset, long column,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- reading the plan tree (rule_util.c) ---- */

/* First element child of parent with this local name (any namespace the
 * plan uses is ehcp's: the schema already checked it). */
xmlNode *plan_child(const xmlNode *parent, const char *name);
/* Next element sibling after node with the same local name as `name`. */
xmlNode *plan_next(const xmlNode *node, const char *name);
/* Element at a slash-separated path below parent ("meta/dates/final-issued"). */
xmlNode *plan_at(const xmlNode *parent, const char *path);
/* An attribute's value, borrowed from the tree; NULL when absent. */
const char *plan_attr(const xmlNode *node, const char *name);
/* All text below node, blanks collapsed, newly allocated ("" if none). */
char *plan_text(const xmlNode *node);
/* 1 when plan_text would be empty (or node is NULL). */
int plan_text_empty(const xmlNode *node);
/* The date in an element's text or an attribute; DATE_NONE when absent or bad. */
long plan_date_text(const xmlNode *node);
long plan_date_attr(const xmlNode *node, const char *name);
/* First element anywhere in the document with @id = id, or NULL. */
xmlNode *plan_find_id(const xmlNode *root, const char *id);
/* 1 when some element named ref_name below scope has @ref = id. */
int plan_refers_to(const xmlNode *scope, const char *ref_name, const char *id);
/* A readable xpath: /plan/section-f/provision[@id='F2']/what. Allocated. */
char *plan_xpath(const xmlNode *node);
/* Number of words in text (runs of non-blank characters). */
size_t text_word_count(const char *text);

/* The four sections that hold provision, in plan order. */
extern const char *const provision_sections[4];
/* "Section F" for "section-f", "Section H1" for "section-h1". */
const char *section_title(const char *section_name);

#endif
