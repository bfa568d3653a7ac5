/* test_pdf_finish.c — the PDF/UA finishing pass and the checker on the
 * generated test document (test_pdf_gen.c): the result passes check-pdf,
 * is deterministic, has no Private elements and no untagged painting; each
 * single defect is named by the right checkpoint; the tokeniser reads the
 * awkward parts of content streams; damaged input gives a diagnostic. */
#define PDF_GEN_NO_MAIN
#include "test_pdf_gen.c"
#include "pdf/pdf_check.h"
#include "pdf/pdf_content.h"
#include "pdf/pdf_finish_internal.h"

static int has_rule(const diag_list *d, const char *rule)
{
    for (size_t i = 0; i < diag_count(d); i++)
        if (!strcmp(diag_get(d, i)->rule, rule) && diag_get(d, i)->severity == DIAG_ERROR)
            return 1;
    return 0;
}

static void finished(bytebuf *out)
{
    bytebuf_init(out);
    assert_int_equal(gen_finished_pdf(out), 0);
}

static void test_finished_passes_check_pdf(void **state)
{
    (void)state;
    bytebuf fin;
    finished(&fin);
    diag_list *d = diag_list_create();
    assert_int_equal(pdf_check(fin.data, fin.len, "finished.pdf", d), 0);
    if (diag_count_severity(d, DIAG_ERROR)) diag_print_text(stderr, d);
    assert_int_equal(diag_count_severity(d, DIAG_ERROR), 0);
    diag_list_destroy(d);
    bytebuf_free(&fin);
}

static void test_raw_cairo_fails_check_pdf(void **state)
{
    (void)state;
    bytebuf raw;
    bytebuf_init(&raw);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    diag_list *d = diag_list_create();
    assert_int_equal(pdf_check(raw.data, raw.len, "raw.pdf", d), 0);
    assert_true(has_rule(d, "MH-06-001"));
    assert_true(has_rule(d, "MH-11-001"));
    assert_true(has_rule(d, "MH-13-004"));
    assert_true(has_rule(d, "MH-28-012"));
    diag_list_destroy(d);
    bytebuf_free(&raw);
}

static void test_finish_is_deterministic(void **state)
{
    (void)state;
    bytebuf a, b;
    finished(&a);
    finished(&b);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    bytebuf_free(&a);
    bytebuf_free(&b);
}

static void test_private_becomes_artifact(void **state)
{
    (void)state;
    bytebuf fin;
    finished(&fin);
    diag_list *d = diag_list_create();
    qpdf_data q = pdfq_open(fin.data, fin.len, "finished", d);
    assert_non_null(q);
    pdf_stree t;
    assert_int_equal(pdf_stree_load(q, &t), 0);
    for (size_t i = 0; i < t.n; i++) assert_string_not_equal(t.v[i].type, "Private");
    pdf_stree_free(&t);
    for (int p = 0; p < qpdf_get_num_pages(q); p++) {
        unsigned char *buf = NULL;
        size_t len = 0;
        qpdf_oh_get_page_content_data(q, qpdf_get_page_n(q, (size_t)p), &buf, &len);
        pdf_mc_report r;
        memset(&r, 0, sizeof r);
        pdf_mc_scan(buf, len, &r);
        assert_int_equal(r.untagged_paints, 0);
        assert_int_equal(r.unbalanced, 0);
        assert_int_equal(r.syntax_error, 0);
        char *text = xstrndup((const char *)buf, len);
        assert_null(strstr(text, "/Private"));
        assert_non_null(strstr(text, "/Artifact BMC"));
        free(text);
        pdf_mc_report_free(&r);
        free(buf);
    }
    qpdf_cleanup(&q);
    diag_list_destroy(d);
    bytebuf_free(&fin);
}

