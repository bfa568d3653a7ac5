/* page_check.c — every page document is checked against schema/page.xsd
 * before anyone lays it out, so a mistake in a (customised) template is
 * reported as the template's, with the place in the page document, instead
 * of surfacing as a strange PDF. */
#include "page.h"
#include "page_internal.h"
#include "../util/datadir.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/xmlschemas.h>

enum { MAX_REPORTED = 8 };   /* later errors are usually echoes of the first */

struct page_schema {
    xmlDocPtr doc;           /* the parsed schema must outlive the compiled one */
    xmlSchemaPtr schema;
};

void page_schema_free(page_schema *s)
{
    if (!s) return;
    if (s->schema) xmlSchemaFree(s->schema);
    if (s->doc) xmlFreeDoc(s->doc);
    free(s);
}

typedef struct {
    diag_list *diags;
    const char *template_name;
    const char *file;
    int count;
} check_state;

static void on_schema_error(void *ctx, xmlErrorPtr err)
{
    check_state *st = ctx;
    if (!err || err->level < XML_ERR_ERROR) return;
    if (st->count++ >= MAX_REPORTED) return;
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", err->message ? err->message : "invalid");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = '\0';
    xmlChar *path = err->node ? xmlGetNodePath((xmlNodePtr)err->node) : NULL;
    if (st->template_name)
        diag_add(st->diags, st->file, err->line, 0, DIAG_ERROR, "PAGE", (const char *)path,
                 "a template produced an invalid page document: template %s: %s; fix the "
                 "template so it writes only what schema/PAGE.md allows",
                 st->template_name, msg);
    else
        diag_add(st->diags, st->file, err->line, 0, DIAG_ERROR, "PAGE", (const char *)path,
                 "a template produced an invalid page document: %s", msg);
    xmlFree(path);
}

page_schema *page_schema_load(const char *datadir, int *absent, diag_list *diags)
{
    *absent = 0;
    char *path = datadir_path(datadir, "schema/page.xsd");
    if (access(path, F_OK) != 0) {
        *absent = 1;
        free(path);
        return NULL;
    }
    xml_limits limits;
    xml_limits_default(&limits);
    page_schema *s = xcalloc(1, sizeof *s);
    s->doc = xml_safe_read_file(path, &limits, diags);
    if (s->doc) {
        check_state st = { diags, NULL, path, 0 };
        xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewDocParserCtxt(s->doc);
        if (pctxt) {
            xmlSchemaSetParserStructuredErrors(pctxt, on_schema_error, &st);
            s->schema = xmlSchemaParse(pctxt);
            xmlSchemaFreeParserCtxt(pctxt);
        }
        if (!s->schema && !st.count)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "PAGE", NULL,
                     "schema/page.xsd could not be compiled");
    }
    free(path);
    if (!s->schema) {
        page_schema_free(s);
        return NULL;
    }
    return s;
}

int page_schema_check(page_schema *s, xmlDocPtr page_doc, const char *template_name,
                      diag_list *diags)
{
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(s->schema);
    if (!vctxt) return -1;
    check_state st = { diags, template_name, NULL, 0 };
    xmlSchemaSetValidStructuredErrors(vctxt, on_schema_error, &st);
    int rc = xmlSchemaValidateDoc(vctxt, page_doc);
    xmlSchemaFreeValidCtxt(vctxt);
    if (rc != 0 && st.count == 0)
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "PAGE", NULL,
                 "a template produced an invalid page document%s%s",
                 template_name ? ": template " : "", template_name ? template_name : "");
    if (st.count > MAX_REPORTED)
        diag_add(diags, NULL, 0, 0, DIAG_NOTE, "PAGE", NULL,
                 "%d more page document errors not shown", st.count - MAX_REPORTED);
    return rc == 0 ? 0 : -1;
}

int page_check(xmlDocPtr page_doc, const char *datadir, diag_list *diags)
{
    int absent = 0;
    page_schema *s = page_schema_load(datadir, &absent, diags);
    if (!s) return absent ? 0 : -1;
    int rc = page_schema_check(s, page_doc, NULL, diags);
    page_schema_free(s);
    return rc;
}
