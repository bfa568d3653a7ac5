/* identifier_rules.c — national identifiers (ID-) are checked to their
 * check character: a UPN, ULN or NHS number that is one keystroke out files
 * the plan against another child. The algorithms live in
 * cli/plan/identifiers.c; this file finds the identifiers in the plan
 * (wherever the schema puts them: elements upn, uln, nhs-number and
 * attributes urn, ukprn) and words the findings. */
#include "rule_checks.h"
#include "../plan/identifiers.h"
#include <stdlib.h>
#include <string.h>

typedef void (*element_visit)(rule_context *ctx, const xmlNode *node, const char *value);

/* Calls visit for every element called name (its text) or, when attr is
 * set, for every element carrying that attribute (its value). */
static void walk(rule_context *ctx, const xmlNode *node, const char *name, const char *attr,
                 element_visit visit)
{
    for (const xmlNode *n = node->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (attr) {
            const char *v = plan_attr(n, attr);
            if (v) visit(ctx, n, v);
        } else if (!strcmp((const char *)n->name, name)) {
            char *t = plan_text(n);
            if (t[0]) visit(ctx, n, t);
            free(t);
        }
        walk(ctx, n, name, attr, visit);
    }
}

static void visit_upn(rule_context *ctx, const xmlNode *n, const char *v)
{
    id_status st = upn_check(v);
    if (st == ID_BAD_SHAPE)
        rule_report(ctx, n, "the UPN is not a check letter followed by 12 characters "
                    "(11 digits, then a digit or, for a temporary UPN, a letter); copy it "
                    "again from the school's census record");
    else if (st == ID_BAD_CHECK)
        rule_report(ctx, n, "the UPN fails its check letter (the other 12 characters give "
                    "%c); one character is wrong, and a typo here files the plan against "
                    "another child — copy it again from the school's census record",
                    upn_check_letter(v));
}

static void visit_uln(rule_context *ctx, const xmlNode *n, const char *v)
{
    id_status st = uln_check(v);
    if (st == ID_BAD_SHAPE)
        rule_report(ctx, n, "the ULN is not 10 digits starting 1 to 9; copy it again from "
                    "the Learner Records Service");
    else if (st == ID_BAD_CHECK)
        rule_report(ctx, n, "the ULN fails its check digit; one digit is wrong, and a typo "
                    "here files the plan against another learner — copy it again from the "
                    "Learner Records Service");
}

static void visit_nhs(rule_context *ctx, const xmlNode *n, const char *v)
{
    id_status st = nhs_check(v);
    if (st == ID_BAD_SHAPE)
        rule_report(ctx, n, "the NHS number is not 10 digits (write it without spaces); "
                    "copy it again from the GP or health record");
    else if (st == ID_BAD_CHECK)
        rule_report(ctx, n, "the NHS number fails its check digit; one digit is wrong, and a "
                    "typo here links the plan to another person's health record — copy it "
                    "again from the GP or health record");
}

static void visit_urn(rule_context *ctx, const xmlNode *n, const char *v)
{
    if (urn_check(v) != ID_OK)
        rule_report(ctx, n, "URN \"%s\" on <%s> is not 6 digits; look the setting up on Get "
                    "Information about Schools and copy its URN", v, (const char *)n->name);
}

static void visit_ukprn(rule_context *ctx, const xmlNode *n, const char *v)
{
    if (ukprn_check(v) != ID_OK)
        rule_report(ctx, n, "UKPRN \"%s\" on <%s> is not 8 digits starting with 1; look the "
                    "provider up on the UK Register of Learning Providers and copy its UKPRN",
                    v, (const char *)n->name);
}

void check_upn(rule_context *ctx) { walk(ctx, ctx->root, "upn", NULL, visit_upn); }
void check_uln(rule_context *ctx) { walk(ctx, ctx->root, "uln", NULL, visit_uln); }
void check_nhs_number(rule_context *ctx) { walk(ctx, ctx->root, "nhs-number", NULL, visit_nhs); }
void check_urn(rule_context *ctx) { walk(ctx, ctx->root, NULL, "urn", visit_urn); }
void check_ukprn(rule_context *ctx) { walk(ctx, ctx->root, NULL, "ukprn", visit_ukprn); }
