/* inline.c — the inline content of a block (text, strong, em, span, a, br)
 * as one UTF-8 string plus Pango attributes: whitespace collapsed as in
 * HTML, em drawn bold when the profile bans italics, links and highlights
 * remembered as spans (they are tagged Link / Span when drawn). */
#include <string.h>
#include "layout_internal.h"

typedef struct {
    layout_doc *doc;
    box *b;
    GString *text;
    int last_space;   /* the text ends in a (collapsed) space, or is empty */
} inline_state;

static int is_html(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static int has_class(xmlNode *el, const char *cls)
{
    xmlChar *v = xmlGetProp(el, (const xmlChar *)"class");
    int found = 0;
    if (v) {
        size_t n = strlen(cls);
        for (const char *p = (const char *)v; (p = strstr(p, cls)); p += n)
            if ((p == (const char *)v || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) found = 1;
        xmlFree(v);
    }
    return found;
}

static void append_text(inline_state *st, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!st->last_space) g_string_append_c(st->text, ' ');
            st->last_space = 1;
        } else {
            g_string_append_c(st->text, (char)c);
            st->last_space = 0;
        }
    }
}

static void add_attr(inline_state *st, PangoAttribute *a, size_t start)
{
    a->start_index = (guint)start;
    a->end_index = (guint)st->text->len;
    pango_attr_list_insert(st->b->attrs, a);
}

static void add_span(inline_state *st, size_t start, const char *href)
{
    box *b = st->b;
    b->spans = xrealloc(b->spans, (b->n_spans + 1) * sizeof *b->spans);
    b->spans[b->n_spans].start = (int)start;
    b->spans[b->n_spans].end = (int)st->text->len;
    b->spans[b->n_spans].href = href ? xstrdup(href) : NULL;
    b->n_spans++;
}

static void collect(inline_state *st, xmlNode *el);

static void collect_element(inline_state *st, xmlNode *n)
{
    const layout_profile *prof = &st->doc->prof;
    size_t start = st->text->len;
    if (is_html(n, "br")) {
        /* A line separator breaks the line without ending the paragraph. */
        g_string_append(st->text, "\xe2\x80\xa8");
        st->last_space = 1;
        return;
    }
    collect(st, n);
    if (st->text->len == start) return;
    if (is_html(n, "strong") || (is_html(n, "em") && !prof->italics_allowed)) {
        add_attr(st, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start);
    } else if (is_html(n, "em")) {
        add_attr(st, pango_attr_style_new(PANGO_STYLE_ITALIC), start);
    } else if (is_html(n, "a")) {
        xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
        uint32_t c = prof->colour_link;
        add_attr(st, pango_attr_foreground_new((guint16)((c >> 16 & 0xff) * 257),
                                               (guint16)((c >> 8 & 0xff) * 257),
                                               (guint16)((c & 0xff) * 257)), start);
        add_span(st, start, href ? (const char *)href : "");
        xmlFree(href);
    } else if (is_html(n, "span")) {
        if (has_class(n, "nowrap")) add_attr(st, pango_attr_allow_breaks_new(FALSE), start);
        if (has_class(n, "small"))
            add_attr(st, pango_attr_size_new((int)(prof->small_size_pt * PANGO_SCALE)), start);
        if (has_class(n, "highlight")) {
            /* Drawn by us, not Pango; the attribute splits the runs at its edges. */
            uint32_t c = prof->colour_highlight_bg;
            add_attr(st, pango_attr_background_new((guint16)((c >> 16 & 0xff) * 257),
                                                   (guint16)((c >> 8 & 0xff) * 257),
                                                   (guint16)((c & 0xff) * 257)), start);
            add_span(st, start, NULL);
        }
        xmlChar *lang = xmlGetProp(n, (const xmlChar *)"lang");
        if (lang) add_attr(st, pango_attr_language_new(pango_language_from_string((const char *)lang)), start);
        xmlFree(lang);
    }
}

static void collect(inline_state *st, xmlNode *el)
{
    for (xmlNode *n = el->children; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            append_text(st, (const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE)
            collect_element(st, n);
    }
}

/* Spans must not overlap for drawing: a highlight inside a link is dropped. */
static void drop_overlapping_spans(box *b)
{
    size_t kept = 0;
    for (size_t i = 0; i < b->n_spans; i++) {
        int overlaps = 0;
        for (size_t j = 0; j < kept; j++)
            if (b->spans[i].start < b->spans[j].end && b->spans[j].start < b->spans[i].end) overlaps = 1;
        if (overlaps) free(b->spans[i].href);
        else b->spans[kept++] = b->spans[i];
    }
    b->n_spans = kept;
}

/* Trims the collapsed spaces at both ends, moving attribute indexes. */
static void trim_text(inline_state *st)
{
    GString *t = st->text;
    if (t->len && t->str[t->len - 1] == ' ') g_string_truncate(t, t->len - 1);
    if (t->len && t->str[0] == ' ') {
        g_string_erase(t, 0, 1);
        pango_attr_list_update(st->b->attrs, 0, 1, 0);
        for (size_t i = 0; i < st->b->n_spans; i++) {
            if (st->b->spans[i].start > 0) st->b->spans[i].start--;
            if (st->b->spans[i].end > 0) st->b->spans[i].end--;
        }
    }
    for (size_t i = 0; i < st->b->n_spans; i++)
        if (st->b->spans[i].end > (int)t->len) st->b->spans[i].end = (int)t->len;
}

void inline_collect(layout_doc *doc, box *b, xmlNode *el)
{
    inline_state st = { doc, b, g_string_new(NULL), 1 };
    if (!b->attrs) b->attrs = pango_attr_list_new();
    collect(&st, el);
    trim_text(&st);
    drop_overlapping_spans(b);
    b->text = g_string_free(st.text, FALSE);
    /* g_string memory is g_malloc'd; keep one allocator for box strings. */
    char *copy = xstrdup(b->text);
    g_free(b->text);
    b->text = copy;
}
