/* pdf_xmp.c — see pdf_xmp.h. Reading goes through xml_safe (no network,
 * no entities), like every other XML ehcp reads. */
#include "pdf_xmp.h"
#include "../util/xml_safe.h"
#include <stdlib.h>
#include <string.h>

#define NS_PDFUAID "http://www.aiim.org/pdfua/ns/id/"
#define NS_DC "http://purl.org/dc/elements/1.1/"

void pdf_xmp_iso_date(time_t t, char buf[32])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void pdf_xmp_pdf_date(time_t t, char buf[32])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "D:%Y%m%d%H%M%SZ", &tm);
}

/* Appends s with XML's five special characters escaped; control
 * characters other than tab and newline are dropped (not allowed in XML). */
static void append_escaped(bytebuf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '&': bytebuf_append_str(b, "&amp;"); break;
        case '<': bytebuf_append_str(b, "&lt;"); break;
        case '>': bytebuf_append_str(b, "&gt;"); break;
        case '"': bytebuf_append_str(b, "&quot;"); break;
        default:
            if (*p >= 0x20 || *p == '\t' || *p == '\n') bytebuf_append(b, p, 1);
        }
    }
}

static void element(bytebuf *b, const char *open, const char *text, const char *close)
{
    bytebuf_append_str(b, open);
    append_escaped(b, text);
    bytebuf_append_str(b, close);
}

char *pdf_xmp_build(const pdf_finish_info *info, const char *lang)
{
    char date[32];
    bytebuf b;
    bytebuf_init(&b);
    pdf_xmp_iso_date(info->created, date);
    bytebuf_append_str(&b,
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\"\n"
        "    xmlns:dc=\"" NS_DC "\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        "    xmlns:pdfuaid=\"" NS_PDFUAID "\">\n"
        "   <dc:format>application/pdf</dc:format>\n");
    element(&b, "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", info->title,
            "</rdf:li></rdf:Alt></dc:title>\n");
    if (info->author && info->author[0])
        element(&b, "   <dc:creator><rdf:Seq><rdf:li>", info->author,
                "</rdf:li></rdf:Seq></dc:creator>\n");
    if (info->subject && info->subject[0])
        element(&b, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">",
                info->subject, "</rdf:li></rdf:Alt></dc:description>\n");
    element(&b, "   <dc:language><rdf:Bag><rdf:li>", lang, "</rdf:li></rdf:Bag></dc:language>\n");
    element(&b, "   <xmp:CreateDate>", date, "</xmp:CreateDate>\n");
    element(&b, "   <xmp:ModifyDate>", date, "</xmp:ModifyDate>\n");
    element(&b, "   <xmp:MetadataDate>", date, "</xmp:MetadataDate>\n");
    if (info->producer && info->producer[0]) {
        element(&b, "   <xmp:CreatorTool>", info->producer, "</xmp:CreatorTool>\n");
        element(&b, "   <pdf:Producer>", info->producer, "</pdf:Producer>\n");
    }
    bytebuf_append_str(&b,
        "   <pdfuaid:part>1</pdfuaid:part>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

static int in_ns(const xmlNs *ns, const char *href)
{
    return ns && ns->href && !strcmp((const char *)ns->href, href);
}

static void note_pdfuaid(const xmlNs *ns, const xmlChar *name, const xmlChar *value,
                         pdf_xmp_facts *f)
{
    if (!in_ns(ns, NS_PDFUAID)) return;
    if ((!ns->prefix || strcmp((const char *)ns->prefix, "pdfuaid")) && !f->bad_prefix)
        f->bad_prefix = xasprintf("%s:%s", ns->prefix ? (const char *)ns->prefix : "",
                                  (const char *)name);
    if (!strcmp((const char *)name, "part") && !f->part && value) {
        const char *v = (const char *)value;
        while (*v == ' ' || *v == '\n' || *v == '\t') v++;
        size_t len = strcspn(v, " \n\t");
        f->part = xstrndup(v, len);
    }
}

static void walk(xmlNode *node, pdf_xmp_facts *f, int depth)
{
    for (xmlNode *n = node; n && depth < 64; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        xmlChar *text = xmlNodeGetContent(n);
        note_pdfuaid(n->ns, n->name, text, f);
        if (in_ns(n->ns, NS_DC) && !strcmp((const char *)n->name, "title") && text) {
            for (const xmlChar *p = text; *p; p++)
                if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') f->has_title = 1;
        }
        xmlFree(text);
        for (xmlAttr *a = n->properties; a; a = a->next) {
            xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
            note_pdfuaid(a->ns, a->name, v, f);
            xmlFree(v);
        }
        walk(n->children, f, depth + 1);
    }
}

void pdf_xmp_read(const unsigned char *data, size_t len, pdf_xmp_facts *f)
{
    memset(f, 0, sizeof *f);
    xml_limits limits;
    xml_limits_default(&limits);
    diag_list *scratch = diag_list_create();
    xmlDocPtr doc = xml_safe_read_memory((const char *)data, len, "XMP", &limits, scratch);
    diag_list_destroy(scratch);
    if (!doc) return;
    f->well_formed = 1;
    walk(xmlDocGetRootElement(doc), f, 0);
    xmlFreeDoc(doc);
}

void pdf_xmp_facts_free(pdf_xmp_facts *f)
{
    free(f->part);
    free(f->bad_prefix);
    memset(f, 0, sizeof *f);
}
