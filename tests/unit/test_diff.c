/* test_diff.c — plan_diff on two plan versions with known changes
 * (tests/diff/old.xml -> new.xml): each change found once, with the right
 * kind and fields; a plan against itself has none; the notice XML carries
 * the comment date (15 days beginning with the issue day). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <libxml/parser.h>
#include "review/plan_diff.h"
#include "util/diag.h"
#include "util/xml_safe.h"

static xmlDocPtr load(const char *path)
{
    xml_limits lim;
    xml_limits_default(&lim);
    diag_list *d = diag_list_create();
    xmlDocPtr doc = xml_safe_read_file(path, &lim, d);
    diag_list_destroy(d);
    assert_non_null(doc);
    return doc;
}

static const plan_change *find(const plan_diff *d, const char *group, const char *id)
{
    for (size_t i = 0; i < d->count; i++)
        if (!strcmp(d->changes[i].group, group) && !strcmp(d->changes[i].id, id)) return &d->changes[i];
    return NULL;
}

static void test_known_changes(void **state)
{
    (void)state;
    xmlDocPtr o = load("tests/diff/old.xml"), n = load("tests/diff/new.xml");
    plan_diff *d = plan_diff_compute(o, n);
    assert_int_equal(d->count, 9);
    assert_int_equal(d->old_version, 2);
    assert_int_equal(d->new_version, 3);
    assert_string_equal(d->new_stage, "amended");
    assert_int_equal(find(d, "outcomes", "E2")->kind, PLAN_REMOVED);
    assert_int_equal(find(d, "outcomes", "E3")->kind, PLAN_ADDED);
    const plan_change *f1 = find(d, "provision", "F1");
    assert_int_equal(f1->kind, PLAN_CHANGED);
    assert_int_equal(f1->field_count, 1);
    assert_string_equal(f1->fields[0].name, "frequency");
    assert_string_equal(f1->fields[0].old_text, "3 times a week");
    assert_string_equal(f1->fields[0].new_text, "4 times a week");
    const plan_change *i1 = find(d, "placement", "I1");
    assert_string_equal(i1->fields[0].name, "@sen-unit");
    assert_string_equal(i1->fields[0].new_text, "true");
    assert_non_null(find(d, "budget", "total"));
    assert_null(find(d, "needs", "B1"));

    xmlDocPtr notice = plan_diff_to_notice_xml(d, n, "2026-11-20", 15);
    xmlChar *due = xmlGetProp(xmlDocGetRootElement(notice), BAD_CAST "comments-by");
    assert_string_equal((const char *)due, "2026-12-04");
    xmlFree(due);
    xmlFreeDoc(notice);
    plan_diff_free(d);
    xmlFreeDoc(o);
    xmlFreeDoc(n);
}

static void test_same_plan_has_no_changes(void **state)
{
    (void)state;
    xmlDocPtr o = load("tests/diff/old.xml"), n = load("tests/diff/old.xml");
    plan_diff *d = plan_diff_compute(o, n);
    assert_int_equal(d->count, 0);
    plan_diff_free(d);
    xmlFreeDoc(o);
    xmlFreeDoc(n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_changes),
        cmocka_unit_test(test_same_plan_has_no_changes),
    };
    xml_safe_init();
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
