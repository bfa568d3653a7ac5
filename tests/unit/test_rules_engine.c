/* test_rules_engine.c — the engine around the rules: the table (unique,
 * well-formed ids; every rule documented), user levels (-W), stage and
 * --for settings, phrase matching in the word lists, readable xpaths, and
 * the two identifier rules the schema normally pre-empts (ID-004, ID-005). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include "rules/rules.h"
#include "rules/wordlist.h"
#include "util/xmem.h"

static void table_is_well_formed(void **state)
{
    (void)state;
    size_t n = rules_count();
    assert_true(n >= 50);
    for (size_t i = 0; i < n; i++) {
        const rule_def *r = rules_at(i);
        const char *dash = strchr(r->id, '-');
        assert_non_null(dash);
        assert_int_equal(strlen(dash + 1), 3);              /* FAMILY-NNN */
        assert_true(strlen(r->summary) > 10);
        assert_true(strlen(r->reference) > 5);
        for (size_t j = i + 1; j < n; j++) assert_string_not_equal(r->id, rules_at(j)->id);
        assert_ptr_equal(rules_find(r->id), r);
    }
    size_t own;
    const rule_def *t = rules_all(&own);
    assert_ptr_equal(t, rules_at(0));
    for (size_t i = 0; i < own; i++) assert_non_null(t[i].check);
    assert_non_null(rules_find("prov-003"));                /* ids ignore case */
    assert_null(rules_find("PROV-999"));
}

static void levels(void **state)
{
    (void)state;
    rules_config *cfg = rules_config_create();
    diag_list *d = diag_list_create();
    assert_int_equal(rules_config_set_level(cfg, "PROV-003=off", d), 0);
    assert_int_equal(rules_config_set_level(cfg, "thread-001=note", d), 0);
    assert_int_equal(rules_config_set_level(cfg, "POLICY-001=warning", d), 0);   /* policy ids too */
    assert_int_equal(diag_count(d), 0);
    assert_int_equal(rules_config_set_level(cfg, "PROV-999=off", d), -1);
    assert_int_equal(rules_config_set_level(cfg, "PROV-003", d), -1);
    assert_int_equal(rules_config_set_level(cfg, "PROV-003=loud", d), -1);
    assert_int_equal(rules_config_set_level(cfg, "=off", d), -1);
    assert_int_equal(diag_count(d), 4);
    assert_non_null(strstr(diag_get(d, 0)->message, "PROV-999"));
    assert_int_equal(rules_config_set_stage(cfg, "final"), 0);
    assert_int_equal(rules_config_set_stage(cfg, "interim"), -1);
    assert_int_equal(rules_config_set_for(cfg, "easy-read"), 0);
    assert_int_equal(rules_config_set_for(cfg, "braille"), -1);
    rules_config_set_werror(cfg, 1);
    assert_int_equal(rules_config_werror(cfg), 1);
    diag_list_destroy(d);
    rules_config_destroy(cfg);
}

static void phrase_matching(void **state)
{
    (void)state;
    wordlist *wl = wordlist_parse("# comment\n\nregular | vague | say how often\n=may | optional | write will\n"
                                  "may benefit from | a wish | say what\naccess to\n");
    assert_int_equal(wordlist_count(wl), 4);
    assert_string_equal(wordlist_get(wl, 0)->fix, "say how often");
    assert_string_equal(wordlist_get(wl, 3)->why, "");
    word_match m[8];
    /* whole words only: "irregular" and "regularly" are not "regular" */
    assert_int_equal(wordlist_scan(wl, "an irregular verb, used regularly", m, 8), 0);
    assert_int_equal(wordlist_scan(wl, "Regular checks", m, 8), 1);
    assert_int_equal(m[0].at, 0);
    /* case-sensitive entries leave the month alone */
    assert_int_equal(wordlist_scan(wl, "from May 2026", m, 8), 0);
    /* a match inside a longer one is reported once, as the longer one */
    assert_int_equal(wordlist_scan(wl, "Jay may benefit from access to a room", m, 8), 2);
    assert_string_equal(m[0].entry->phrase, "may benefit from");
    assert_string_equal(m[1].entry->phrase, "access to");
    assert_true(phrase_find("Larkfield Academy, quiet room", "larkfield academy", 0) == 0);
    assert_true(phrase_find("café", "caf", 0) < 0);
    wordlist_free(wl);
}

static const char plan_text[] =
    "<plan xmlns='urn:ehcp:plan:1' id='X' version='1' stage='final'>\n"
    "<meta><dates><request-received>2025-09-08</request-received>"
    "<final-issued>2026-01-23</final-issued><next-review>2027-01-15</next-review></dates></meta>\n"
    "<person><date-of-birth>2012-03-14</date-of-birth>\n"
    "<services><setting urn='12345'>A school</setting></services></person>\n"
    "<section-i><placement id='I1' ukprn='20001234' kind='special' type='day'><name>A school</name>"
    "</placement></section-i>\n"
    "<signature/></plan>\n";