static void test_each_defect_is_named(void **state)
{
    (void)state;
    bytebuf fin;
    finished(&fin);
    for (size_t i = 0; i < GEN_N_DEFECTS; i++) {
        bytebuf pdf;
        bytebuf_init(&pdf);
        assert_int_equal(gen_defect_pdf(&fin, &gen_defects[i], &pdf), 0);
        diag_list *d = diag_list_create();
        assert_int_equal(pdf_check(pdf.data, pdf.len, gen_defects[i].name, d), 0);
        if (!has_rule(d, gen_defects[i].rule)) {
            fprintf(stderr, "defect %s: expected %s\n", gen_defects[i].name, gen_defects[i].rule);
            diag_print_text(stderr, d);
        }
        assert_true(has_rule(d, gen_defects[i].rule));
        assert_non_null(pdf_checkpoint_find(gen_defects[i].rule));
        diag_list_destroy(d);
        bytebuf_free(&pdf);
    }
    bytebuf_free(&fin);
}

static void test_untagged_content_is_wrapped(void **state)
{
    (void)state;
    /* A string holding "EMC" and ")" escapes, a hex string, a dictionary
     * operand, an inline image whose data looks like operators, a path. */
    static const char in[] =
        "q /Private <</MCID 0 /X [(a) <41>]>> BDC BT (x\\) EMC \\(y) Tj ET EMC\n"
        "/P <</MCID 1>> BDC BT <48656c6c6f> Tj ET EMC\n"
        "BT [(un)-3(tagged)] TJ ET 10 10 m 20 20 l S\n"
        "BI /W 1 /H 1 /BPC 8 /CS /G ID \x01 EMC BDC\x02 EI Q";
    bytebuf out;
    bytebuf_init(&out);
    long *mcids = NULL;
    size_t n = 0;
    assert_int_equal(pdf_mc_rewrite((const unsigned char *)in, sizeof in - 1, &out, &mcids, &n), 3);
    assert_int_equal(n, 1);
    assert_int_equal(mcids[0], 0);
    pdf_mc_report r;
    memset(&r, 0, sizeof r);
    pdf_mc_scan(out.data, out.len, &r);
    assert_int_equal(r.untagged_paints, 0);
    assert_int_equal(r.unbalanced, 0);
    assert_int_equal(r.syntax_error, 0);
    bytebuf_append(&out, "", 1);
    assert_non_null(strstr((char *)out.data, "/Artifact BMC\n10 10 m 20 20 l S\nEMC"));
    assert_non_null(strstr((char *)out.data, "(x\\) EMC \\(y) Tj"));
    pdf_mc_report_free(&r);
    free(mcids);
    bytebuf_free(&out);
}

static void test_scan_counts_nesting_faults(void **state)
{
    (void)state;
    static const char in[] =
        "/P <</MCID 0>> BDC /Artifact BMC 0 0 1 1 re f EMC EMC\n"
        "/Artifact BMC /Span <</MCID 1>> BDC (a) Tj EMC EMC EMC (b) Tj";
    pdf_mc_report r;
    memset(&r, 0, sizeof r);
    pdf_mc_scan((const unsigned char *)in, sizeof in - 1, &r);
    assert_int_equal(r.artifact_in_tagged, 1);
    assert_int_equal(r.tagged_in_artifact, 1);
    assert_int_equal(r.unbalanced, 1);
    assert_int_equal(r.untagged_text, 1);
    pdf_mc_report_free(&r);
}

static void test_damaged_input_gives_diagnostic(void **state)
{
    (void)state;
    static const unsigned char junk[] = "%PDF-1.5\nthis is not a PDF at all";
    pdf_finish_info info;
    gen_info(&info);
    diag_list *d = diag_list_create();
    bytebuf out;
    bytebuf_init(&out);
    assert_int_equal(pdf_finish(junk, sizeof junk - 1, &info, &out, d), -1);
    assert_true(diag_count_severity(d, DIAG_ERROR) >= 1);
    assert_int_equal(pdf_check(junk, sizeof junk - 1, "junk.pdf", d), -1);
    /* Truncated real PDFs: any result, but no crash and no silent failure. */
    bytebuf raw;
    bytebuf_init(&raw);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    for (size_t cut = 100; cut < raw.len; cut += raw.len / 7) {
        size_t before = diag_count(d);
        bytebuf_free(&out);
        bytebuf_init(&out);
        int rc = pdf_finish(raw.data, cut, &info, &out, d);
        assert_true(rc == 0 ? out.len > 0 : diag_count(d) > before);
        pdf_check(raw.data, cut, "cut.pdf", d);
    }
    bytebuf_free(&raw);
    bytebuf_free(&out);
    diag_list_destroy(d);
    pdf_finish_info_free(&info);
}

