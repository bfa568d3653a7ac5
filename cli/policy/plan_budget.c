/* plan_budget.c — plan → budget_working (plan_budget.h). Only reads. */
#include "plan_budget.h"
#include "policy_xml.h"
#include "../plan/plan_load.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

#define BNS EHCP_BUDGET_NS
#define PNS EHCP_PLAN_NS

static long line_of(const xmlNode *n)
{
    return n ? (long)xmlGetLineNo((xmlNode *)n) : 0;
}

static size_t count_children(const xmlNode *parent, const char *ns, const char *name)
{
    size_t n = 0;
    for (const xmlNode *c = px_child(parent, ns, name); c; c = px_next(c, ns, name)) n++;
    return n;
}

/* Allocates room for every child named name; at least one slot so the
 * result is never NULL. */
static void *alloc_for(const xmlNode *parent, const char *name, size_t size, size_t *count)
{
    *count = count_children(parent, BNS, name);
    return xcalloc(*count ? *count : 1, size);
}

static void read_answers(budget_working *bw, const xmlNode *root)
{
    const xmlNode *answers = px_child(root, BNS, "answers");
    bw->answers_line = line_of(answers);
    bw->questionnaire = px_attr(answers, "questionnaire");
    bw->answers_completed = px_attr(answers, "completed");
    bw->answers_with = px_attr(answers, "completed-with");
    bw->answers = alloc_for(answers, "answer", sizeof(pb_answer), &bw->n_answers);
    size_t i = 0;
    for (const xmlNode *a = px_child(answers, BNS, "answer"); a; a = px_next(a, BNS, "answer"), i++) {
        bw->answers[i].question = px_attr(a, "question");
        bw->answers[i].level = px_attr(a, "level");
        bw->answers[i].line = line_of(a);
    }
}

static void read_streams(budget_working *bw, const xmlNode *root)
{
    bw->streams = alloc_for(root, "stream", sizeof(pb_stream), &bw->n_streams);
    size_t i = 0;
    for (const xmlNode *s = px_child(root, BNS, "stream"); s; s = px_next(s, BNS, "stream"), i++) {
        pb_stream *st = &bw->streams[i];
        st->kind = px_attr(s, "kind");
        px_attr_ll(s, "indicative-pence", &st->indicative);
        st->has_agreed = px_attr_ll(s, "agreed-pence", &st->agreed);
        st->has_reason = px_child(s, BNS, "difference-reason") != NULL;
        st->line = line_of(s);
    }
}

static void read_lines_and_people(budget_working *bw, const xmlNode *root)
{
    bw->lines = alloc_for(root, "funding-line", sizeof(pb_funding_line), &bw->n_lines);
    size_t i = 0;
    for (const xmlNode *f = px_child(root, BNS, "funding-line"); f; f = px_next(f, BNS, "funding-line"), i++) {
        pb_funding_line *l = &bw->lines[i];
        l->element_ref = px_attr(f, "element-ref");
        l->stream = px_attr(f, "stream");
        l->source = px_attr(f, "source");
        l->accountable = px_attr(f, "accountable");
        l->holder_kind = px_attr(f, "holder-kind");
        l->holder = px_attr(f, "holder");
        l->line = line_of(f);
    }
    bw->services = alloc_for(root, "social-care-service", sizeof(pb_service), &bw->n_services);
    i = 0;
    for (const xmlNode *s = px_child(root, BNS, "social-care-service"); s;
         s = px_next(s, BNS, "social-care-service"), i++) {
        bw->services[i].kind = px_attr(s, "kind");
        bw->services[i].ref = px_attr(s, "provision-ref");
        bw->services[i].line = line_of(s);
    }
    bw->assistants = alloc_for(root, "personal-assistant", sizeof(pb_assistant), &bw->n_assistants);
    i = 0;
    for (const xmlNode *p = px_child(root, BNS, "personal-assistant"); p;
         p = px_next(p, BNS, "personal-assistant"), i++) {
        bw->assistants[i].name = px_attr(p, "name");
        bw->assistants[i].element_ref = px_attr(p, "element-ref");
        bw->assistants[i].vetted = px_child(p, BNS, "vetting") != NULL;
        bw->assistants[i].excepted = px_child(p, BNS, "vetting-exception") != NULL;
        bw->assistants[i].line = line_of(p);
    }
}

static void read_signatures(budget_working *bw, const xmlNode *root)
{
    const xmlNode *so = px_child(root, BNS, "sign-off");
    bw->signoff_role = px_attr(so, "role");
    bw->signoff_name = px_attr(so, "name");
    bw->signoff_date = px_attr(so, "date");
    bw->signoff_line = line_of(so);
    bw->has_cosign = px_child(root, BNS, "co-signature") != NULL;
    const xmlNode *el = px_child(root, BNS, "eligibility");
    bw->tier = px_attr(el, "tier");
    bw->assessment = px_attr(el, "assessment");
    bw->eligibility_line = line_of(el);
    bw->dp_told = px_child(root, BNS, "direct-payment-support-told") != NULL;
}

/* Collects every provision and budget element id, so references from the
 * budget-working block (which the plan schema cannot keyref across
 * namespaces) can be checked. */
