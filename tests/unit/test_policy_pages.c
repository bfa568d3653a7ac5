/* test_policy_pages.c — the family's pages made with a policy: the working
 * and the rights with dates counted from the plan's issue date, read back
 * from the PDF with poppler's pdftotext (a reader we did not write), and the
 * easy-read wording from the page document. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "layout/layout.h"
#include "page/page.h"
#include "policy/policy_io.h"
#include "policy/policy_pages.h"
#include "util/xml_safe.h"
#include "util/xmem.h"

static xmlDocPtr page_for(const char *plan_file, const char *format)
{
    diag_list *d = diag_list_create();
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr pol = policy_load_file("samples/policies/wessex-points.xml", ".", d);
    xmlDocPtr plan = xml_safe_read_file(plan_file, &limits, d);
    assert_non_null(pol);
    assert_non_null(plan);
    xmlDocPtr input = policy_pages_input(plan, pol);
    assert_non_null(input);
    const char *params[] = {"format", format, NULL};
    xmlDocPtr page = page_from_template(input, ".", "policy-pages", params, d);
    if (!page || page_check(page, ".", d) != 0) {
        diag_print_text(stderr, d);
        fail();
    }
    xmlFreeDoc(input);
    xmlFreeDoc(plan);
    xmlFreeDoc(pol);
    diag_list_destroy(d);
    return page;
}

/* The PDF's text as pdftotext reads it, with runs of white space made one
 * space so line breaks do not matter. */
static char *pdf_text(xmlDocPtr page)
{
    layout_options opt;
    layout_options_default(&opt);
    opt.datadir = ".";
    bytebuf pdf;
    bytebuf_init(&pdf);
    pdf_finish_info info;
    pdf_finish_info_init(&info);
    diag_list *d = diag_list_create();
    if (layout_render_pdf(page, &opt, &pdf, &info, d) != 0) {
        diag_print_text(stderr, d);
        fail();
    }
    char path[] = "/tmp/ehcp-policy-pages-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, pdf.data, pdf.len), (ssize_t)pdf.len);
    close(fd);
    char *cmd = xasprintf("pdftotext -enc UTF-8 '%s' -", path);
    FILE *p = popen(cmd, "r");
    bytebuf text;
    bytebuf_init(&text);
    int c, space = 0;
    while ((c = fgetc(p)) != EOF) {
        if (c == ' ' || c == '\n' || c == '\f' || c == '\t') { space = text.len > 0; continue; }
        if (space) bytebuf_append(&text, " ", 1);
        space = 0;
        char ch = (char)c;
        bytebuf_append(&text, &ch, 1);
    }
    bytebuf_append(&text, "", 1);
    assert_int_equal(pclose(p), 0);
    unlink(path);
    free(cmd);
    bytebuf_free(&pdf);
    pdf_finish_info_free(&info);
    diag_list_destroy(d);
    return (char *)text.data;
}

static void expect(const char *text, const char *want)
{
    if (!strstr(text, want)) fail_msg("missing \"%s\" in:\n%s", want, text);
}

static void test_final_plan_pdf(void **state)
{
    (void)state;
    xmlDocPtr page = page_for("tests/policy/plan-early-years.xml", "standard");
    char *text = pdf_text(page);
    expect(text, "How your personal budget was worked out");
    expect(text, "13 points x \xC2\xA3" "150.00 = \xC2\xA3" "1,950.00");
    expect(text, "So the indicative amount is \xC2\xA3" "1,950.00 a year");
    expect(text, "10 points x \xC2\xA3" "120.00 = \xC2\xA3" "1,200.00");
    expect(text, "Your rights: review, mediation and appeal");
    /* issued Monday 19 January 2026 */
    expect(text, "This plan was issued on Monday 19 January 2026");
    expect(text, "Do this by Thursday 19 March 2026 (2 months");           /* mediation, Tribunal */
    expect(text, "Do this by Monday 2 February 2026 (10 working days");    /* health appeal */
    expect(text, "Do this by Tuesday 19 January 2027 (12 months");         /* Ombudsman */
    expect(text, "The council will reply within 2 weeks of getting your letter");
    expect(text, "Wessex Direct Payments Support Service");
    free(text);
    xmlFreeDoc(page);
}

static char *page_text(xmlDocPtr page)
{
    xmlChar *t = xmlNodeGetContent(xmlDocGetRootElement(page));
    char *copy = xstrdup((const char *)t);
    xmlFree(t);
    return copy;
}

static void test_draft_plan_has_no_rights_page(void **state)
{
    (void)state;
    xmlDocPtr page = page_for("tests/policy/plan-primary-draft.xml", "large-print");
    char *text = page_text(page);
    expect(text, "15 points x \xC2\xA3" "150.00 = \xC2\xA3" "2,250.00");
    expect(text, "The amount agreed is \xC2\xA3" "2,550.00 a year. Why it is different: The panel added");
    expect(text, "This is an indicative budget");
    assert_null(strstr(text, "Your rights"));
    free(text);
    xmlFreeDoc(page);
}

static void test_easy_read(void **state)
{
    (void)state;
    xmlDocPtr page = page_for("tests/policy/plan-early-years.xml", "easy-read");
    char *text = page_text(page);
    expect(text, "More points mean more money.");
    expect(text, "All the points add up to 13.");
    expect(text, "This gives \xC2\xA3" "1,950.00 a year.");
    free(text);
    xmlFreeDoc(page);
}

int main(void)
{
    const char *dd = getenv("EHCP_DATADIR");
    if (dd && chdir(dd) != 0) return 1;
    xml_safe_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_final_plan_pdf),
        cmocka_unit_test(test_draft_plan_has_no_rights_page),
        cmocka_unit_test(test_easy_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
