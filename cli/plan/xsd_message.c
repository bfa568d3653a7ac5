/* xsd_message.c — see xsd_message.h. libxml2 2.9.14 words its schema errors
 * in a handful of fixed shapes (xmlschemas.c); each shape is matched by its
 * fixed text and rewritten. Anything unrecognised falls through to libxml2's
 * own words, namespaces stripped, so no error is ever lost. */
#include "xsd_message.h"
#include "../util/xmem.h"
#include <stdlib.h>
#include <string.h>

/* Removes every "{namespace}" and the trailing newline and full stop. A
 * brace group with quotes or spaces is not a namespace (it is the value set
 * of an enumeration error) and stays. */
static char *strip_namespaces(const char *raw)
{
    size_t n = strlen(raw);
    char *out = xmalloc(n + 1), *o = out;
    for (const char *p = raw; *p; p++) {
        if (*p == '{') {
            size_t span = strcspn(p + 1, "}' ");
            if (p[1 + span] == '}') { p += 1 + span; continue; }
        }
        *o++ = *p;
    }
    *o = '\0';
    while (o > out && (o[-1] == '\n' || o[-1] == ' ' || o[-1] == '.')) *--o = '\0';
    return out;
}

/* Copies the text between the quote at *p and the next quote; moves *p past it. */
static char *take_quoted(const char **p)
{
    const char *start = strchr(*p, '\'');
    if (!start) return NULL;
    const char *end = strchr(start + 1, '\'');
    if (!end) return NULL;
    *p = end + 1;
    return xstrndup(start + 1, (size_t)(end - start - 1));
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "( a, b, c )" -> "<a>", or "one of <a>, <b> or <c>". */
static char *expected_list(const char *s)
{
    const char *open = strstr(s, "( ");
    const char *close = open ? strstr(open, " )") : NULL;
    if (!open || !close) return NULL;
    bytebuf b;
    bytebuf_init(&b);
    int items = 1;
    for (const char *q = open + 2; q < close; q++) items += (*q == ',');
    if (items > 1) bytebuf_append_str(&b, "one of ");
    const char *item = open + 2;
    for (int i = 0; i < items; i++) {
        const char *end = strchr(item, ',');
        if (!end || end > close) end = close;
        if (i > 0) bytebuf_append_str(&b, i == items - 1 ? " or " : ", ");
        bytebuf_append_str(&b, "<");
        bytebuf_append(&b, item, (size_t)(end - item));
        bytebuf_append_str(&b, ">");
        item = end + 2;
    }
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

static int is_section_name(const char *name)
{
    static const char *const sections[] = {
        "section-a", "section-b", "section-c", "section-d", "section-e", "section-f",
        "section-g", "section-h1", "section-h2", "section-i", "section-j", "section-k",
    };
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        if (name && strcmp(name, sections[i]) == 0) return 1;
    return 0;
}

/* What a pattern-checked field should look like, by element or attribute name. */
static const struct { const char *field; const char *hint; } pattern_hints[] = {
    { "upn", "a UPN is a capital letter, 11 digits, then a digit or a capital letter (13 characters, no spaces)" },
    { "uln", "a ULN is 10 digits with no spaces" },
    { "nhs-number", "an NHS number is 10 digits with no spaces" },
    { "urn", "a URN is 6 digits" },
    { "ukprn", "a UKPRN is 8 digits starting with 1" },
    { "ratio", "write staff to pupils with a colon, for example 1:1 or 1:4" },
    { "year-group", "write E1, E2, N1, N2, R, a year from 1 to 14, or X" },
    { "upn-unknown", "write an SEN2 code such as UN1" },
    { "code", "check the code's length and letters (local authority: 3 digits; ethnicity: 4 capital letters)" },
    { "id", "an id starts with a letter and has only letters, digits, '-', '_' and '.'" },
    { "ref", "a reference starts with a letter and has only letters, digits, '-', '_' and '.'" },
};

/* Plain advice for values that fail a built-in type, by type name. */
static const struct { const char *type; const char *hint; } type_hints[] = {
    { "xs:boolean", "write true or false" },
    { "xs:positiveInteger", "write a whole number, 1 or more" },
    { "xs:nonNegativeInteger", "write a whole number, 0 or more (amounts are in pence: 1250 for 12.50 pounds)" },
    { "xs:language", "write a language tag such as en-GB or cy" },
    { "xs:anyURI", "write a file name or web address" },
    { "Days", "write days as Mon Tue Wed Thu Fri Sat Sun, separated by spaces" },
    { "ItemId", "an id starts with a letter and has only letters, digits, '-', '_' and '.'" },
};

/* Keys and keyrefs of ehcp.xsd, by name: what the id belongs to. */
static const struct { const char *name; const char *what; const char *where; } keys[] = {
    { "needKey", "need", "sections B, C and D" },
    { "outcomeKey", "outcome", "section E" },
    { "provisionKey", "provision item", "sections F, G, H1 and H2" },
    { "placementKey", "placement", "section I" },
    { "budgetKey", "budget element", "section J" },
    { "contactKey", "contact", "the contacts" },
};
static const struct { const char *name; const char *ref; const char *message; } keyrefs[] = {
    { "needRef", "need-ref", "does not name any need in sections B, C or D; use the id of an existing need" },
    { "outcomeRef", "outcome-ref", "does not name any outcome in section E; use the id of an existing outcome" },
    { "provisionRef", "provision-ref", "does not name any provision in sections F, G, H1 or H2; use the id of an existing provision item" },
};

static char *where_text(const char *element, const char *attribute)
{
    if (attribute) return xasprintf("attribute '%s' of <%s>", attribute, element);
    return xasprintf("<%s>", element ? element : "?");
}

/* "[facet 'x'] ..." errors: the value breaks an enumeration, pattern or bound. */
static char *facet_message(const char *rest, const char *element, const char *attribute)
{
    char *where = where_text(element, attribute);
    const char *p = rest;
    char *facet = take_quoted(&p);
    char *value = take_quoted(&p);
    char *msg = NULL;
    if (facet && value && strcmp(facet, "enumeration") == 0) {
        const char *set = strchr(p, '{');
        bytebuf b;
        bytebuf_init(&b);
        for (const char *q = set ? set + 1 : ""; *q && *q != '}'; q++)
            if (*q != '\'') bytebuf_append(&b, q, 1);
        bytebuf_append(&b, "", 1);
        msg = xasprintf("'%s' is not allowed for %s; use one of: %s", value, where, (char *)b.data);
        bytebuf_free(&b);
    } else if (facet && value && strcmp(facet, "pattern") == 0) {
        const char *field = attribute ? attribute : element;
        const char *hint = "check the value against the plan format";
        for (size_t i = 0; i < sizeof pattern_hints / sizeof pattern_hints[0]; i++)
            if (field && strcmp(field, pattern_hints[i].field) == 0) hint = pattern_hints[i].hint;
        /* never quote the value: it may be a child's identifier or birth date,
         * and diagnostics end up in logs; the line says where it is */
        msg = xasprintf("the value of %s is not in the right form; %s", where, hint);
    } else if (facet && strcmp(facet, "minLength") == 0) {
        msg = xasprintf("%s must not be empty", where);
    } else if (facet && value && strcmp(facet, "maxInclusive") == 0) {
        const char *p2 = p;
        char *max = take_quoted(&p2);
        msg = xasprintf("the value of %s is more than %s, the largest allowed", where,
                        max ? max : "the maximum");
        free(max);
    } else {
        msg = xasprintf("the value of %s is not allowed here", where);
    }
    free(facet);
    free(value);
    free(where);
    return msg;
}

/* "'v' is not a valid value of the atomic type 'T'" and its list/union kin. */
static char *type_message(const char *rest, const char *element, const char *attribute)
{
    const char *p = rest;
    char *value = take_quoted(&p);
    char *type = take_quoted(&p);
    char *msg;
    if (type && strcmp(type, "xs:date") == 0) {
        char *where = where_text(element, attribute);
        msg = xasprintf("%s is not a valid date; write dates as YYYY-MM-DD", where);
        free(where);
    } else {
        char *where = where_text(element, attribute);
        const char *hint = "check the value against the plan format";
        for (size_t i = 0; i < sizeof type_hints / sizeof type_hints[0]; i++)
            if (type && strcmp(type, type_hints[i].type) == 0) hint = type_hints[i].hint;
        msg = xasprintf("the value of %s is not valid; %s", where, hint);
        free(where);
    }
    free(value);
    free(type);
    return msg;
}

static char *keyref_message(const char *rest, const char *element)
{
    const char *p = strchr(rest, '[');
    char *value = p ? take_quoted(&p) : NULL;
    char *name = p ? take_quoted(&p) : NULL;
    char *msg = NULL;
    for (size_t i = 0; i < sizeof keyrefs / sizeof keyrefs[0] && !msg; i++)
        if (name && strcmp(name, keyrefs[i].name) == 0)
            msg = xasprintf("%s '%s' %s", keyrefs[i].ref, value ? value : "", keyrefs[i].message);
    if (!msg)
        msg = xasprintf("<%s> refers to '%s', which does not exist", element ? element : "?",
                        value ? value : "");
    free(value);
    free(name);
    return msg;
}

static char *duplicate_message(const char *rest, const char *element)
{
    const char *p = strchr(rest, '[');
    char *value = p ? take_quoted(&p) : NULL;
    char *name = p ? take_quoted(&p) : NULL;
    char *msg = NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !msg; i++)
        if (name && strcmp(name, keys[i].name) == 0)
            msg = xasprintf("id '%s' is used by more than one %s; every %s in %s needs its own id",
                            value ? value : "", keys[i].what, keys[i].what, keys[i].where);
    if (!msg)
        msg = xasprintf("id '%s' of <%s> is used more than once; give each its own id",
                        value ? value : "", element ? element : "?");
    free(value);
    free(name);
    return msg;
}

static char *unexpected_message(const char *rest, const char *element)
{
    char *list = expected_list(rest);
    char *msg;
    if (!list)
        msg = xasprintf("element <%s> is not expected here; check its spelling and its place in the plan",
                        element);
    else if (is_section_name(element))
        msg = xasprintf("element <%s> is not expected here; expected %s (every section A to K "
                        "must be present, in order)", element, list);
    else
        msg = xasprintf("element <%s> is not expected here; expected %s", element, list);
    free(list);
    return msg;
}

static char *missing_child_message(const char *rest, const char *element)
{
    char *list = expected_list(rest);
    char *msg = xasprintf("<%s> is incomplete: %s is missing", element,
                          list ? list : "a required element");
    free(list);
    return msg;
}

/* Chooses the rewrite for the part after "Element 'x'[, attribute 'y']: ". */
static char *rewrite_rest(const char *rest, const char *element, const char *attribute,
                          int *is_value)
{
    if (starts(rest, "This element is not expected")) return unexpected_message(rest, element);
    if (starts(rest, "Missing child element(s)")) return missing_child_message(rest, element);
    if (starts(rest, "The attribute '") && strstr(rest, "is required but missing")) {
        const char *p = rest;
        char *a = take_quoted(&p);
        char *msg = xasprintf("<%s> needs the attribute '%s'", element, a ? a : "");
        free(a);
        return msg;
    }
    if (starts(rest, "The attribute '") && strstr(rest, "is not allowed"))
        return xasprintf("attribute '%s' is not allowed on <%s>; check its spelling",
                         attribute ? attribute : "", element);
    if (starts(rest, "[facet '")) { *is_value = 1; return facet_message(rest, element, attribute); }
    if (strstr(rest, "' is not a valid value of the ")) {
        *is_value = 1;
        return type_message(rest, element, attribute);
    }
    if (starts(rest, "No match found for key-sequence")) return keyref_message(rest, element);
    if (starts(rest, "Duplicate key-sequence")) return duplicate_message(rest, element);
    if (starts(rest, "Character content other than whitespace is not allowed"))
        return xasprintf("text is not allowed directly inside <%s>; put it in the right child "
                         "element (for example <p>)", element);
    if (starts(rest, "Element content is not allowed"))
        return xasprintf("<%s> holds text only; remove the elements inside it", element);
    if (starts(rest, "No matching global declaration"))
        return xasprintf("<%s> is not the root element of an EHC plan; a plan starts with "
                         "<plan xmlns=\"urn:ehcp:plan:1\">", element);
    /* Unknown shape: keep libxml2's words, so nothing is lost. */
    return xasprintf("<%s>: %s", element, rest);
}

void xsd_message_plain(const char *raw, xsd_plain *out)
{
    memset(out, 0, sizeof *out);
    char *text = strip_namespaces(raw ? raw : "");
    const char *p = text;
    if (starts(p, "Element '")) {
        out->element = take_quoted(&p);
        if (starts(p, ", attribute '")) out->attribute = take_quoted(&p);
        if (starts(p, ": ")) p += 2;
        out->message = rewrite_rest(p, out->element ? out->element : "?", out->attribute,
                                    &out->is_value);
    } else {
        out->message = xasprintf("the plan does not match the schema: %s", text);
    }
    free(text);
}

void xsd_plain_free(xsd_plain *p)
{
    free(p->message);
    free(p->element);
    free(p->attribute);
    memset(p, 0, sizeof *p);
}
