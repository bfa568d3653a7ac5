/* test_review_rules.c — every review rule against its invalid review in
 * tests/invalid/review/<RULE-ID>.xml: the review is schema-valid, and the
 * checker's diagnostics, printed gcc style, equal <RULE-ID>.expected line for
 * line. valid.xml gives no findings; every rule in the table has a case.
 * Run from the repository root (tests/run does), EHCP_DATADIR = root. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include "review/review_rules.h"
#include "util/diag.h"
#include "util/xml_safe.h"

#define DIR "tests/invalid/review/"
#define PLAN DIR "plan.xml"

static xmlDocPtr load(const char *path)
{
    xml_limits lim;
    xml_limits_default(&lim);
    diag_list *d = diag_list_create();
    xmlDocPtr doc = xml_safe_read_file(path, &lim, d);
    if (!doc) diag_print_text(stderr, d);
    diag_list_destroy(d);
    return doc;
}

/* The corpus must stay schema-valid, or a rule test would pass for the
 * wrong reason (the checker assumes review.xsd has already passed). */
static int schema_valid(xmlDocPtr doc)
{
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt("schema/review.xsd");
    xmlSchemaPtr schema = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    if (!schema) return 0;
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    int rc = xmlSchemaValidateDoc(vc, doc);
    xmlSchemaFreeValidCtxt(vc);
    xmlSchemaFree(schema);
    return rc == 0;
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = calloc(1, (size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    fclose(f);
    return buf;
}

/* The checker's findings as the text `ehcp validate` prints. */
static char *findings(const char *review_path)
{
    xmlDocPtr review = load(review_path);
    xmlDocPtr plan = load(PLAN);
    assert_non_null(review);
    assert_non_null(plan);
    assert_true(schema_valid(review));
    diag_list *d = diag_list_create();
    review_rules_check(review, review_path, plan, PLAN, d);
    diag_sort(d);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    diag_print_text(mem, d);
    fclose(mem);
    diag_list_destroy(d);
    xmlFreeDoc(review);
    xmlFreeDoc(plan);
    return text;
}

static void test_valid_review_has_no_findings(void **state)
{
    (void)state;
    char *text = findings(DIR "valid.xml");
    assert_string_equal(text, "");
    free(text);
}

static void test_each_rule_has_its_expected_findings(void **state)
{
    (void)state;
    size_t n = 0;
    const rule_def *rules = review_rules(&n);
    assert_true(n >= 16);
    for (size_t i = 0; i < n; i++) {
        char xml[256], expected[256];
        snprintf(xml, sizeof xml, DIR "%s.xml", rules[i].id);
        snprintf(expected, sizeof expected, DIR "%s.expected", rules[i].id);
        char *want = read_text(expected);
        if (!want) fail_msg("no %s for rule %s", expected, rules[i].id);
        char *got = findings(xml);
        if (strcmp(got, want) != 0)
            fail_msg("%s:\n--- expected\n%s--- got\n%s", xml, want, got);
        /* Each case must trip its own rule, not only others. */
        char tag[64];
        snprintf(tag, sizeof tag, "[%s]", rules[i].id);
        assert_non_null(strstr(got, tag));
        free(got);
        free(want);
    }
}

static void test_table_is_well_formed(void **state)
{
    (void)state;
    size_t n = 0;
    const rule_def *rules = review_rules(&n);
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "REVIEW-%03zu", i + 1);
        assert_string_equal(rules[i].id, id);
        assert_int_equal(rules[i].subject, RULE_ON_REVIEW);
        assert_non_null(rules[i].summary);
        assert_non_null(rules[i].reference);
    }
}

/* Without the plan only the rules that need no plan run, and nothing crashes. */
static void test_without_plan(void **state)
{
    (void)state;
    xmlDocPtr review = load(DIR "REVIEW-002.xml");
    diag_list *d = diag_list_create();
    review_rules_check(review, "r.xml", NULL, NULL, d);
    assert_int_equal(diag_count(d), 0);
    review_rules_check(NULL, "r.xml", NULL, NULL, d);
    assert_int_equal(diag_count(d), 0);
    diag_list_destroy(d);
    xmlFreeDoc(review);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_is_well_formed),
        cmocka_unit_test(test_valid_review_has_no_findings),
        cmocka_unit_test(test_each_rule_has_its_expected_findings),
        cmocka_unit_test(test_without_plan),
    };
    xml_safe_init();
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
