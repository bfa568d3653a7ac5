/* plan_diff.h — what changed between two versions of a plan, section by
 * section, with items matched by id (needs, outcomes, provision, placements,
 * budget elements) and the person, dates and section A compared field by
 * field. A library: it computes and describes, the cmd layer prints. */
#ifndef EHCP_PLAN_DIFF_H
#define EHCP_PLAN_DIFF_H

#include <stddef.h>
#include <libxml/tree.h>

typedef enum { PLAN_ADDED, PLAN_REMOVED, PLAN_CHANGED } plan_change_kind;

typedef struct {
    char *name;        /* child element ("statement") or attribute ("@rank") */
    char *old_text;    /* white-space-normalised text; "" when absent */
    char *new_text;
} plan_field_change;

typedef struct {
    const char *group;     /* "needs", "outcomes", "provision", "placement", "budget",
                              "person", "dates", "views" (static strings) */
    char *id;              /* item id, or the element name for unkeyed parts */
    char *element;         /* "need", "outcome", ... */
    char *section;         /* "b".."j", or "" for person, dates, views */
    plan_change_kind kind;
    char *summary;         /* the item's headline text (statement, what, name) */
    long old_line, new_line;   /* 0 when the item is not on that side */
    plan_field_change *fields; /* for PLAN_CHANGED */
    size_t field_count;
} plan_change;

typedef struct {
    char *old_id, *new_id, *old_stage, *new_stage;
    long old_version, new_version;
    plan_change *changes;
    size_t count;
} plan_diff;

/* The groups in report order, NULL-terminated. */
extern const char *const plan_diff_groups[];

/* Compares two plans (roots <plan> in urn:ehcp:plan:1). Never NULL. */
plan_diff *plan_diff_compute(xmlDocPtr old_plan, xmlDocPtr new_plan);
void plan_diff_free(plan_diff *diff);

/* The diff as a small XML document (namespace urn:ehcp:diff:1, root
 * <amendment-notice>) for templates/amendment-notice.xsl. issued is the date
 * the notice is sent (YYYY-MM-DD); comment_days the period for comment,
 * counted beginning with that day (reg 22(2)(c)). Caller frees. */
xmlDocPtr plan_diff_to_notice_xml(const plan_diff *diff, xmlDocPtr new_plan,
                                  const char *issued, int comment_days);

#endif
