/* build.c — the page document (schema/page.xsd) as a box tree. Reads the
 * head (title, meta) into the document context; every block element
 * becomes one box carrying its PDF structure tag. */
#include <string.h>
#include <strings.h>
#include "layout_internal.h"
#include "../util/xml_safe.h"

static const char *const heading_tags[6] = { "H1", "H2", "H3", "H4", "H5", "H6" };

static int is_el(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static char *prop(xmlNode *el, const char *name)
{
    xmlChar *v = xmlGetProp(el, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

static int class_has(xmlNode *el, const char *cls)
{
    char *v = prop(el, "class");
    int found = 0;
    if (v) {
        for (char *save = NULL, *w = strtok_r(v, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
            if (strcmp(w, cls) == 0) found = 1;
        free(v);
    }
    return found;
}

static void take_common(box *b, xmlNode *el)
{
    b->id = prop(el, "id");
    if (class_has(el, "break-before")) b->flags |= BOXF_BREAK_BEFORE;
    if (class_has(el, "keep")) b->flags |= BOXF_KEEP;
}

static void style_text(layout_doc *doc, box *b, double size, int bold, double before, double after)
{
    b->size_pt = size;
    b->bold = bold;
    b->space_before = before;
    b->space_after = after;
    b->colour = doc->prof.colour_text;
}

static box *text_box(layout_doc *doc, box *parent, xmlNode *el, const char *tag)
{
    const layout_profile *p = &doc->prof;
    box *b = box_new(doc, BOX_TEXT, tag, parent, xml_node_line(el));
    take_common(b, el);
    style_text(doc, b, p->body_size_pt, 0, 0, p->paragraph_space_pt);
    inline_collect(doc, b, el);
    return b;
}

static void build_blocks(layout_doc *doc, box *parent, xmlNode *el);

static int has_block_child(xmlNode *el)
{
    for (xmlNode *n = el->children; n; n = n->next)
        if (is_el(n, "p") || is_el(n, "ul") || is_el(n, "ol")) return 1;
    return 0;
}

/* li and td/th: block children, or inline content as one untagged text box
 * (its text then belongs to the LBody / TD tag itself). */
static void build_flow_content(layout_doc *doc, box *parent, xmlNode *el, int bold)
{
    if (has_block_child(el)) {
        build_blocks(doc, parent, el);
        return;
    }
    box *t = text_box(doc, parent, el, NULL);
    t->bold = bold;
    t->space_after = 0;
}

static void build_heading(layout_doc *doc, box *parent, xmlNode *el, int level)
{
    const layout_profile *p = &doc->prof;
    box *b = text_box(doc, parent, el, heading_tags[level - 1]);
    b->level = level;
    style_text(doc, b, p->heading_size_pt[level - 1], p->headings_bold,
               p->heading_space_before_pt, p->heading_space_after_pt);
    b->colour = p->colour_heading;
    if (!b->id) b->id = xasprintf("ehcp-heading-%d", ++doc->next_auto_id);
}

static void build_list(layout_doc *doc, box *parent, xmlNode *el, int numbered)
{
    box *list = box_new(doc, BOX_LIST, "L", parent, xml_node_line(el));
    take_common(list, el);
    list->space_after = doc->prof.paragraph_space_pt;
    int number = 0;
    for (xmlNode *n = el->children; n; n = n->next) {
        if (!is_el(n, "li")) continue;
        box *item = box_new(doc, BOX_ITEM, "LI", list, xml_node_line(n));
        item->text = numbered ? xasprintf("%d.", ++number) : xstrdup("\xe2\x80\xa2");
        style_text(doc, item, doc->prof.body_size_pt, 0, 0, doc->prof.list_item_space_pt);
        box *body = box_new(doc, BOX_BLOCKS, "LBody", item, xml_node_line(n));
        build_flow_content(doc, body, n, 0);
    }
}

static void build_image(layout_doc *doc, box *parent, xmlNode *el)
{
    box *b = box_new(doc, BOX_IMAGE, "Figure", parent, xml_node_line(el));
    take_common(b, el);
    b->alt = prop(el, "alt");
    char *role = prop(el, "role");
    if (!b->alt || !*b->alt || (role && strcmp(role, "presentation") == 0)) {
        b->flags |= BOXF_DECORATIVE;
        b->tag = NULL;
    }
    free(role);
    char *src = prop(el, "src");
    if (src) b->image = image_load(src, doc->base_dir, doc->opt->datadir, doc->file, b->line, doc->diags);
    if (!b->image) doc->failed = 1;
    free(src);
    char *w = prop(el, "width"), *h = prop(el, "height");
    b->width = w ? MM_TO_PT(atof(w)) : 0;
    b->height = h ? MM_TO_PT(atof(h)) : 0;
    free(w);
    free(h);
    b->space_after = doc->prof.paragraph_space_pt;
}

static void build_table(layout_doc *doc, box *parent, xmlNode *el);

static void build_div(layout_doc *doc, box *parent, xmlNode *el)
{
    if (class_has(el, "picture-row")) {
        box *row = box_new(doc, BOX_PICTURE_ROW, "Div", parent, xml_node_line(el));
        take_common(row, el);
        row->space_after = doc->prof.paragraph_space_pt;
        for (xmlNode *n = el->children; n; n = n->next) {
            if (is_el(n, "img")) build_image(doc, row, n);
            else if (is_el(n, "div")) build_blocks(doc, box_new(doc, BOX_BLOCKS, NULL, row, xml_node_line(n)), n);
        }
        return;
    }
    box *b = box_new(doc, BOX_BLOCKS, "Div", parent, xml_node_line(el));
    take_common(b, el);
    if (class_has(el, "box") || class_has(el, "signature")) b->flags |= BOXF_BORDER;
    b->space_after = doc->prof.paragraph_space_pt;
    build_blocks(doc, b, el);
}

static void build_nav(layout_doc *doc, box *parent, xmlNode *el)
{
    box *nav = box_new(doc, BOX_BLOCKS, NULL, parent, xml_node_line(el));
    take_common(nav, el);
    build_blocks(doc, nav, el);
    if (class_has(el, "toc")) box_new(doc, BOX_TOC, "TOC", nav, xml_node_line(el));
}

static void build_block(layout_doc *doc, box *parent, xmlNode *n)
{
    const char *name = (const char *)n->name;
    if (strlen(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
        build_heading(doc, parent, n, name[1] - '0');
    } else if (is_el(n, "p")) {
        text_box(doc, parent, n, "P");
    } else if (is_el(n, "section")) {
        box *b = box_new(doc, BOX_BLOCKS, "Sect", parent, xml_node_line(n));
        take_common(b, n);
        build_blocks(doc, b, n);
    } else if (is_el(n, "nav")) {
        build_nav(doc, parent, n);
    } else if (is_el(n, "ul") || is_el(n, "ol")) {
        build_list(doc, parent, n, is_el(n, "ol"));
    } else if (is_el(n, "table")) {
        build_table(doc, parent, n);
    } else if (is_el(n, "img")) {
        build_image(doc, parent, n);
    } else if (is_el(n, "div")) {
        build_div(doc, parent, n);
    } else {
        diag_add(doc->diags, doc->file, xml_node_line(n), 0, DIAG_WARNING, "LAYOUT", NULL,
                 "element <%s> is not part of the page document and was left out", name);
    }
}

static void build_blocks(layout_doc *doc, box *parent, xmlNode *el)
{
    for (xmlNode *n = el->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) build_block(doc, parent, n);
}

static void build_cell(layout_doc *doc, box *row, xmlNode *n, int in_head)
{
    int is_th = is_el(n, "th");
    box *cell = box_new(doc, BOX_CELL, is_th ? "TH" : "TD", row, xml_node_line(n));
    char *span = prop(n, "colspan");
    cell->colspan = span && atoi(span) > 0 ? atoi(span) : 1;
    free(span);
    char *scope = prop(n, "scope");
    if (is_th && ((scope && strcmp(scope, "row") == 0) || (!scope && !in_head)))
        cell->flags |= BOXF_ROW_SCOPE;
    free(scope);
    cell->id = prop(n, "id");
    build_flow_content(doc, cell, n, is_th);
}

static void build_rows(layout_doc *doc, box *table, xmlNode *group, int head)
{
    box *g = box_new(doc, BOX_ROWGROUP, head ? "THead" : "TBody", table, xml_node_line(group));
    if (head) g->flags |= BOXF_HEAD;
    for (xmlNode *r = group->children; r; r = r->next) {
        if (!is_el(r, "tr")) continue;
        box *row = box_new(doc, BOX_ROW, "TR", g, xml_node_line(r));
        for (xmlNode *c = r->children; c; c = c->next)
            if (is_el(c, "td") || is_el(c, "th")) build_cell(doc, row, c, head);
    }
}

static void build_table(layout_doc *doc, box *parent, xmlNode *el)
{
    box *t = box_new(doc, BOX_TABLE, "Table", parent, xml_node_line(el));
    take_common(t, el);
    t->space_after = doc->prof.paragraph_space_pt;
    for (xmlNode *n = el->children; n; n = n->next) {
        if (is_el(n, "caption")) {
            box *c = text_box(doc, t, n, "Caption");
            c->bold = 1;
            c->space_after = doc->prof.paragraph_space_pt / 2;
        } else if (is_el(n, "thead")) {
            build_rows(doc, t, n, 1);
        } else if (is_el(n, "tbody")) {
            build_rows(doc, t, n, 0);
        }
    }
}

/* Lists every h1 and h2 after the contents box as its entries. */
static void fill_toc(layout_doc *doc)
{
    box *toc = NULL;
    for (size_t i = 0; i < doc->n_boxes; i++) {
        box *b = doc->all_boxes[i];
        if (b->kind == BOX_TOC && !toc) { toc = b; continue; }
        if (!toc || b->kind != BOX_TEXT || b->level < 1 || b->level > 2) continue;
        box *e = box_new(doc, BOX_TOC_ENTRY, "TOCI", toc, b->line);
        e->target = b;
        e->level = b->level;
        e->text = xstrdup(b->text);
        style_text(doc, e, doc->prof.body_size_pt, b->level == 1, 0, doc->prof.list_item_space_pt);
    }
}

static char *meta_content(xmlNode *head, const char *name)
{
    for (xmlNode *n = head ? head->children : NULL; n; n = n->next) {
        if (!is_el(n, "meta")) continue;
        char *nm = prop(n, "name");
        int match = nm && strcmp(nm, name) == 0;
        free(nm);
        if (match) return prop(n, "content");
    }
    return NULL;
}

static void read_head(layout_doc *doc, xmlNode *html, xmlNode *head)
{
    doc->lang = prop(html, "lang");
    if (!doc->lang) {
        xmlChar *l = xmlNodeGetLang(html);
        doc->lang = xstrdup(l ? (const char *)l : "en-GB");
        xmlFree(l);
    }
    for (xmlNode *n = head ? head->children : NULL; n; n = n->next) {
        if (!is_el(n, "title")) continue;
        xmlChar *t = xmlNodeGetContent(n);
        doc->title = xstrdup(t ? (const char *)t : "");
        xmlFree(t);
    }
    doc->author = meta_content(head, "author");
    doc->subject = meta_content(head, "subject");
    doc->running_header = meta_content(head, "ehcp:running-header");
    char *draft = meta_content(head, "ehcp:draft");
    doc->draft = draft && strcasecmp(draft, "true") == 0;
    free(draft);
}

char *page_meta(xmlDocPtr page_doc, const char *name)
{
    xmlNode *html = xmlDocGetRootElement(page_doc);
    for (xmlNode *n = html ? html->children : NULL; n; n = n->next)
        if (is_el(n, "head")) return meta_content(n, name);
    return NULL;
}

int build_boxes(layout_doc *doc, xmlDocPtr page_doc)
{
    xmlNode *html = xmlDocGetRootElement(page_doc);
    xmlNode *head = NULL, *body = NULL;
    for (xmlNode *n = html ? html->children : NULL; n; n = n->next) {
        if (is_el(n, "head")) head = n;
        if (is_el(n, "body")) body = n;
    }
    if (!is_el(html, "html") || !body) {
        diag_add(doc->diags, doc->file, html ? xml_node_line(html) : 0, 0, DIAG_ERROR, "LAYOUT", NULL,
                 "this is not a page document (no <html> with a <body>); check the template");
        return -1;
    }
    read_head(doc, html, head);
    doc->root = box_new(doc, BOX_BLOCKS, NULL, NULL, xml_node_line(body));
    build_blocks(doc, doc->root, body);
    fill_toc(doc);
    return doc->failed ? -1 : 0;
}