static void collect_ids(budget_working *bw, const xmlNode *n, size_t *cap)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (px_is(n, PNS, "provision") || px_is(n, PNS, "budget-element")) {
            char *id = px_attr(n, "id");
            if (id) {
                if (bw->n_provision_ids == *cap) {
                    *cap = *cap ? *cap * 2 : 16;
                    bw->provision_ids = xrealloc(bw->provision_ids, *cap * sizeof(char *));
                }
                bw->provision_ids[bw->n_provision_ids++] = id;
            }
        }
        collect_ids(bw, n->children, cap);
    }
}

static void read_plan_facts(budget_working *bw, const xmlNode *plan)
{
    bw->stage = px_attr(plan, "stage");
    const xmlNode *dates = px_child(px_child(plan, PNS, "meta"), PNS, "dates");
    const char *which = bw->stage && strcmp(bw->stage, "amended") == 0 ? "amended-issued" : "final-issued";
    bw->issued = px_child_text(dates, PNS, which);
    const xmlNode *si = px_child(plan, PNS, "section-i");
    bw->has_placement = px_child(si, PNS, "placement") != NULL;
    bw->placement_line = line_of(si);
    const xmlNode *sj = px_child(plan, PNS, "section-j");
    bw->n_elements = count_children(sj, PNS, "budget-element");
    bw->elements = xcalloc(bw->n_elements ? bw->n_elements : 1, sizeof(pb_element));
    size_t i = 0;
    for (const xmlNode *e = px_child(sj, PNS, "budget-element"); e; e = px_next(e, PNS, "budget-element"), i++) {
        pb_element *el = &bw->elements[i];
        el->id = px_attr(e, "id");
        el->source = px_attr(e, "source");
        el->arrangement = px_attr(e, "arrangement");
        el->direct_payment = px_child(e, PNS, "direct-payment") != NULL ||
                             (el->arrangement && strcmp(el->arrangement, "direct-payment") == 0);
        el->line = line_of(e);
    }
    size_t cap = 0;
    collect_ids(bw, plan->children, &cap);
}

budget_working *budget_working_from_plan(xmlDocPtr plan)
{
    const xmlNode *root = plan ? xmlDocGetRootElement(plan) : NULL;
    const xmlNode *bwn = px_find(root, BNS, "budget-working");
    if (!bwn) return NULL;
    budget_working *bw = xcalloc(1, sizeof(budget_working));
    bw->line = line_of(bwn);
    bw->policy_id = px_attr(bwn, "policy");
    px_attr_ll(bwn, "policy-version", &bw->policy_version);
    char *status = px_attr(bwn, "status");
    bw->agreed = status && strcmp(status, "agreed") == 0;
    free(status);
    read_answers(bw, bwn);
    read_streams(bw, bwn);
    read_lines_and_people(bw, bwn);
    read_signatures(bw, bwn);
    read_plan_facts(bw, root);
    return bw;
}

void budget_working_free(budget_working *bw)
{
    if (!bw) return;
    for (size_t i = 0; i < bw->n_answers; i++) { free(bw->answers[i].question); free(bw->answers[i].level); }
    free(bw->answers);
    for (size_t i = 0; i < bw->n_streams; i++) free(bw->streams[i].kind);
    free(bw->streams);
    for (size_t i = 0; i < bw->n_lines; i++) {
        pb_funding_line *l = &bw->lines[i];
        free(l->element_ref); free(l->stream); free(l->source);
        free(l->accountable); free(l->holder_kind); free(l->holder);
    }
    free(bw->lines);
    for (size_t i = 0; i < bw->n_services; i++) { free(bw->services[i].kind); free(bw->services[i].ref); }
    free(bw->services);
    for (size_t i = 0; i < bw->n_assistants; i++) { free(bw->assistants[i].name); free(bw->assistants[i].element_ref); }
    free(bw->assistants);
    for (size_t i = 0; i < bw->n_elements; i++) {
        free(bw->elements[i].id); free(bw->elements[i].source); free(bw->elements[i].arrangement);
    }
    free(bw->elements);
    for (size_t i = 0; i < bw->n_provision_ids; i++) free(bw->provision_ids[i]);
    free(bw->provision_ids);
    free(bw->policy_id); free(bw->questionnaire);
    free(bw->answers_completed); free(bw->answers_with);
    free(bw->signoff_role); free(bw->signoff_name); free(bw->signoff_date);
    free(bw->tier); free(bw->assessment);
    free(bw->stage); free(bw->issued);
    free(bw);
}

const pb_answer *budget_working_answer(const budget_working *bw, const char *question)
{
    for (size_t i = 0; i < bw->n_answers; i++)
        if (bw->answers[i].question && question && strcmp(bw->answers[i].question, question) == 0)
            return &bw->answers[i];
    return NULL;
}

const pb_element *budget_working_element(const budget_working *bw, const char *id)
{
    for (size_t i = 0; i < bw->n_elements; i++)
        if (bw->elements[i].id && id && strcmp(bw->elements[i].id, id) == 0) return &bw->elements[i];
    return NULL;
}

int budget_working_has_id(const budget_working *bw, const char *id)
{
    for (size_t i = 0; i < bw->n_provision_ids; i++)
        if (id && strcmp(bw->provision_ids[i], id) == 0) return 1;
    return 0;
}
