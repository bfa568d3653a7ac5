/* page_report.c — libxslt prints its errors as text in pieces: first a
 * header line "runtime error: file F line N element E", then the message
 * on one or more lines; xsl:message prints just the text. This file turns
 * that stream back into diagnostics with the template file and line, so an
 * author customising a template is told exactly where to look. */
#include "page_internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxslt/xsltutils.h>

typedef struct {
    bytebuf text;          /* message lines joined with "; " */
    diag_severity severity;
    bytebuf carry;         /* lines with no place yet (libxml2's XPath details come
                              before libxslt's located error): joined to the next one */
} pending;

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int is_header(const char *s)
{
    return starts_with(s, "runtime error") || starts_with(s, "compilation error") ||
           starts_with(s, "compilation warning") || starts_with(s, "runtime warning");
}

/* "runtime error: file /t/x.xsl line 12 element value-of" → file, line. */
static void parse_header(page_report *rep, const char *s)
{
    free(rep->where_file);
    rep->where_file = NULL;
    rep->where_line = 0;
    const char *f = strstr(s, ": file ");
    if (!f) return;
    f += 7;
    const char *end = strstr(f, " line ");
    const char *elem = strstr(f, " element ");
    if (!end) end = elem ? elem : f + strlen(f);
    rep->where_file = xstrndup(f, (size_t)(end - f));
    if (strstr(f, " line ")) rep->where_line = strtol(strstr(f, " line ") + 6, NULL, 10);
}

/* The instruction being run, when libxslt knows it. */
static xmlNodePtr current_inst(const page_report *rep)
{
    return rep->ctxt ? rep->ctxt->inst : NULL;
}

static int is_xsl_message(const xmlNode *inst)
{
    return inst && inst->type == XML_ELEMENT_NODE && inst->ns &&
           xmlStrEqual(inst->ns->href, XSLT_NAMESPACE) &&
           xmlStrEqual(inst->name, BAD_CAST "message");
}

/* What to do about the errors template authors meet most. */
static const struct {
    const char *seen;
    const char *advice;
} hints[] = {
    { "File write for", "templates may not write files: remove xsl:document or exsl:document" },
    { "Network file read for", "templates may not read from the network: copy what the "
                               "template needs into the templates folder" },
    { "Local file read for", "templates may read only files inside the templates folder" },
    { "has not been declared", "declare it with xsl:variable or xsl:param, or correct its name" },
    { "could not compile", "correct the XPath expression" },
};

static const char *advice_for(const char *what)
{
    for (size_t i = 0; i < sizeof hints / sizeof *hints; i++)
        if (strstr(what, hints[i].seen)) return hints[i].advice;
    return "fix the template at this line";
}

static void add_diag(page_report *rep, diag_severity sev, const char *what, int is_message)
{
    const char *file = rep->where_file;
    long line = rep->where_line;
    xmlNodePtr inst = current_inst(rep);
    if (!file && inst && inst->doc) {
        file = (const char *)inst->doc->URL;
        line = xml_node_line(inst);
    }
    if (is_message)
        diag_add(rep->diags, file, line, 0, sev, "TEMPLATE", NULL,
                 "template %s says: %s", rep->template_name, what);
    else
        diag_add(rep->diags, file, line, 0, sev, "TEMPLATE", NULL,
                 "template %s failed: %s; %s", rep->template_name, what, advice_for(what));
    if (sev == DIAG_ERROR) rep->errors++;
}

/* Lines after a header belong to one error: gathered in rep->line's twin,
 * flushed at the next header or at the end. */
static void flush_pending(page_report *rep, pending *p)
{
    if (p->text.len) {
        if (!rep->where_file && !current_inst(rep)) {
            if (p->carry.len) bytebuf_append_str(&p->carry, "; ");
            bytebuf_append(&p->carry, p->text.data, p->text.len);
        } else {
            if (p->carry.len) {
                bytebuf_append_str(&p->text, "; ");
                bytebuf_append(&p->text, p->carry.data, p->carry.len);
                p->carry.len = 0;
            }
            bytebuf_append(&p->text, "", 1);
            add_diag(rep, p->severity, (const char *)p->text.data, 0);
        }
        p->text.len = 0;
    }
    free(rep->where_file);
    rep->where_file = NULL;
    rep->where_line = 0;
}

/* At the end: whatever never found a place is still reported. */
static void flush_carry(page_report *rep, pending *p)
{
    if (!p->carry.len) return;
    bytebuf_append(&p->carry, "", 1);
    add_diag(rep, DIAG_ERROR, (const char *)p->carry.data, 0);
    p->carry.len = 0;
}

static int only_caret_or_space(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '^' && *s != '\t') return 0;
    return 1;
}

