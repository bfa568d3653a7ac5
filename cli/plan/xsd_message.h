/* xsd_message.h — turns libxml2's schema-validation messages into plain
 * English ("element <sectoin-b> is not expected here; expected <section-b>"),
 * without namespace braces. Pure string work, no state: safe in any thread. */
#ifndef EHCP_XSD_MESSAGE_H
#define EHCP_XSD_MESSAGE_H

typedef struct {
    char *message;   /* the plain message, newly allocated */
    char *element;   /* local name of the element the error is about, or NULL */
    char *attribute; /* the attribute, or NULL */
    int is_value;    /* 1 when the error is about a value (type, facet) */
} xsd_plain;

/* Rewrites raw (libxml2's message, for example "Element '{urn:ehcp:plan:1}x':
 * This element is not expected. ..."). Never fails; unknown shapes keep
 * libxml2's words with the namespaces removed. */
void xsd_message_plain(const char *raw, xsd_plain *out);
void xsd_plain_free(xsd_plain *p);

#endif
