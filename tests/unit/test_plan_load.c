/* test_plan_load.c — the plan schema and loader: every sample and the
 * "ehcp new" skeleton are valid; every file in tests/invalid/xsd gives
 * exactly the diagnostics in its .expected file; libxml2's messages are
 * rewritten into plain English. Runs from the repository root
 * (EHCP_DATADIR), because diagnostics name files relative to it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/parser.h>

#include "cmd/commands.h"
#include "plan/plan_load.h"
#include "plan/xsd_message.h"
#include "util/xmem.h"

typedef struct {
    xsd_schema *schema;
    xml_limits limits;
} fixture;

static int group_setup(void **state)
{
    const char *datadir = getenv("EHCP_DATADIR");
    if (datadir && *datadir && chdir(datadir) != 0) return -1;
    xmlInitParser();
    xml_safe_init();
    fixture *f = xcalloc(1, sizeof *f);
    diag_list *diags = diag_list_create();
    f->schema = xsd_schema_load(".", "ehcp.xsd", diags);
    if (!f->schema) diag_print_text(stderr, diags);
    diag_list_destroy(diags);
    xml_limits_default(&f->limits);
    *state = f;
    return f->schema ? 0 : -1;
}

static int group_teardown(void **state)
{
    fixture *f = *state;
    xsd_schema_free(f->schema);
    free(f);
    xmlCleanupParser();
    return 0;
}

/* Reads and validates path; returns the diagnostics as gcc-style text. */
static char *check_file(const fixture *f, const char *path)
{
    diag_list *diags = diag_list_create();
    xmlDocPtr doc = plan_read(path, "plan", EHCP_PLAN_NS, &f->limits, diags);
    if (doc) {
        xsd_schema_validate(f->schema, doc, path, diags);
        xmlFreeDoc(doc);
    }
    diag_sort(diags);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    assert_non_null(mem);
    diag_print_text(mem, diags);
    fclose(mem);
    diag_list_destroy(diags);
    return text;
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    bytebuf b;
    bytebuf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) bytebuf_append(&b, chunk, n);
    fclose(fp);
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

static void test_samples_are_valid(void **state)
{
    glob_t g;
    assert_int_equal(glob("samples/*.xml", 0, NULL, &g), 0);
    size_t count = g.gl_pathc;
    int failures = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        char *out = check_file(*state, g.gl_pathv[i]);
        if (out[0]) {
            fprintf(stderr, "%s", out);
            failures++;
        }
        free(out);
    }
    globfree(&g);
    assert_int_equal(failures, 0);
    assert_true(count >= 5);
}

/* Runs "ehcp new" itself (stdout would mix with test output, so -o). */
static void check_new_skeleton(void **state, const char *stage)
{
    char path[] = "/tmp/ehcp-new-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    char *argv[] = { "new", "-o", path, "--force", "--stage", (char *)stage, NULL };
    assert_int_equal(cmd_new(6, argv), EXIT_VALID);
    char *out = check_file(*state, path);
    if (out[0]) fprintf(stderr, "%s", out);
    assert_string_equal(out, "");
    free(out);
    /* without --force an existing file is refused and left alone */
    char *again[] = { "new", "-o", path, NULL };
    assert_int_equal(cmd_new(3, again), EXIT_USAGE);
    unlink(path);
}

static void test_new_skeleton_is_valid(void **state)
{
    check_new_skeleton(state, "draft");
    check_new_skeleton(state, "final");
}

static void test_invalid_corpus(void **state)
{
    glob_t g;
    assert_int_equal(glob("tests/invalid/xsd/*.xml", 0, NULL, &g), 0);
    size_t count = g.gl_pathc;
    int failures = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        const char *xml = g.gl_pathv[i];
        char *expected_path = xasprintf("%.*s.expected", (int)(strlen(xml) - 4), xml);
        char *expected = slurp(expected_path);
        char *got = check_file(*state, xml);
        if (!expected || strcmp(expected, got) != 0 || !got[0]) {
            fprintf(stderr, "%s\n  expected: %s  got:      %s", xml,
                    expected ? expected : "(no .expected file)\n", got);
            failures++;
        }
        free(expected_path);
        free(expected);
        free(got);
    }
    globfree(&g);
    assert_int_equal(failures, 0);
    assert_true(count >= 15);
}