static void test_missing_alt_is_an_error(void **state)
{
    (void)state;
    bytebuf raw, out;
    bytebuf_init(&raw);
    bytebuf_init(&out);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    pdf_finish_info info;
    pdf_finish_info_init(&info);
    info.created = 0;
    diag_list *d = diag_list_create();
    assert_int_equal(pdf_finish(raw.data, raw.len, &info, &out, d), -1);
    assert_int_equal(diag_count_severity(d, DIAG_ERROR), 1);
    diag_list_destroy(d);
    pdf_finish_info_free(&info);
    bytebuf_free(&raw);
    bytebuf_free(&out);
}

/* The tags gen_raw_pdf gives Cairo, as the layout engine records them;
 * swap_th swaps the first TH and TD, extra adds a tag Cairo never saw. */
static void gen_record(pdf_tagrec *r, int swap_th, int extra)
{
    static const char *const tags[][2] = {
        { "Document", "" }, { "Private", "/" }, { "H1", "/" }, { "P", "" },
        { "Span", "/" }, { "Link", "/" }, { "", "P" }, { "Figure", "/" }, { "H2", "/" },
        { "Table", "" }, { "TR", "" }, { "TH", "/" }, { "TH", "/" }, { "", "TR" },
        { "TR", "" }, { "TD", "/" }, { "TD", "/" }, { "", "TR" }, { "", "Table" },
        { "P", "" }, { "Link", "/" }, { "", "P" },
        { "Private", "/" }, { "H2", "/" }, { "P", "/" }, { "", "Document" },
    };
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        const char *t = tags[i][0];
        if (swap_th && i == 11) t = "TD";
        if (swap_th && i == 15) t = "TH";
        if (t[0]) pdf_tagrec_begin(r, t);
        if (t[0] && extra && i == 23) { pdf_tagrec_begin(r, "Span"); pdf_tagrec_end(r); }
        if (!t[0] || tags[i][1][0] == '/') pdf_tagrec_end(r);
    }
}

/* pdf_finish_tags_direct on the raw test document with record r:
 * 1 when it took the direct way, 0 when it found r does not match. */
static int direct_way(void (*record)(pdf_tagrec *, int, int), int swap_th, int extra)
{
    bytebuf raw;
    bytebuf_init(&raw);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    pdf_finish_info info;
    gen_info(&info);
    record(&info.tags, swap_th, extra);
    diag_list *d = diag_list_create();
    qpdf_data q = pdfq_open(raw.data, raw.len, "raw", d);
    assert_non_null(q);
    int rc = pdf_finish_tags_direct(q, &info, raw.data, raw.len, NULL, 0, d);
    assert_int_equal(diag_count_severity(d, DIAG_ERROR), 0);
    if (rc == 1) {
        /* the removed Private elements are null objects: qpdf_write never
         * parses them (the direct way's saving on qpdf's side) */
        qpdf_oh root = qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot");
        int *mcids = NULL;
        long *ids = pdf_finish_scan_ids(raw.data, raw.len, &info.tags,
                                        (long)qpdf_oh_get_object_id(q, root), &mcids);
        assert_non_null(ids);
        size_t privs = 0;
        for (size_t k = 0; k < info.tags.n; k++) {
            int priv = !strcmp(pdf_tagrec_type(&info.tags, k), "Private");
            qpdf_oh el = qpdf_get_object_by_id(q, (int)ids[k], 0);
            assert_int_equal(qpdf_oh_is_null(q, el), priv);
            privs += (size_t)priv;
        }
        assert_int_equal(privs, 2);
        free(ids);
        free(mcids);
    }
    qpdf_cleanup(&q);
    diag_list_destroy(d);
    pdf_finish_info_free(&info);
    bytebuf_free(&raw);
    return rc;
}

static void test_tag_record_goes_direct(void **state)
{
    (void)state;
    assert_int_equal(direct_way(gen_record, 0, 0), 1);
    /* a record that disagrees with the file in type or count changes
     * nothing: the pass walks the tree instead */
    assert_int_equal(direct_way(gen_record, 1, 0), 0);
    assert_int_equal(direct_way(gen_record, 0, 1), 0);
}

