/* plan_load.c — see plan_load.h. Reading is xml_safe's job; this file adds
 * the root check and XSD validation, and turns libxml2's schema errors into
 * one plain diagnostic each (xsd_message.c does the wording).
 *
 * Threads: a compiled xsd_schema is only read after xsd_schema_load, so one
 * schema may serve many threads; every validation gets its own context and
 * its own error state on the stack. Nothing here is global. */
#include "plan_load.h"
#include "xsd_message.h"
#include "../util/datadir.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/* A plan with hundreds of schema errors is usually one systematic mistake
 * (a wrong namespace on a child, a renamed element); the first ones suffice. */
#define XSD_MAX_ERRORS 100

struct xsd_schema {
    xmlSchemaPtr schema;
};

/* --- loading the schema ------------------------------------------------ */

typedef struct {
    const char *path;
    diag_list *diags;
    int errors;
} load_state;

static void on_schema_parse_error(void *ctx, xmlErrorPtr err)
{
    load_state *st = ctx;
    if (err->level < XML_ERR_ERROR || st->errors++ > 0) return;
    char *msg = xstrdup(err->message ? err->message : "unknown error");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = '\0';
    diag_add(st->diags, err->file ? err->file : st->path, err->line, 0, DIAG_ERROR, "IO", NULL,
             "the schema cannot be loaded (%s); reinstall ehcp or set EHCP_DATADIR to its data folder",
             msg);
    free(msg);
}

xsd_schema *xsd_schema_load(const char *datadir, const char *xsd_name, diag_list *diags)
{
    char *rel = xasprintf("schema/%s", xsd_name);
    char *path = datadir_path(datadir, rel);
    free(rel);
    load_state st = { path, diags, 0 };
    /* The schema is our own file, so libxml2 may read it directly; its one
     * import (xml.xsd) is local, and the no-network entity loader that
     * xml_safe_init installs keeps it that way. */
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(path);
    xmlSchemaPtr schema = NULL;
    if (pctxt) {
        xmlSchemaSetParserStructuredErrors(pctxt, on_schema_parse_error, &st);
        schema = xmlSchemaParse(pctxt);
        xmlSchemaFreeParserCtxt(pctxt);
    }
    if (!schema) {
        if (st.errors == 0)
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "the schema cannot be loaded; reinstall ehcp or set EHCP_DATADIR to its data folder");
        free(path);
        return NULL;
    }
    free(path);
    xsd_schema *s = xmalloc(sizeof *s);
    s->schema = schema;
    return s;
}

void xsd_schema_free(xsd_schema *schema)
{
    if (!schema) return;
    xmlSchemaFree(schema->schema);
    free(schema);
}

/* --- validating a document --------------------------------------------- */

typedef struct {
    const char *file;
    diag_list *diags;
    int errors;
    /* the last value error, so that libxml2's follow-up complaint about the
     * same value ("not a valid value of the atomic type") is not repeated */
    const void *last_node;
    char *last_attribute;
    int last_was_value;
} validate_state;

static int same_value_error(const validate_state *st, const xmlError *err, const xsd_plain *p)
{
    if (!p->is_value || !st->last_was_value || err->node != st->last_node) return 0;
    if (!p->attribute || !st->last_attribute) return !p->attribute && !st->last_attribute;
    return strcmp(p->attribute, st->last_attribute) == 0;
}

static void on_validity_error(void *ctx, xmlErrorPtr err)
{
    validate_state *st = ctx;
    if (err->level < XML_ERR_ERROR) return;
    xsd_plain p;
    xsd_message_plain(err->message, &p);
    if (same_value_error(st, err, &p)) {
        xsd_plain_free(&p);
        return;
    }
    st->errors++;
    if (st->errors <= XSD_MAX_ERRORS) {
        long line = err->line;
        if (line <= 0 && err->node) line = xml_node_line((const xmlNode *)err->node);
        diag_add(st->diags, st->file, line, 0, DIAG_ERROR, "XSD", NULL, "%s", p.message);
    } else if (st->errors == XSD_MAX_ERRORS + 1) {
        diag_add(st->diags, st->file, 0, 0, DIAG_ERROR, "XSD", NULL,
                 "more than %d schema errors; fix the ones above and run again", XSD_MAX_ERRORS);
    }
    st->last_node = err->node;
    free(st->last_attribute);
    st->last_attribute = p.attribute ? xstrdup(p.attribute) : NULL;
    st->last_was_value = p.is_value;
    xsd_plain_free(&p);
}

int xsd_schema_validate(const xsd_schema *schema, xmlDocPtr doc, const char *file,
                        diag_list *diags)
{
    validate_state st = { file, diags, 0, NULL, NULL, 0 };
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema->schema);
    if (!vctxt) {
        diag_add(diags, file, 0, 0, DIAG_ERROR, "IO", NULL, "out of memory while validating");
        return 1;
    }
    xmlSchemaSetValidStructuredErrors(vctxt, on_validity_error, &st);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaFreeValidCtxt(vctxt);
    free(st.last_attribute);
    if (rc != 0 && st.errors == 0) {
        /* libxml2 failed without saying why (an internal error) */
        diag_add(diags, file, 0, 0, DIAG_ERROR, "XSD", NULL,
                 "the plan could not be checked against the schema (libxml2 code %d)", rc);
        return 1;
    }
    return st.errors;
}

/* --- reading a plan ------------------------------------------------------ */

static int check_root(xmlDocPtr doc, const char *path, const char *root_name, const char *ns,
                      diag_list *diags)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    const char *name = (const char *)root->name;
    const char *found_ns = root->ns && root->ns->href ? (const char *)root->ns->href : NULL;
    long line = xml_node_line(root);
    if (strcmp(name, root_name) != 0) {
        diag_add(diags, path, line, 0, DIAG_ERROR, "XSD", NULL,
                 "the root element is <%s>, but this file must start with <%s xmlns=\"%s\">",
                 name, root_name, ns);
        return -1;
    }
    if (!found_ns || strcmp(found_ns, ns) != 0) {
        if (found_ns)
            diag_add(diags, path, line, 0, DIAG_ERROR, "XSD", NULL,
                     "<%s> is in the namespace '%s'; it must be in the namespace '%s': "
                     "write <%s xmlns=\"%s\">", root_name, found_ns, ns, root_name, ns);
        else
            diag_add(diags, path, line, 0, DIAG_ERROR, "XSD", NULL,
                     "<%s> has no namespace; it must be in the namespace '%s': "
                     "write <%s xmlns=\"%s\">", root_name, ns, root_name, ns);
        return -1;
    }
    return 0;
}

xmlDocPtr plan_read(const char *path, const char *root_name, const char *ns,
                    const xml_limits *limits, diag_list *diags)
{
    xmlDocPtr doc = xml_safe_read_file(path, limits, diags);
    if (!doc) return NULL;
    if (check_root(doc, path, root_name, ns, diags) != 0) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}