static void expect_plain(const char *raw, const char *want)
{
    xsd_plain p;
    xsd_message_plain(raw, &p);
    assert_string_equal(p.message, want);
    xsd_plain_free(&p);
}

static void test_messages_are_plain(void **state)
{
    (void)state;
    expect_plain("Element '{urn:ehcp:plan:1}sectoin-b': This element is not expected. "
                 "Expected is ( {urn:ehcp:plan:1}section-b ).\n",
                 "element <sectoin-b> is not expected here; expected <section-b>");
    expect_plain("Element '{urn:ehcp:plan:1}x': This element is not expected. Expected is one of "
                 "( {urn:ehcp:plan:1}a, {urn:ehcp:plan:1}b, {urn:ehcp:plan:1}c ).\n",
                 "element <x> is not expected here; expected one of <a>, <b> or <c>");
    expect_plain("Element '{urn:ehcp:plan:1}meta': Missing child element(s). Expected is "
                 "( {urn:ehcp:plan:1}dates ).\n",
                 "<meta> is incomplete: <dates> is missing");
    expect_plain("Element '{urn:ehcp:plan:1}need-ref': No match found for key-sequence ['B9'] "
                 "of keyref '{urn:ehcp:plan:1}needRef'.\n",
                 "need-ref 'B9' does not name any need in sections B, C or D; "
                 "use the id of an existing need");
    expect_plain("Element '{urn:ehcp:plan:1}final-issued': '2026-13-01' is not a valid value "
                 "of the atomic type 'xs:date'.\n",
                 "<final-issued> is not a valid date; write dates as YYYY-MM-DD");
    expect_plain("Element '{urn:ehcp:plan:1}plan': The attribute 'stage' is required but missing.\n",
                 "<plan> needs the attribute 'stage'");
    expect_plain("Element '{urn:ehcp:plan:1}frequency', attribute 'times': '0' is not a valid "
                 "value of the atomic type 'xs:positiveInteger'.\n",
                 "the value of attribute 'times' of <frequency> is not valid; "
                 "write a whole number, 1 or more");
    expect_plain("Element '{urn:ehcp:plan:1}upn': [facet 'pattern'] The value 'X1' is not "
                 "accepted by the pattern '[A-Z][0-9]{11}[0-9A-Z]'.\n",
                 "the value of <upn> is not in the right form; a UPN is a capital letter, 11 digits, "
                 "then a digit or a capital letter (13 characters, no spaces)");
    expect_plain("Element '{urn:ehcp:plan:1}history': Character content other than whitespace "
                 "is not allowed because the content type is 'element-only'.\n",
                 "text is not allowed directly inside <history>; put it in the right child "
                 "element (for example <p>)");
    expect_plain("something libxml2 never says", "the plan does not match the schema: "
                 "something libxml2 never says");
}

/* A missing schema or plan is one IO diagnostic, never a crash or a leak. */
static void test_missing_files(void **state)
{
    fixture *f = *state;
    diag_list *diags = diag_list_create();
    assert_null(xsd_schema_load("/nonexistent-ehcp-datadir", "ehcp.xsd", diags));
    assert_int_equal(diag_count(diags), 1);
    assert_string_equal(diag_get(diags, 0)->rule, "IO");
    assert_null(plan_read("/nonexistent-ehcp-plan.xml", "plan", EHCP_PLAN_NS, &f->limits, diags));
    assert_int_equal(diag_count(diags), 2);
    assert_string_equal(diag_get(diags, 1)->rule, "IO");
    diag_list_destroy(diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_messages_are_plain),
        cmocka_unit_test(test_samples_are_valid),
        cmocka_unit_test(test_new_skeleton_is_valid),
        cmocka_unit_test(test_invalid_corpus),
        cmocka_unit_test(test_missing_files),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
