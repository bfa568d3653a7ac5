/* floor.c — the unavoidable work under a render, for the benchmark: parse a
 * page document and shape and line-break every paragraph with Pango at the
 * standard width, drawing nothing. bench/results.md reports ehcp's render
 * time against this floor.
 *   floor PAGE.xhtml [runs]   prints milliseconds per run */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int is_block(const xmlNode *n)
{
    static const char *const blocks[] = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "caption", NULL };
    for (int i = 0; blocks[i]; i++)
        if (!strcmp((const char *)n->name, blocks[i])) return 1;
    return 0;
}

static long shape_blocks(const xmlNode *n, PangoLayout *layout)
{
    long lines = 0;
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_block(n)) {
            xmlChar *text = xmlNodeGetContent(n);
            pango_layout_set_text(layout, (const char *)text, -1);
            lines += pango_layout_get_line_count(layout);
            xmlFree(text);
        } else {
            lines += shape_blocks(n->children, layout);
        }
    }
    return lines;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: floor PAGE.xhtml [runs]\n", stderr);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 1;
    for (int r = 0; r < runs; r++) {
        double t0 = now_ms();
        xmlDocPtr doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET);
        if (!doc) return 2;
        PangoFontMap *map = pango_cairo_font_map_new();
        PangoContext *ctx = pango_font_map_create_context(map);
        PangoLayout *layout = pango_layout_new(ctx);
        PangoFontDescription *fd = pango_font_description_from_string("Liberation Sans 11");
        pango_layout_set_font_description(layout, fd);
        pango_layout_set_width(layout, 170 * PANGO_SCALE * 72 / 25.4);
        long lines = shape_blocks(xmlDocGetRootElement(doc), layout);
        pango_font_description_free(fd);
        g_object_unref(layout);
        g_object_unref(ctx);
        g_object_unref(map);
        xmlFreeDoc(doc);
        printf("%.2f\n", now_ms() - t0);
        if (lines < 0) return 1;
    }
    return 0;
}