static diag_list *judge_only(const char *rule)
{
    xmlDocPtr doc = xmlReadMemory(plan_text, (int)strlen(plan_text), "p.xml", NULL, XML_PARSE_NONET);
    rules_config *cfg = rules_config_create();
    diag_list *d = diag_list_create();
    size_t n = rules_count();
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(rules_at(i)->id, rule)) continue;
        char *spec = xasprintf("%s=off", rules_at(i)->id);
        rules_config_set_level(cfg, spec, d);
        free(spec);
    }
    rules_check_plan(doc, "p.xml", cfg, NULL, NULL, d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
    return d;
}

static void urn_and_ukprn_shapes(void **state)
{
    (void)state;
    diag_list *d = judge_only("ID-004");
    assert_int_equal(diag_count(d), 1);
    assert_string_equal(diag_get(d, 0)->rule, "ID-004");
    assert_int_equal(diag_get(d, 0)->line, 4);
    assert_string_equal(diag_get(d, 0)->xpath, "/plan/person/services/setting");
    assert_non_null(strstr(diag_get(d, 0)->message, "\"12345\""));
    diag_list_destroy(d);
    d = judge_only("ID-005");
    assert_int_equal(diag_count(d), 1);
    assert_string_equal(diag_get(d, 0)->xpath, "/plan/section-i/placement[@id='I1']");
    diag_list_destroy(d);
}

/* A user level replaces the default severity of every finding of a rule. */
static void level_changes_severity(void **state)
{
    (void)state;
    xmlDocPtr doc = xmlReadMemory(plan_text, (int)strlen(plan_text), "p.xml", NULL, XML_PARSE_NONET);
    rules_config *cfg = rules_config_create();
    diag_list *d = diag_list_create();
    rules_check_plan(doc, "p.xml", cfg, NULL, NULL, d);
    size_t before = diag_count(d);
    int found = 0;
    for (size_t i = 0; i < before; i++)
        found |= !strcmp(diag_get(d, i)->rule, "ID-004") && diag_get(d, i)->severity == DIAG_ERROR;
    assert_true(found);
    assert_int_equal(rules_config_set_level(cfg, "ID-004=note", d), 0);
    rules_check_plan(doc, "p.xml", cfg, NULL, NULL, d);
    for (size_t i = before; i < diag_count(d); i++)
        if (!strcmp(diag_get(d, i)->rule, "ID-004")) assert_int_equal(diag_get(d, i)->severity, DIAG_NOTE);
    /* the easy-read rules stay off without --for easy-read */
    for (size_t i = 0; i < diag_count(d); i++) assert_null(strstr(diag_get(d, i)->rule, "EASY-"));
    diag_list_destroy(d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
}

/* --stage draft judges the same plan as a draft: the named school is wrong. */
static void stage_override(void **state)
{
    (void)state;
    xmlDocPtr doc = xmlReadMemory(plan_text, (int)strlen(plan_text), "p.xml", NULL, XML_PARSE_NONET);
    rules_config *cfg = rules_config_create();
    rules_config_set_stage(cfg, "draft");
    diag_list *d = diag_list_create();
    rules_check_plan(doc, "p.xml", cfg, NULL, NULL, d);
    int draft = 0;
    for (size_t i = 0; i < diag_count(d); i++) draft |= !strcmp(diag_get(d, i)->rule, "STAGE-001");
    assert_true(draft);
    diag_list_destroy(d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
}

/* The review rules (cli/review) run through the engine: an empty review
 * gets REVIEW findings only, and -W switches one of them off. */
static void review_is_wired(void **state)
{
    (void)state;
    const char review[] = "<review xmlns='urn:ehcp:review:1'/>";
    xmlDocPtr doc = xmlReadMemory(review, (int)strlen(review), "r.xml", NULL, XML_PARSE_NONET);
    rules_config *cfg = rules_config_create();
    diag_list *d = diag_list_create();
    rules_check_review(doc, "r.xml", cfg, NULL, NULL, d);
    size_t n = diag_count(d);
    assert_true(n > 0);
    const char *first = diag_get(d, 0)->rule;
    for (size_t i = 0; i < n; i++)
        assert_int_equal(strncmp(diag_get(d, i)->rule, "REVIEW-", 7), 0);
    char *spec = xasprintf("%s=off", first);
    assert_int_equal(rules_config_set_level(cfg, spec, d), 0);
    free(spec);
    diag_list *again = diag_list_create();
    rules_check_review(doc, "r.xml", cfg, NULL, NULL, again);
    for (size_t i = 0; i < diag_count(again); i++)
        assert_string_not_equal(diag_get(again, i)->rule, first);
    assert_true(diag_count(again) < n);
    diag_list_destroy(again);
    diag_list_destroy(d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
}

static void missing_word_lists(void **state)
{
    (void)state;
    rules_config *cfg = rules_config_create();
    diag_list *d = diag_list_create();
    assert_int_equal(rules_config_load_data(cfg, "/nonexistent", d), -1);
    assert_int_equal(diag_count(d), 1);
    assert_string_equal(diag_get(d, 0)->rule, "IO");
    diag_list_destroy(d);
    rules_config_destroy(cfg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_is_well_formed), cmocka_unit_test(levels),
        cmocka_unit_test(phrase_matching), cmocka_unit_test(urn_and_ukprn_shapes),
        cmocka_unit_test(level_changes_severity), cmocka_unit_test(stage_override),
        cmocka_unit_test(review_is_wired), cmocka_unit_test(missing_word_lists),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return failed;
}
