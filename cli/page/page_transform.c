/* page_transform.c — load a template once, run it on many plans: the
 * stylesheet is read through the safe parser, compiled once, and run in a
 * fresh, sandboxed transform context for every plan. */
#include "page.h"
#include "page_internal.h"
#include "../util/datadir.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

struct page_template {
    char *name;                 /* "standard" */
    char *pictures_dir;         /* datadir/templates/pictures, for default pictograms */
    page_sandbox box;
    xsltStylesheetPtr style;
    page_schema *schema;        /* NULL while schema/page.xsd does not exist */
};

/* Bare names only: a name is never a path, so it cannot leave templates/. */
static int name_is_safe(const char *name)
{
    if (!name || !*name || strlen(name) > 64) return 0;
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_') return 0;
    return 1;
}

static char *templates_dir_of(const char *datadir, diag_list *diags)
{
    char *dir = datadir_path(datadir, "templates");
    char *real = realpath(dir, NULL);
    if (!real)
        diag_add(diags, dir, 0, 0, DIAG_ERROR, "IO", NULL,
                 "the templates folder is missing; set EHCP_DATADIR to the folder that "
                 "holds templates/ and schema/");
    free(dir);
    return real;
}

void page_template_free(page_template *tpl)
{
    if (!tpl) return;
    if (tpl->style) xsltFreeStylesheet(tpl->style);
    page_schema_free(tpl->schema);   /* frees its document too */
    free(tpl->box.templates_dir);
    free(tpl->pictures_dir);
    free(tpl->name);
    free(tpl);
}

/* Compiles doc into tpl->style (which then owns it); compile errors
 * become diagnostics with the template's file and line. */
static int compile(page_template *tpl, xmlDocPtr doc, const char *path, diag_list *diags)
{
    doc->_private = &tpl->box;   /* the loader finds the sandbox for xsl:import */
    if (page_sandbox_exslt(doc, &tpl->box) != 0) {
        xmlFreeDoc(doc);
        return -1;
    }
    page_report rep;
    page_report_begin(&rep, diags, tpl->name, NULL);
    tpl->style = xsltParseStylesheetDoc(doc);
    page_report_end(&rep);
    if (!tpl->style) {
        xmlFreeDoc(doc);   /* libxslt leaves it to us when it fails */
        if (!rep.errors)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                     "template %s is not a valid XSLT 1.0 stylesheet", tpl->name);
        return -1;
    }
    if (tpl->style->errors || rep.errors) {
        if (!rep.errors)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                     "template %s has %d compilation errors", tpl->name,
                     tpl->style->errors);
        return -1;
    }
    return 0;
}

page_template *page_template_load(const char *datadir, const char *template_name,
                                  diag_list *diags)
{
    if (!name_is_safe(template_name)) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                 "'%s' is not a template name; use a name such as standard, easy-read "
                 "or large-print (letters, digits and '-')",
                 template_name ? template_name : "");
        return NULL;
    }
    page_sandbox_init();
    page_template *tpl = xcalloc(1, sizeof *tpl);
    tpl->name = xstrdup(template_name);
    tpl->box.template_name = tpl->name;
    tpl->box.diags = diags;
    xml_limits_default(&tpl->box.limits);
    tpl->box.templates_dir = templates_dir_of(datadir, diags);
    if (!tpl->box.templates_dir) {
        page_template_free(tpl);
        return NULL;
    }
    tpl->pictures_dir = xasprintf("%s/pictures", tpl->box.templates_dir);
    char *path = xasprintf("%s/%s.xsl", tpl->box.templates_dir, template_name);
    xmlDocPtr doc = xml_safe_read_file(path, &tpl->box.limits, diags);
    int bad = !doc || compile(tpl, doc, path, diags);
    free(path);
    int absent = 0;
    if (!bad) {
        tpl->schema = page_schema_load(datadir, &absent, diags);
        bad = !tpl->schema && !absent;
    }
    if (bad) {
        page_template_free(tpl);
        return NULL;
    }
    return tpl;
}

/* name, value pairs for the stylesheet: the caller's, then ours
 * ("pictures": where the default pictograms live) unless the caller set it. */
static const char **all_params(const page_template *tpl, const char *const *params)
{
    size_t n = 0, has_pictures = 0;
    while (params && params[n] && params[n + 1]) {
        if (strcmp(params[n], "pictures") == 0) has_pictures = 1;
        n += 2;
    }
    const char **all = xcalloc(n + 3, sizeof *all);
    for (size_t i = 0; i < n; i++) all[i] = params[i];
    if (!has_pictures) {
        all[n++] = "pictures";
        all[n++] = tpl->pictures_dir;
    }
    return all;
}

/* One sandboxed run; NULL after diagnostics. */
static xmlDocPtr run(page_template *tpl, xmlDocPtr input, const char *const *params,
                     diag_list *diags)
{
    xsltTransformContextPtr ctxt = xsltNewTransformContext(tpl->style, input);
    xsltSecurityPrefsPtr sec = page_sandbox_prefs();
    if (!ctxt || !sec) {
        if (ctxt) xsltFreeTransformContext(ctxt);
        if (sec) xsltFreeSecurityPrefs(sec);
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                 "out of memory while starting template %s", tpl->name);
        return NULL;
    }
    tpl->box.diags = diags;
    ctxt->_private = &tpl->box;
    xsltSetCtxtSecurityPrefs(sec, ctxt);
    xsltSetCtxtParseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    page_report rep;
    page_report_begin(&rep, diags, tpl->name, ctxt);
    const char **all = all_params(tpl, params);
    xmlDocPtr out = NULL;
    /* xsltQuoteUserParams makes each value an XPath string literal, whatever
     * quotes it holds, so a parameter can never become an expression. */
    if (xsltQuoteUserParams(ctxt, all) == 0)
        out = xsltApplyStylesheetUser(tpl->style, input, NULL, NULL, NULL, ctxt);
    int failed = ctxt->state != XSLT_STATE_OK;
    page_report_end(&rep);
    free(all);
    xsltFreeTransformContext(ctxt);
    xsltFreeSecurityPrefs(sec);
    if (out && (failed || rep.errors || !xmlDocGetRootElement(out))) {
        xmlFreeDoc(out);
        out = NULL;
    }
    if (!out && !rep.errors)
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "TEMPLATE", NULL,
                 "template %s stopped without making a page document", tpl->name);
    return out;
}

xmlDocPtr page_template_apply(page_template *tpl, xmlDocPtr input,
                              const char *const *params, diag_list *diags)
{
    if (!tpl || !input) return NULL;
    xmlDocPtr out = run(tpl, input, params, diags);
    if (!out) return NULL;
    /* relative picture paths in the page document are relative to the plan */
    if (input->URL) {
        xmlFree((xmlChar *)out->URL);
        out->URL = xmlStrdup(input->URL);
    }
    if (tpl->schema && page_schema_check(tpl->schema, out, tpl->name, diags)) {
        xmlFreeDoc(out);
        return NULL;
    }
    return out;
}

xmlDocPtr page_from_template(xmlDocPtr input, const char *datadir,
                             const char *template_name, const char *const *params,
                             diag_list *diags)
{
    page_template *tpl = page_template_load(datadir, template_name, diags);
    if (!tpl) return NULL;
    xmlDocPtr out = page_template_apply(tpl, input, params, diags);
    page_template_free(tpl);
    return out;
}
