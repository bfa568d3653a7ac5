/* test_layout_inputs.c — the layout engine's input checks: style profile
 * errors with file:line, FONT-001 warnings for characters no bundled font
 * covers, pictures outside the allowed folders refused, every shipped
 * profile valid. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <sys/stat.h>
#include "test_layout_util.h"
#include "layout/profile.h"

static const diag *find_diag(diag_list *d, const char *rule, long line)
{
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *g = diag_get(d, i);
        if (strcmp(g->rule, rule) == 0 && g->line == line) return g;
    }
    return NULL;
}

static void test_profile_errors_have_lines(void **state)
{
    (void)state;
    char path[] = "/tmp/ehcp-profile-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "# a test profile\n"
                       "body_size_pt = 12\n"
                       "body_colour = #000000\n"        /* line 3: unknown key */
                       "line_height = lots\n"           /* line 4: not a number */
                       "italics_allowed = maybe\n"      /* line 5: not yes/no */
                       "margin_top_mm = 500\n"          /* line 6: out of range */
                       "no equals sign here\n"          /* line 7 */
                       "body_size_pt = 13\n"            /* line 8: twice */
                       "draft_mark = A draft that goes on and on and on\n";  /* line 9: too long */
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    layout_profile p;
    profile_defaults(&p);
    diag_list *d = diag_list_create();
    assert_int_equal(profile_load(path, &p, d), -1);
    for (long line = 3; line <= 9; line++) {
        const diag *g = find_diag(d, "PROFILE", line);
        assert_non_null(g);
        assert_string_equal(g->file, path);
    }
    assert_non_null(strstr(find_diag(d, "PROFILE", 3)->message, "body_colour"));
    assert_non_null(strstr(find_diag(d, "PROFILE", 6)->message, "range"));
    assert_non_null(strstr(find_diag(d, "PROFILE", 9)->message, "1 to 31 characters"));
    assert_null(find_diag(d, "PROFILE", 2));
    unlink(path);
    diag_list_destroy(d);
}

static void test_shipped_profiles_are_valid(void **state)
{
    (void)state;
    const char *names[] = { "standard", "easy-read", "large-print", "review" };
    for (size_t i = 0; i < 4; i++) {
        char *path = xasprintf("%s/templates/profiles/%s.profile", test_datadir(), names[i]);
        layout_profile p;
        profile_defaults(&p);
        diag_list *d = diag_list_create();
        assert_int_equal(profile_load(path, &p, d), 0);
        assert_int_equal(diag_count(d), 0);
        /* the draft mark: no text in capitals in easy read */
        assert_string_equal(p.draft_mark, i == 1 ? "Draft" : "DRAFT");
        if (i == 1) {   /* easy read: 16 pt, never below 14, 1.5 lines, no italics */
            assert_true(p.body_size_pt >= 16 && p.small_size_pt >= 14 && p.line_height >= 1.5);
            assert_false(p.italics_allowed);
        }
        if (i == 2) {   /* large print: 18 pt, 16-24 override, page numbers as large */
            assert_true(p.body_size_pt == 18 && p.body_size_min_pt == 16 && p.body_size_max_pt == 24);
            assert_true(p.furniture_size_pt >= p.body_size_pt);
            assert_int_equal(profile_set_body_size(&p, 24, d), 0);
            assert_true(p.heading_size_pt[0] > 24);
            assert_int_equal(profile_set_body_size(&p, 30, d), -1);
        }
        diag_list_destroy(d);
        free(path);
    }
}

static void test_uncovered_character_warns(void **state)
{
    (void)state;
    const char *src = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>C</title></head><body>"
                      "<p>Names: Zoë, Siân, Łukasz, Nguyễn.</p>"
                      "<p>Her grandmother writes 漢字 on cards.</p></body></html>";
    diag_list *d = diag_list_create();
    xmlDocPtr doc = read_page_memory(src, d);
    layout_options o;
    test_options(&o);
    rendered r;
    render_doc(doc, &o, &r);
    assert_int_equal(r.rc, 0);
    assert_true(has_diag(r.diags, "FONT-001", "U+6F22"));
    assert_true(has_diag(r.diags, "FONT-001", "U+5B57"));
    /* Latin names with diacritics (Vietnamese too) are covered. */
    assert_int_equal(diag_count_severity(r.diags, DIAG_WARNING), 2);
    rendered_free(&r);
    xmlFreeDoc(doc);
    diag_list_destroy(d);
}

static void test_image_outside_folder_refused(void **state)
{
    (void)state;
    char dir[] = "/tmp/ehcp-img-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char *page = xasprintf("%s/page.xhtml", dir);
    FILE *f = fopen(page, "w");
    assert_non_null(f);
    fputs("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>I</title></head><body>"
          "<img src=\"../../etc/hostname\" alt=\"x\"/><img src=\"https://example.org/a.png\" alt=\"y\"/>"
          "</body></html>", f);
    fclose(f);
    diag_list *d = diag_list_create();
    xmlDocPtr doc = read_page(page, d);
    assert_non_null(doc);
    layout_options o;
    test_options(&o);
    rendered r;
    render_doc(doc, &o, &r);
    assert_int_equal(r.rc, -1);
    assert_true(has_diag(r.diags, "IMAGE", "outside the page document's folder"));
    assert_true(has_diag(r.diags, "IMAGE", "is a URL"));
    assert_int_equal(r.pdf.len, 0);
    rendered_free(&r);
    xmlFreeDoc(doc);
    diag_list_destroy(d);
    unlink(page);
    rmdir(dir);
    free(page);
}

static void test_bad_profile_name_refused(void **state)
{
    (void)state;
    const char *src = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>P</title>"
                      "<meta name=\"ehcp:profile\" content=\"../../etc/passwd\"/></head><body><p>x</p></body></html>";
    diag_list *d = diag_list_create();
    xmlDocPtr doc = read_page_memory(src, d);
    layout_options o;
    test_options(&o);
    rendered r;
    render_doc(doc, &o, &r);
    assert_int_equal(r.rc, -1);
    assert_true(has_diag(r.diags, "PROFILE", "not valid"));
    rendered_free(&r);
    xmlFreeDoc(doc);
    diag_list_destroy(d);
}

int main(void)
{
    xml_safe_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_profile_errors_have_lines),
        cmocka_unit_test(test_shipped_profiles_are_valid),
        cmocka_unit_test(test_uncovered_character_warns),
        cmocka_unit_test(test_image_outside_folder_refused),
        cmocka_unit_test(test_bad_profile_name_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
