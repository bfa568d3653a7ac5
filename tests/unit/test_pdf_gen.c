/* test_pdf_gen.c — makes the test PDFs for the PDF/UA tests until the
 * layout engine exists: a small cairo + pango document that follows the
 * contract in cli/pdf/pdf_finish.h (Document root, H1/H2, P with Span and
 * Link leaves, Figure, Table/TR/TH/TD, furniture in "Private"), its
 * finished form, and copies that each carry one PDF/UA defect.
 *
 * Other tests #define PDF_GEN_NO_MAIN and #include this file. Run alone,
 *   test_pdf_gen            checks the generator works (cmocka)
 *   test_pdf_gen --write D  writes raw.pdf, finished.pdf, defect-*.pdf to D */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <qpdf/qpdf-c.h>
#include "pdf/pdf_finish.h"
#include "pdf/pdf_stree.h"
#include "pdf/pdf_qpdf.h"

static cairo_status_t gen_write(void *closure, const unsigned char *data, unsigned int len)
{
    bytebuf_append(closure, data, len);
    return CAIRO_STATUS_SUCCESS;
}

static void gen_text(cairo_t *cr, PangoFontDescription *font, const char *text,
                     double x, double y)
{
    PangoLayout *l = pango_cairo_create_layout(cr);
    pango_layout_set_font_description(l, font);
    pango_layout_set_text(l, text, -1);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

static void gen_tagged_text(cairo_t *cr, PangoFontDescription *font, const char *tag,
                            const char *text, double x, double y)
{
    cairo_tag_begin(cr, tag, "");
    gen_text(cr, font, text, x, y);
    cairo_tag_end(cr, tag);
}

/* Running header, rule and page number: furniture, drawn in "Private". */
static void gen_furniture(cairo_t *cr, PangoFontDescription *font, int page)
{
    char num[32];
    snprintf(num, sizeof num, "Page %d of 2", page);
    cairo_tag_begin(cr, "Private", "");
    gen_text(cr, font, "EHC plan for Sam (Draft) (with \\ backslash)", 50, 20);
    cairo_rectangle(cr, 50, 40, 495, 0.5);
    cairo_fill(cr);
    gen_text(cr, font, num, 480, 810);
    cairo_tag_end(cr, "Private");
}

static void gen_table(cairo_t *cr, PangoFontDescription *font)
{
    static const char *const cells[2][2] = { { "Need", "Provision" },
                                             { "Speech", "Weekly therapy" } };
    cairo_tag_begin(cr, "Table", "");
    for (int r = 0; r < 2; r++) {
        cairo_tag_begin(cr, "TR", "");
        for (int c = 0; c < 2; c++)
            gen_tagged_text(cr, font, r == 0 ? "TH" : "TD", cells[r][c], 50 + 200 * c, 330 + 20 * r);
        cairo_tag_end(cr, "TR");
    }
    cairo_tag_end(cr, "Table");
}

static void gen_page1(cairo_t *cr, PangoFontDescription *font)
{
    gen_furniture(cr, font, 1);
    gen_tagged_text(cr, font, "H1", "Education, Health and Care plan", 50, 60);
    cairo_tag_begin(cr, "P", "");
    gen_tagged_text(cr, font, "Span", "Read about (our) local offer at ", 50, 100);
    cairo_tag_begin(cr, "Link", "uri='https://example.org/offer' rect=[260 100 120 16]");
    gen_text(cr, font, "the council site", 260, 100);
    cairo_tag_end(cr, "Link");
    cairo_tag_end(cr, "P");
    cairo_tag_begin(cr, "Figure", "");
    cairo_set_source_rgb(cr, 0.2, 0.4, 0.8);
    cairo_arc(cr, 100, 200, 40, 0, 6.28318);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_tag_end(cr, "Figure");
    gen_tagged_text(cr, font, "H2", "Section B: needs", 50, 290);
    gen_table(cr, font);
    cairo_tag_begin(cr, "P", "");
    cairo_tag_begin(cr, "Link", "dest='sectionF' rect=[50 400 150 16]");
    gen_text(cr, font, "Go to section F", 50, 400);
    cairo_tag_end(cr, "Link");
    cairo_tag_end(cr, "P");
}

static void gen_page2(cairo_t *cr, PangoFontDescription *font)
{
    gen_furniture(cr, font, 2);
    cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='sectionF'");
    cairo_tag_end(cr, CAIRO_TAG_DEST);
    gen_tagged_text(cr, font, "H2", "Section F: provision", 50, 60);
    gen_tagged_text(cr, font, "P", "Ten hours of support each week.", 50, 90);
}

/* The raw Cairo PDF. Returns 0, or -1 when cairo reports an error. */
static int gen_raw_pdf(bytebuf *out)
{
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(gen_write, out, 595, 842);
    cairo_t *cr = cairo_create(s);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans 11");
    cairo_tag_begin(cr, "Document", "");
    gen_page1(cr, font);
    cairo_show_page(cr);
    gen_page2(cr, font);
    cairo_tag_end(cr, "Document");
    cairo_show_page(cr);
    pango_font_description_free(font);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    int rc = cairo_surface_status(s) == CAIRO_STATUS_SUCCESS ? 0 : -1;
    cairo_surface_destroy(s);
    return rc;
}

static void gen_info(pdf_finish_info *info)
{
    pdf_finish_info_init(info);
    info->lang = xstrdup("en-GB");
    info->title = xstrdup("EHC plan for Sam <test> & co");
    info->author = xstrdup("Example Council");
    info->subject = xstrdup("Education, Health and Care plan");
    info->producer = xstrdup("ehcp test");
    info->created = 1767225600;
    pdf_finish_info_add_figure(info, "A blue circle, the council logo");
    pdf_finish_info_add_th(info, "Column");
    pdf_finish_info_add_th(info, "Column");
    pdf_finish_info_add_link(info, "The council's local offer (web site)");
    pdf_finish_info_add_link(info, "");
}

/* raw → finished. Returns 0 or -1 (diagnostics printed to stderr). */
static int gen_finished_pdf(bytebuf *out)
{
    bytebuf raw;
    bytebuf_init(&raw);
    pdf_finish_info info;
    gen_info(&info);
    diag_list *d = diag_list_create();
    int rc = gen_raw_pdf(&raw) ? -1 : pdf_finish(raw.data, raw.len, &info, out, d);
    if (diag_count(d)) diag_print_text(stderr, d);
    diag_list_destroy(d);
    pdf_finish_info_free(&info);
    bytebuf_free(&raw);
    return rc;
}

/* ---- defects: each takes a finished PDF and breaks one PDF/UA rule ---- */

static qpdf_oh gen_find_elem(qpdf_data q, const char *type, size_t nth)
{
    pdf_stree t;
    qpdf_oh found = 0;
    if (pdf_stree_load(q, &t)) return 0;
    for (size_t i = 0, k = 0; i < t.n; i++)
        if (!strcmp(t.v[i].type, type) && k++ == nth) { found = t.v[i].oh; break; }
    pdf_stree_free(&t);
    return found;
}

static void defect_no_lang(qpdf_data q)
{
    qpdf_oh_remove_key(q, qpdf_get_root(q), "/Lang");
}

static void defect_no_markinfo(qpdf_data q)
{
    qpdf_oh_remove_key(q, qpdf_get_root(q), "/MarkInfo");
}

static void defect_no_displaydoctitle(qpdf_data q)
{
    qpdf_oh_remove_key(q, qpdf_get_root(q), "/ViewerPreferences");
}

static void defect_no_metadata(qpdf_data q)
{
    qpdf_oh_remove_key(q, qpdf_get_root(q), "/Metadata");
}

static void defect_no_pdfuaid(qpdf_data q)
{
    static const char xmp[] =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
        "rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt>"
        "<rdf:li xml:lang=\"x-default\">EHC plan</rdf:li></rdf:Alt></dc:title>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>";
    qpdf_oh meta = qpdf_oh_get_key(q, qpdf_get_root(q), "/Metadata");
    qpdf_oh_replace_stream_data(q, meta, (const unsigned char *)xmp, sizeof xmp - 1,
                                qpdf_oh_new_null(q), qpdf_oh_new_null(q));
}

static void defect_figure_no_alt(qpdf_data q)
{
    qpdf_oh_remove_key(q, gen_find_elem(q, "Figure", 0), "/Alt");
}

static void defect_th_no_scope(qpdf_data q)
{
    qpdf_oh_remove_key(q, gen_find_elem(q, "TH", 0), "/A");
}

static void defect_skipped_heading(qpdf_data q)
{
    qpdf_oh_replace_key(q, gen_find_elem(q, "H2", 0), "/S", qpdf_oh_new_name(q, "/H3"));
}

static void defect_link_no_contents(qpdf_data q)
{
    qpdf_oh annots = qpdf_oh_get_key(q, qpdf_get_page_n(q, 0), "/Annots");
    qpdf_oh_remove_key(q, qpdf_oh_get_array_item(q, annots, 0), "/Contents");
}

static void defect_no_tabs(qpdf_data q)
{
    qpdf_oh_remove_key(q, qpdf_get_page_n(q, 0), "/Tabs");
}

static void defect_untagged_text(qpdf_data q)
{
    qpdf_oh page = qpdf_get_page_n(q, 0);
    qpdf_oh fonts = qpdf_oh_get_key(q, qpdf_oh_get_key(q, page, "/Resources"), "/Font");
    qpdf_oh_begin_dict_key_iter(q, fonts);
    char *font = xstrdup(qpdf_oh_dict_more_keys(q) ? qpdf_oh_dict_next_key(q) : "/F0");
    unsigned char *buf = NULL;
    size_t len = 0;
    qpdf_oh_get_page_content_data(q, page, &buf, &len);
    bytebuf b;
    bytebuf_init(&b);
    bytebuf_append(&b, buf, len);
    char *extra = xasprintf("\nBT %s 12 Tf 50 500 Td <0102> Tj ET\n", font);
    bytebuf_append_str(&b, extra);
    qpdf_oh s = qpdf_oh_new_stream(q);
    qpdf_oh_replace_stream_data(q, s, b.data, b.len, qpdf_oh_new_null(q), qpdf_oh_new_null(q));
    qpdf_oh_replace_key(q, page, "/Contents", s);
    free(extra);
    free(font);
    free(buf);
    bytebuf_free(&b);
}

typedef struct {
    const char *name;
    const char *rule;          /* the diagnostic check-pdf must give */
    void (*apply)(qpdf_data q);
} gen_defect;

static const gen_defect gen_defects[] = {
    { "no-lang", "MH-11-001", defect_no_lang },
    { "no-markinfo", "UA1-MARKINFO", defect_no_markinfo },
    { "no-displaydoctitle", "MH-07-001", defect_no_displaydoctitle },
    { "no-metadata", "MH-06-001", defect_no_metadata },
    { "no-pdfuaid", "MH-06-002", defect_no_pdfuaid },
    { "figure-no-alt", "MH-13-004", defect_figure_no_alt },
    { "th-no-scope", "MH-15-003", defect_th_no_scope },
    { "untagged-text", "MH-01-005", defect_untagged_text },
    { "skipped-heading", "MH-14-003", defect_skipped_heading },
    { "link-no-contents", "MH-28-012", defect_link_no_contents },
    { "no-tabs", "MH-28-008", defect_no_tabs },
};
#define GEN_N_DEFECTS (sizeof gen_defects / sizeof gen_defects[0])

/* A copy of pdf with one defect. Returns 0 or -1. */
static int gen_defect_pdf(const bytebuf *pdf, const gen_defect *d, bytebuf *out)
{
    diag_list *diags = diag_list_create();
    qpdf_data q = pdfq_open(pdf->data, pdf->len, d->name, diags);
    diag_list_destroy(diags);
    if (!q) return -1;
    d->apply(q);
    int rc = -1;
    if (!qpdf_has_error(q) && !(qpdf_init_write_memory(q) & QPDF_ERRORS)) {
        qpdf_set_deterministic_ID(q, QPDF_TRUE);
        if (!(qpdf_write(q) & QPDF_ERRORS)) {
            bytebuf_append(out, qpdf_get_buffer(q), qpdf_get_buffer_length(q));
            rc = 0;
        }
    }
    qpdf_cleanup(&q);
    return rc;
}

#ifndef PDF_GEN_NO_MAIN
static int gen_save(const char *dir, const char *name, const bytebuf *b)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(b->data, 1, b->len, f) == b->len;
    if (f && fclose(f)) ok = 0;
    if (!ok) fprintf(stderr, "test_pdf_gen: cannot write %s\n", path);
    free(path);
    return ok ? 0 : -1;
}

