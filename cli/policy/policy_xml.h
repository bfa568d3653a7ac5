/* policy_xml.h — small readers over an already-parsed tree (policy files and
 * the plan's budget-working block): find children by namespace and name, read
 * attributes and text as owned C strings or checked integers. Parsing itself
 * is done by cli/util/xml_safe.h; this only walks the result. */
#ifndef EHCP_POLICY_XML_H
#define EHCP_POLICY_XML_H

#include <libxml/tree.h>

#define EHCP_POLICY_NS "urn:ehcp:policy:1"
#define EHCP_BUDGET_NS "urn:ehcp:policy-answers:1"

/* First element child of parent (or, for px_next, first following sibling
 * of n) named name in namespace ns; NULL when there is none. */
const xmlNode *px_child(const xmlNode *parent, const char *ns, const char *name);
const xmlNode *px_next(const xmlNode *n, const char *ns, const char *name);
/* First descendant (document order) named name in namespace ns. */
const xmlNode *px_find(const xmlNode *root, const char *ns, const char *name);
/* 1 when n is an element named name in namespace ns. */
int px_is(const xmlNode *n, const char *ns, const char *name);

/* Attribute value, newly allocated (free()), or NULL when absent. */
char *px_attr(const xmlNode *n, const char *name);
/* 1 and *out set when the attribute is present and a whole decimal number
 * that fits; 0 when absent or not a number (*out untouched). */
int px_attr_ll(const xmlNode *n, const char *name, long long *out);
/* Text content with surrounding white space trimmed and inner runs of
 * white space collapsed to one space; newly allocated, never NULL. */
char *px_text(const xmlNode *n);
/* Text of the child named name, or NULL when there is no such child. */
char *px_child_text(const xmlNode *parent, const char *ns, const char *name);

#endif
