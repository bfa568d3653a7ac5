/* policy_pages.c — builds the stylesheet input; see policy_pages.h. */
#include "policy_pages.h"
#include "policy_model.h"
#include "plan_budget.h"
#include "allocation.h"
#include "calendar.h"
#include "money_text.h"
#include "policy_xml.h"
#include "../plan/dates.h"
#include "../plan/plan_load.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static void set_attr(xmlNode *n, const char *name, const char *value)
{
    if (value) xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static void set_money(xmlNode *n, const char *name, long long pence)
{
    char text[32];
    money_format(pence, text, sizeof text);
    set_attr(n, name, text);
}

static void set_ll(xmlNode *n, const char *name, long long v)
{
    char text[32];
    snprintf(text, sizeof text, "%lld", v);
    set_attr(n, name, text);
}

static const char *status_name(alloc_status s)
{
    static const char *const names[] = {"ok", "not-formula", "missing-answers", "no-row", "too-large"};
    return names[s];
}

static const char *method_name(alloc_method m)
{
    return m == ALLOC_POINTS_TABLE ? "points-table" : m == ALLOC_BANDS ? "bands" : "assessed-separately";
}

static void add_answers(xmlNode *sn, const alloc_stream *as)
{
    for (size_t i = 0; i < as->n_lines; i++) {
        const alloc_line *l = &as->lines[i];
        xmlNode *a = xmlNewChild(sn, NULL, (const xmlChar *)"answer", NULL);
        if (l->question) {
            set_attr(a, "question", l->question->id);
            set_attr(a, "domain", l->question->domain);
            set_attr(a, "ask", l->question->ask);
        }
        set_attr(a, "level", l->level ? l->level : "");
        if (l->answer) {
            set_attr(a, "text", l->answer->text);
            set_ll(a, "points", l->answer->points);
        }
    }
}

static void add_recorded(xmlNode *sn, const budget_working *bw, const alloc_stream *as)
{
    for (size_t i = 0; bw && i < bw->n_streams; i++) {
        const pb_stream *s = &bw->streams[i];
        if (!s->kind || strcmp(s->kind, as->stream->kind) != 0) continue;
        set_money(sn, "recorded", s->indicative);
        set_money(sn, "agreed", s->has_agreed ? s->agreed : s->indicative);
        set_attr(sn, "agreed-differs", s->has_agreed && s->agreed != s->indicative ? "true" : "false");
        if (as->status == ALLOC_OK)
            set_attr(sn, "matches", as->pence == s->indicative ? "true" : "false");
    }
}

static void add_stream(xmlNode *working, const alloc_stream *as, const budget_working *bw)
{
    xmlNode *sn = xmlNewChild(working, NULL, (const xmlChar *)"stream", NULL);
    set_attr(sn, "kind", as->stream->kind);
    set_attr(sn, "name", as->stream->name);
    set_attr(sn, "method", method_name(as->stream->method));
    set_attr(sn, "status", status_name(as->status));
    if (as->stream->assessed_note) set_attr(sn, "note", as->stream->assessed_note);
    if (as->status == ALLOC_OK) {
        char text[200];
        set_ll(sn, "points", as->points);
        allocation_row_text(as->stream, as->row, text, sizeof text);
        set_attr(sn, "row", text);
        if (as->row->name) set_attr(sn, "band", as->row->name);
        allocation_sum_text(as, text, sizeof text);
        if (text[0]) set_attr(sn, "sum", text);
        set_money(sn, "amount", as->pence);
    }
    add_answers(sn, as);
    add_recorded(sn, bw, as);
}

static void period_text(const policy_route *r, char *out, size_t size)
{
    const char *unit = strcmp(r->unit, "working-days") == 0 ? "working day"
                     : strcmp(r->unit, "days") == 0 ? "day"
                     : strcmp(r->unit, "weeks") == 0 ? "week" : "month";
    snprintf(out, size, "%lld %s%s", r->count, unit, r->count == 1 ? "" : "s");
}

static void add_route(xmlNode *working, const policy_route *r, long issued)
{
    xmlNode *rn = xmlNewChild(working, NULL, (const xmlChar *)"route", NULL);
    set_attr(rn, "id", r->id);
    set_attr(rn, "area", r->area);
    set_attr(rn, "kind", r->kind);
    if (!r->has_limit || !r->unit) return;
    char text[64];
    period_text(r, text, sizeof text);
    set_attr(rn, "period", text);
    set_attr(rn, "from", r->from);
    set_attr(rn, "binds", r->binds);
    long due;
    if (issued == DATE_NONE || strcmp(r->from, "plan-issued") != 0 ||
        calendar_add(issued, r->count, r->unit, &due) != 0)
        return;
    date_format(due, text, sizeof text);
    set_attr(rn, "deadline", text);
    calendar_format_long(due, text, sizeof text);
    set_attr(rn, "deadline-text", text);
    if (strcmp(r->unit, "working-days") == 0)
        set_attr(rn, "holidays-counted", calendar_holidays_known(issued, due) ? "true" : "false");
}

/* The day the plan was issued: final-issued, or amended-issued for an
 * amended plan; DATE_NONE for a draft or when the date is missing. */
static long plan_issued(const xmlNode *plan_root, char **stage)
{
    *stage = px_attr(plan_root, "stage");
    const xmlNode *dates = px_child(px_child(plan_root, EHCP_PLAN_NS, "meta"), EHCP_PLAN_NS, "dates");
    const char *which = *stage && strcmp(*stage, "amended") == 0 ? "amended-issued" : "final-issued";
    char *text = px_child_text(dates, EHCP_PLAN_NS, which);
    long day = text ? date_parse(text) : DATE_NONE;
    free(text);
    return day;
}

static void add_summary(xmlNode *working, const policy *pol, const budget_working *bw,
                        const char *stage, long issued)
{
    set_attr(working, "policy", pol->id);
    set_attr(working, "authority", pol->authority);
    set_attr(working, "stage", stage);
    if (issued != DATE_NONE) {
        char text[64];
        date_format(issued, text, sizeof text);
        set_attr(working, "issued", text);
        calendar_format_long(issued, text, sizeof text);
        set_attr(working, "issued-text", text);
    }
    if (!bw) return;
    set_attr(working, "status", bw->agreed ? "agreed" : "indicative");
    long long ind = 0, agr = 0;
    for (size_t i = 0; i < bw->n_streams; i++) {
        const pb_stream *s = &bw->streams[i];
        if (__builtin_add_overflow(ind, s->indicative, &ind) ||
            __builtin_add_overflow(agr, s->has_agreed ? s->agreed : s->indicative, &agr))
            return;
    }
    set_money(working, "total-indicative", ind);
    set_money(working, "total-agreed", agr);
}

xmlDocPtr policy_pages_input(xmlDocPtr plan, xmlDocPtr policy_doc)
{
    xmlNode *plan_root = plan ? xmlDocGetRootElement(plan) : NULL;
    policy *pol = policy_from_doc(policy_doc);
    if (!plan_root || !pol) {
        policy_free(pol);
        return NULL;
    }
    budget_working *bw = budget_working_from_plan(plan);
    char *stage = NULL;
    long issued = plan_issued(plan_root, &stage);
    xmlDocPtr out = xmlNewDoc((const xmlChar *)"1.0");
    xmlNode *root = xmlNewNode(NULL, (const xmlChar *)"with-policy");
    xmlDocSetRootElement(out, root);
    xmlAddChild(root, xmlDocCopyNode(plan_root, out, 1));
    xmlAddChild(root, xmlDocCopyNode(xmlDocGetRootElement(policy_doc), out, 1));
    xmlNode *working = xmlNewChild(root, NULL, (const xmlChar *)"working", NULL);
    add_summary(working, pol, bw, stage, issued);
    free(stage);
    if (bw) {
        allocation *alloc = allocation_compute(pol, bw);
        for (size_t i = 0; i < alloc->n_streams; i++) add_stream(working, &alloc->streams[i], bw);
        allocation_free(alloc);
    }
    for (size_t i = 0; i < pol->n_routes; i++) add_route(working, &pol->routes[i], issued);
    budget_working_free(bw);
    policy_free(pol);
    return out;
}
