/* test_policy_budget.c — the allocation computation against amounts worked
 * out by hand from the sample policies' tables (exact pence), the money and
 * date wording, and English working days across bank holidays. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "plan/dates.h"
#include "policy/allocation.h"
#include "policy/calendar.h"
#include "policy/money_text.h"
#include "policy/policy_io.h"
#include "util/xml_safe.h"
#include "util/xmem.h"

/* A minimal plan holding only a budget-working block with these answers
 * ("Q1=C Q2=B ..."); enough for the computation, which reads nothing else. */
static xmlDocPtr plan_with_answers(const char *answers)
{
    bytebuf b;
    bytebuf_init(&b);
    bytebuf_append_str(&b, "<plan xmlns='urn:ehcp:plan:1' stage='final'><section-j>"
                           "<pb:budget-working xmlns:pb='urn:ehcp:policy-answers:1' policy='x' status='indicative'>"
                           "<pb:answers completed='2026-01-01' completed-with='test'>");
    char *copy = xstrdup(answers);
    for (char *save = NULL, *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(tok, '=');
        *eq = '\0';
        char *a = xasprintf("<pb:answer question='%s' level='%s'/>", tok, eq + 1);
        bytebuf_append_str(&b, a);
        free(a);
    }
    free(copy);
    bytebuf_append_str(&b, "</pb:answers></pb:budget-working></section-j></plan>");
    diag_list *d = diag_list_create();
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr doc = xml_safe_read_memory((const char *)b.data, b.len, "test", &limits, d);
    assert_int_equal(diag_count(d), 0);
    diag_list_destroy(d);
    bytebuf_free(&b);
    return doc;
}

/* The indicative pence for one stream, or -1 when it cannot be computed. */
static long long compute(const char *policy_file, const char *answers, const char *kind, long long *points)
{
    diag_list *d = diag_list_create();
    xmlDocPtr pdoc = policy_load_file(policy_file, ".", d);
    assert_non_null(pdoc);
    diag_list_destroy(d);
    xmlDocPtr plan = plan_with_answers(answers);
    policy *pol = policy_from_doc(pdoc);
    budget_working *bw = budget_working_from_plan(plan);
    allocation *a = allocation_compute(pol, bw);
    const alloc_stream *s = allocation_stream(a, kind);
    long long pence = s && s->status == ALLOC_OK ? s->pence : -1;
    if (points) *points = s ? s->points : -1;
    allocation_free(a);
    budget_working_free(bw);
    policy_free(pol);
    xmlFreeDoc(plan);
    xmlFreeDoc(pdoc);
    return pence;
}

#define WSX "samples/policies/wessex-points.xml"
#define HBC "samples/policies/harbourside-bands.xml"

static void test_wessex_points_table(void **state)
{
    (void)state;
    long long pts;
    /* education counts Q1, Q2, Q6: C5 + C6 + B2 = 13, row 6-15 at £150 */
    assert_int_equal(compute(WSX, "Q1=C Q2=C Q6=B", "education", &pts), 195000);
    assert_int_equal(pts, 13);
    /* the row edges: 15 points (D8 + B3 + C4) and 16 points (D8 + C6 + B2) */
    assert_int_equal(compute(WSX, "Q1=D Q2=B Q6=C", "education", NULL), 225000);
    assert_int_equal(compute(WSX, "Q1=D Q2=C Q6=B", "education", NULL), 288000);
    /* the most: 8 + 9 + 7 = 24 points at £180 */
    assert_int_equal(compute(WSX, "Q1=D Q2=D Q6=D", "education", NULL), 432000);
    /* 5 points is still in the first row, which gives nothing */
    assert_int_equal(compute(WSX, "Q1=B Q2=B Q6=A", "education", NULL), 0);
    /* social care Q3..Q6: B2 + C4 + B2 + B2 = 10 at £120 */
    assert_int_equal(compute(WSX, "Q3=B Q4=C Q5=B Q6=B", "social-care", NULL), 120000);
    /* 30 points in the open row: £600 + 30 x £130 = £4,500 */
    assert_int_equal(compute(WSX, "Q3=D Q4=D Q5=D Q6=D", "social-care", &pts), 450000);
    assert_int_equal(pts, 30);
    /* 20 points exactly, the open row's first score: £600 + 20 x £130 */
    assert_int_equal(compute(WSX, "Q3=D Q4=C Q5=D Q6=A", "social-care", NULL), 320000);
    /* a missing answer makes the stream uncomputable, never zero */
    assert_int_equal(compute(WSX, "Q3=D Q4=C Q5=D", "social-care", NULL), -1);
    /* an answer level the question does not have */
    assert_int_equal(compute(WSX, "Q3=Z Q4=C Q5=D Q6=A", "social-care", NULL), -1);
    /* health is assessed separately */
    assert_int_equal(compute(WSX, "Q1=D", "health", NULL), -1);
}