/* The direct way and the tree walk make the same bytes. */
static void test_direct_matches_walk(void **state)
{
    (void)state;
    bytebuf raw, walked, direct;
    bytebuf_init(&raw);
    bytebuf_init(&walked);
    bytebuf_init(&direct);
    assert_int_equal(gen_raw_pdf(&raw), 0);
    diag_list *d = diag_list_create();
    pdf_finish_info info;
    gen_info(&info);
    assert_int_equal(pdf_finish(raw.data, raw.len, &info, &walked, d), 0);
    gen_record(&info.tags, 0, 0);
    assert_int_equal(pdf_finish(raw.data, raw.len, &info, &direct, d), 0);
    assert_int_equal(diag_count_severity(d, DIAG_ERROR), 0);
    assert_int_equal(walked.len, direct.len);
    assert_memory_equal(walked.data, direct.data, walked.len);
    /* the consuming form frees the input and makes the same bytes */
    bytebuf consumed;
    bytebuf_init(&consumed);
    assert_int_equal(pdf_finish_consume(&raw, &info, &consumed, d), 0);
    assert_null(raw.data);
    assert_int_equal(consumed.len, direct.len);
    assert_memory_equal(consumed.data, direct.data, direct.len);
    bytebuf_free(&consumed);
    assert_int_equal(pdf_check(direct.data, direct.len, "direct.pdf", d), 0);
    assert_int_equal(diag_count_severity(d, DIAG_ERROR), 0);
    diag_list_destroy(d);
    pdf_finish_info_free(&info);
    bytebuf_free(&raw);
    bytebuf_free(&walked);
    bytebuf_free(&direct);
}

/* The scan of Cairo's bytes reads odd /K values without looping, and a
 * file that does not match the record gives no object numbers. */
static void test_scan_reads_odd_kids(void **state)
{
    (void)state;
    static const char pdf[] =
        "%PDF-1.5\n"
        "1 0 obj\n<< /Type /StructElem\n   /S /Document\n   /P 9 0 R\n"
        "   /K [ <01> [ 2 ] ] > ( 3 ) 4 0 R << /MCID 5 >> 6 ]\n>>\nendobj\n"
        "2 0 obj\n<< /Type /StructElem\n   /S /Private\n   /P 1 0 R\n   /K [ 7 ]\n>>\nendobj\n";
    pdf_tagrec r;
    memset(&r, 0, sizeof r);
    pdf_tagrec_begin(&r, "Document");
    pdf_tagrec_begin(&r, "Private");
    pdf_tagrec_end(&r);
    pdf_tagrec_end(&r);
    int *mcids = NULL;
    long *ids = pdf_finish_scan_ids((const unsigned char *)pdf, sizeof pdf - 1, &r, 9, &mcids);
    assert_non_null(ids);
    assert_int_equal(ids[0], 1);
    assert_int_equal(ids[1], 2);
    assert_int_equal(mcids[1], 1);
    free(ids);
    free(mcids);
    /* wrong root, then one element more than the file has */
    assert_null(pdf_finish_scan_ids((const unsigned char *)pdf, sizeof pdf - 1, &r, 8, &mcids));
    pdf_tagrec_begin(&r, "P");
    pdf_tagrec_end(&r);
    assert_null(pdf_finish_scan_ids((const unsigned char *)pdf, sizeof pdf - 1, &r, 9, &mcids));
    assert_null(mcids);
    pdf_tagrec_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finished_passes_check_pdf),
        cmocka_unit_test(test_raw_cairo_fails_check_pdf),
        cmocka_unit_test(test_finish_is_deterministic),
        cmocka_unit_test(test_private_becomes_artifact),
        cmocka_unit_test(test_each_defect_is_named),
        cmocka_unit_test(test_untagged_content_is_wrapped),
        cmocka_unit_test(test_scan_counts_nesting_faults),
        cmocka_unit_test(test_damaged_input_gives_diagnostic),
        cmocka_unit_test(test_missing_alt_is_an_error),
        cmocka_unit_test(test_tag_record_goes_direct),
        cmocka_unit_test(test_direct_matches_walk),
        cmocka_unit_test(test_scan_reads_odd_kids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