static void take_line(page_report *rep, pending *p, const char *s)
{
    if (is_header(s)) {
        /* libxslt often reports one refusal twice, each with its own header:
         * keep lines about the same place in one diagnostic */
        char *file = rep->where_file;   /* now ours */
        long line = rep->where_line;
        int had_text = p->text.len > 0;
        rep->where_file = NULL;
        parse_header(rep, s);
        int same = had_text && file && rep->where_file && line == rep->where_line &&
                   strcmp(file, rep->where_file) == 0;
        if (!same) {
            char *now = rep->where_file;
            long now_line = rep->where_line;
            rep->where_file = file;
            rep->where_line = line;
            flush_pending(rep, p);   /* frees file */
            rep->where_file = now;
            rep->where_line = now_line;
        } else {
            free(file);
        }
        p->severity = strstr(s, "warning") ? DIAG_WARNING : DIAG_ERROR;
        return;
    }
    if (only_caret_or_space(s)) return;
    xmlNodePtr inst = current_inst(rep);
    if (!rep->where_file && !p->text.len && is_xsl_message(inst)) {
        xmlChar *term = xmlGetProp(inst, BAD_CAST "terminate");
        int stop = term && xmlStrEqual(term, BAD_CAST "yes");
        xmlFree(term);
        add_diag(rep, stop ? DIAG_ERROR : DIAG_WARNING, s, 1);
        return;
    }
    if (!p->text.len && !rep->where_file) p->severity = DIAG_ERROR;
    if (p->text.len) bytebuf_append_str(&p->text, "; ");
    bytebuf_append_str(&p->text, s);
}

/* The pending error lives next to the line buffer; both are freed at end. */
typedef struct {
    page_report *rep;
    pending p;
} report_state;

static report_state *state_of(page_report *rep)
{
    return (report_state *)rep->state;
}

static void take_text(page_report *rep, const char *chunk)
{
    bytebuf_append_str(&rep->line, chunk);
    for (;;) {
        char *start = (char *)rep->line.data;
        char *nl = start ? memchr(start, '\n', rep->line.len) : NULL;
        if (!nl) break;
        *nl = '\0';
        size_t n = (size_t)(nl - start);
        while (n && (start[n - 1] == ' ' || start[n - 1] == '\r')) start[--n] = '\0';
        take_line(rep, &state_of(rep)->p, start);
        size_t rest = rep->line.len - (size_t)(nl + 1 - start);
        memmove(start, nl + 1, rest);
        rep->line.len = rest;
    }
}

static void on_generic(void *ctx, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    take_text(ctx, buf);
}

/* libxml2 reports XPath errors (bad expression, unknown function) here. */
static void on_structured(void *ctx, xmlErrorPtr err)
{
    page_report *rep = ctx;
    if (!err || err->level < XML_ERR_WARNING) return;
    take_text(rep, err->message ? err->message : "XML error\n");
    if (err->str1 && err->domain == XML_FROM_XPATH) {
        take_text(rep, "in the expression ");
        take_text(rep, err->str1);
        take_text(rep, "\n");
    }
}

void page_report_begin(page_report *rep, diag_list *diags, const char *template_name,
                       xsltTransformContextPtr ctxt)
{
    memset(rep, 0, sizeof *rep);
    rep->diags = diags;
    rep->template_name = template_name;
    rep->ctxt = ctxt;
    bytebuf_init(&rep->line);
    report_state *st = xcalloc(1, sizeof *st);
    st->rep = rep;
    bytebuf_init(&st->p.text);
    bytebuf_init(&st->p.carry);
    rep->state = st;
    rep->old_generic = xmlGenericError;
    rep->old_generic_ctx = xmlGenericErrorContext;
    rep->old_structured = xmlStructuredError;
    rep->old_structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(rep, on_generic);
    xmlSetStructuredErrorFunc(rep, on_structured);
    if (ctxt) {
        xsltSetTransformErrorFunc(ctxt, rep, on_generic);
    } else {
        rep->old_xslt = xsltGenericError;
        rep->old_xslt_ctx = xsltGenericErrorContext;
        xsltSetGenericErrorFunc(rep, on_generic);
    }
}

void page_report_end(page_report *rep)
{
    if (rep->line.len) take_text(rep, "\n");
    report_state *st = state_of(rep);
    flush_pending(rep, &st->p);
    flush_carry(rep, &st->p);
    bytebuf_free(&st->p.text);
    bytebuf_free(&st->p.carry);
    free(st);
    rep->state = NULL;
    bytebuf_free(&rep->line);
    xmlSetGenericErrorFunc(rep->old_generic_ctx, rep->old_generic);
    xmlSetStructuredErrorFunc(rep->old_structured_ctx, rep->old_structured);
    if (!rep->ctxt) xsltSetGenericErrorFunc(rep->old_xslt_ctx, rep->old_xslt);
}