static void test_harbourside_bands(void **state)
{
    (void)state;
    /* education: comm + learn; 3 + 4 = 7 is the top of Band B (£1,200) */
    assert_int_equal(compute(HBC, "comm=2 learn=2", "education", NULL), 120000);
    /* 6 + 4 = 10: Band C (£3,000) */
    assert_int_equal(compute(HBC, "comm=3 learn=2", "education", NULL), 300000);
    /* 6 + 8 = 14: Band D, open-ended (£5,400) */
    assert_int_equal(compute(HBC, "comm=3 learn=3", "education", NULL), 540000);
    assert_int_equal(compute(HBC, "comm=1 learn=1", "education", NULL), 0);
    /* social care: comm + care; 6 + 4 = 10: Band 3 (£7,800) */
    assert_int_equal(compute(HBC, "comm=3 care=2", "social-care", NULL), 780000);
    /* 3 + 4 = 7: Band 2 (£2,600) */
    assert_int_equal(compute(HBC, "comm=2 care=2", "social-care", NULL), 260000);
    /* health: level 3 = 10 points, the one-score band (£12,000) */
    assert_int_equal(compute(HBC, "health=3", "health", NULL), 1200000);
    assert_int_equal(compute(HBC, "health=2", "health", NULL), 150000);
}

static void test_money(void **state)
{
    (void)state;
    char s[32];
    money_format(0, s, sizeof s);
    assert_string_equal(s, "\xC2\xA3" "0.00");
    money_format(5, s, sizeof s);
    assert_string_equal(s, "\xC2\xA3" "0.05");
    money_format(195000, s, sizeof s);
    assert_string_equal(s, "\xC2\xA3" "1,950.00");
    money_format(123456789, s, sizeof s);
    assert_string_equal(s, "\xC2\xA3" "1,234,567.89");
    money_format(-1250, s, sizeof s);
    assert_string_equal(s, "-\xC2\xA3" "12.50");
    money_format(-9223372036854775807LL - 1, s, sizeof s);
    assert_string_equal(s, "-\xC2\xA3" "92,233,720,368,547,758.08");
}

static long add(const char *from, long long n, const char *unit)
{
    long r = 0;
    assert_int_equal(calendar_add(date_parse(from), n, unit, &r), 0);
    return r;
}

static void test_dates(void **state)
{
    (void)state;
    /* Monday 19 Jan 2026 + 10 working days: no holidays, two weekends */
    assert_int_equal(add("2026-01-19", 10, "working-days"), date_parse("2026-02-02"));
    /* Tuesday 22 Dec 2026 + 5: skips Christmas Day and the Boxing Day substitute (28th) */
    assert_int_equal(add("2026-12-22", 5, "working-days"), date_parse("2026-12-31"));
    /* Easter 2027 is Fri 26 and Mon 29 March: Thu 25 March + 1 working day = Tue 30 March */
    assert_int_equal(add("2027-03-25", 1, "working-days"), date_parse("2027-03-30"));
    /* from a Saturday, the first working day is Monday */
    assert_int_equal(add("2026-01-24", 1, "working-days"), date_parse("2026-01-26"));
    assert_int_equal(add("2026-01-31", 1, "months"), date_parse("2026-02-28"));
    assert_int_equal(add("2027-12-31", 2, "months"), date_parse("2028-02-29"));
    assert_int_equal(add("2026-01-23", 2, "weeks"), date_parse("2026-02-06"));
    assert_int_equal(add("2026-01-23", 28, "days"), date_parse("2026-02-20"));
    long r;
    assert_int_equal(calendar_add(0, 1, "fortnights", &r), -1);
    assert_int_equal(calendar_add(0, -1, "days", &r), -1);
    char s[40];
    calendar_format_long(date_parse("2026-03-19"), s, sizeof s);
    assert_string_equal(s, "Thursday 19 March 2026");
    assert_true(calendar_is_bank_holiday(date_parse("2027-12-28")));
    assert_false(calendar_is_bank_holiday(date_parse("2026-12-26")));
    assert_true(calendar_holidays_known(date_parse("2025-01-01"), date_parse("2027-12-31")));
    assert_false(calendar_holidays_known(date_parse("2027-12-20"), date_parse("2028-01-05")));
}

int main(void)
{
    const char *dd = getenv("EHCP_DATADIR");
    if (dd && chdir(dd) != 0) return 1;
    xml_safe_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wessex_points_table),
        cmocka_unit_test(test_harbourside_bands),
        cmocka_unit_test(test_money),
        cmocka_unit_test(test_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
