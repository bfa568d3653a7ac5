/* test_policy_rules.c — the POLICY and POLDEF rules against their corpus:
 * every tests/invalid/policy/<RULE>.xml must give exactly the diagnostics in
 * its .expected file (and at least one with the rule in its name); the sample
 * policies and the test plans under tests/policy/ must give none. Plans are
 * checked against samples/policies/wessex-points.xml. Runs from EHCP_DATADIR
 * so the file names in the diagnostics are stable. Set
 * EHCP_WRITE_EXPECTED=1 to (re)write .expected files for review. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "plan/plan_load.h"
#include "policy/policy_io.h"
#include "policy/policy_rules.h"
#include "util/diag.h"
#include "util/xml_safe.h"
#include "util/xmem.h"

#define WESSEX "samples/policies/wessex-points.xml"

/* Every diagnostic for one file, as the text printer writes them. */
static char *diagnose(const char *path)
{
    diag_list *diags = diag_list_create();
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr doc = xml_safe_read_file(path, &limits, diags);
    if (doc && strcmp((const char *)xmlDocGetRootElement(doc)->name, "policy") == 0) {
        xmlFreeDoc(doc);
        xmlDocPtr pol = policy_load_file(path, ".", diags);
        if (pol) xmlFreeDoc(pol);
    } else if (doc) {
        diag_list *pdiags = diag_list_create();
        xmlDocPtr pol = policy_load_file(WESSEX, ".", pdiags);
        assert_int_equal(diag_count(pdiags), 0);
        if (budget_working_validate(doc, path, ".", diags) == 0)
            policy_rules_check(doc, path, pol, WESSEX, diags);
        xmlFreeDoc(pol);
        xmlFreeDoc(doc);
        diag_list_destroy(pdiags);
    }
    diag_sort(diags);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    diag_print_text(mem, diags);
    fclose(mem);
    diag_list_destroy(diags);
    return text;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    bytebuf b;
    bytebuf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) bytebuf_append(&b, chunk, n);
    fclose(f);
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

static void check_corpus_file(const char *name)
{
    char *path = xasprintf("tests/invalid/policy/%s", name);
    char *expected_path = xasprintf("%.*s.expected", (int)(strlen(path) - 4), path);
    char *got = diagnose(path);
    if (getenv("EHCP_WRITE_EXPECTED")) {
        FILE *f = fopen(expected_path, "w");
        fputs(got, f);
        fclose(f);
    }
    char *want = slurp(expected_path);
    if (!want) fail_msg("missing %s", expected_path);
    if (strcmp(got, want) != 0) fail_msg("%s:\n--- expected\n%s--- got\n%s", path, want, got);
    /* the rule the file is named after must be among the findings */
    char rule[32];
    snprintf(rule, sizeof rule, "[%.*s]", (int)(strlen(name) - 4), name);
    if (!strstr(got, rule)) fail_msg("%s does not trigger %s", path, rule);
    free(want);
    free(got);
    free(expected_path);
    free(path);
}

static void test_corpus(void **state)
{
    (void)state;
    DIR *dir = opendir("tests/invalid/policy");
    assert_non_null(dir);
    size_t count = 0, rules = 0;
    const rule_def *table = policy_rules(&rules);
    for (struct dirent *e; (e = readdir(dir));) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".xml") != 0) continue;
        check_corpus_file(e->d_name);
        count++;
    }
    closedir(dir);
    /* one invalid file per rule, no more and no fewer */
    assert_int_equal(count, rules);
    for (size_t i = 0; i < rules; i++) {
        char *p = xasprintf("tests/invalid/policy/%s.xml", table[i].id);
        assert_int_equal(access(p, R_OK), 0);
        free(p);
    }
}

static void expect_clean(const char *path)
{
    char *got = diagnose(path);
    if (got[0]) fail_msg("%s should be clean:\n%s", path, got);
    free(got);
}

static void test_samples_clean(void **state)
{
    (void)state;
    expect_clean("samples/policies/wessex-points.xml");
    expect_clean("samples/policies/harbourside-bands.xml");
    expect_clean("tests/policy/plan-early-years.xml");
    expect_clean("tests/policy/plan-primary-draft.xml");
}

static void test_table(void **state)
{
    (void)state;
    size_t n = 0;
    const rule_def *t = policy_rules(&n);
    assert_true(n >= 20);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(t[i].subject, RULE_ON_POLICY);
        assert_true(strncmp(t[i].id, "POLICY-", 7) == 0 || strncmp(t[i].id, "POLDEF-", 7) == 0);
        assert_non_null(t[i].summary);
        assert_non_null(t[i].reference);
        assert_int_equal(policy_rule_severity(t[i].id), t[i].severity);
    }
}

int main(void)
{
    const char *dd = getenv("EHCP_DATADIR");
    if (dd && chdir(dd) != 0) return 1;
    xml_safe_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_samples_clean),
        cmocka_unit_test(test_corpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
