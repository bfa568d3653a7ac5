/* render_policy.h — what `ehcp render --policy` adds to a plan's page
 * document: the sections of templates/policy-section.xsl (how the personal
 * budget was worked out, the family's rights with dates, the council's
 * contacts), made from policy_pages_input and moved into the plan's pages.
 * Kept out of cmd_render.c so the render command only calls one function. */
#ifndef EHCP_RENDER_POLICY_H
#define EHCP_RENDER_POLICY_H

#include <stdio.h>
#include <libxml/tree.h>
#include "../util/diag.h"

/* The documents --policy and --plan name, read once before any file is
 * rendered (workers only read them). Owned; free with render_extras_free. */
typedef struct {
    const char *policy_path, *plan_path;   /* from the command line, or NULL */
    xmlDocPtr policy;                      /* checked policy, or NULL */
    xmlDocPtr plan;                        /* schema-valid plan, or NULL */
} render_extras;

/* Reads and checks the named documents, printing findings to err. Returns
 * 0; 1 when a file has errors (a policy breaking policy.xsd or a POLDEF
 * rule, a plan breaking ehcp.xsd); 2 when a file cannot be read. */
int render_extras_load(render_extras *x, const char *datadir, FILE *err);
void render_extras_free(render_extras *x);

/* Adds the policy sections to page (the plan's checked page document, made
 * from plan) before its sign-off section, else before its word list, else
 * at the end of <body>; format is standard, easy-read or large-print. The
 * result is checked against schema/page.xsd again. 0, or -1 after
 * diagnostics (page is then unchanged or must not be used). */
int render_policy_add_sections(xmlDocPtr page, xmlDocPtr plan, xmlDocPtr policy,
                               const char *datadir, const char *format,
                               diag_list *diags);

/* Gives a review's template the plan it reviews: a copy of the plan's root
 * element appended to the review's root, so review.xsl can print each
 * outcome's statement next to its progress. Call after the review has been
 * validated (the copy is not in review.xsd). 0, or -1 when out of memory. */
int render_review_attach_plan(xmlDocPtr review, xmlDocPtr plan);

#endif