static int gen_write_all(const char *dir)
{
    bytebuf raw, fin;
    bytebuf_init(&raw);
    bytebuf_init(&fin);
    int rc = gen_raw_pdf(&raw) || gen_save(dir, "raw.pdf", &raw) ||
             gen_finished_pdf(&fin) || gen_save(dir, "finished.pdf", &fin);
    for (size_t i = 0; !rc && i < GEN_N_DEFECTS; i++) {
        bytebuf d;
        bytebuf_init(&d);
        char *name = xasprintf("defect-%s.pdf", gen_defects[i].name);
        rc = gen_defect_pdf(&fin, &gen_defects[i], &d) || gen_save(dir, name, &d);
        free(name);
        bytebuf_free(&d);
    }
    bytebuf_free(&raw);
    bytebuf_free(&fin);
    return rc ? 1 : 0;
}

static void test_generator_makes_tagged_pdf(void **state)
{
    (void)state;
    bytebuf raw;
    bytebuf_init(&raw);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    assert_true(raw.len > 1000);
    assert_memory_equal(raw.data, "%PDF-1.5", 8);
    bytebuf_free(&raw);
}

static void test_every_defect_applies(void **state)
{
    (void)state;
    bytebuf fin;
    bytebuf_init(&fin);
    assert_int_equal(gen_finished_pdf(&fin), 0);
    for (size_t i = 0; i < GEN_N_DEFECTS; i++) {
        bytebuf d;
        bytebuf_init(&d);
        assert_int_equal(gen_defect_pdf(&fin, &gen_defects[i], &d), 0);
        assert_true(d.len != fin.len || memcmp(d.data, fin.data, d.len) != 0);
        bytebuf_free(&d);
    }
    bytebuf_free(&fin);
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "--write")) return gen_write_all(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generator_makes_tagged_pdf),
        cmocka_unit_test(test_every_defect_applies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
#endif
