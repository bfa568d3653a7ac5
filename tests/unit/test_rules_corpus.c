/* test_rules_corpus.c — one unit test per rule: the base plan of the corpus
 * (tests/invalid/rules/base-plan.xml.in) passes every rule, and each change
 * in mutations.tsv, applied in memory, makes exactly its own rule fire (the
 * readability notes of EASY-007 aside). No schema here: this is the engine
 * alone, on documents built in memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include "rules/rules.h"
#include "util/xmem.h"

typedef struct {
    char rule[32];
    char *plan;           /* the base with this rule's changes */
} corpus_case;

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("cannot read %s (is EHCP_DATADIR the repository?)", path);
    bytebuf b;
    bytebuf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) bytebuf_append(&b, chunk, n);
    fclose(f);
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

/* \n escapes and @HISTORY@, as make-corpus.py expands them. */
static char *expand(const char *s)
{
    bytebuf b;
    bytebuf_init(&b);
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == 'n') { bytebuf_append_str(&b, "\n"); s++; }
        else if (!strncmp(s, "@HISTORY@", 9)) {
            bytebuf_append_str(&b, "<p>");
            for (int i = 0; i < 37; i++)
                bytebuf_append_str(&b, i ? " Sam enjoyed the school trip to the farm and talked "
                                           "about it for weeks."
                                         : "Sam enjoyed the school trip to the farm and talked "
                                           "about it for weeks.");
            bytebuf_append_str(&b, "</p>");
            s += 8;
        } else bytebuf_append(&b, s, 1);
    }
    bytebuf_append(&b, "", 1);
    return (char *)b.data;
}

static char *replace_once(char *text, const char *find, const char *with, const char *rule)
{
    char *at = strstr(text, find);
    if (!at || strstr(at + 1, find)) fail_msg("%s: the change's text is not in the base exactly once", rule);
    size_t pre = (size_t)(at - text);
    char *out = xasprintf("%.*s%s%s", (int)pre, text, with, at + strlen(find));
    free(text);
    return out;
}

static corpus_case *cases;
static size_t ncases;
static char *base;

static corpus_case *case_for(const char *rule)
{
    for (size_t i = 0; i < ncases; i++)
        if (!strcmp(cases[i].rule, rule)) return &cases[i];
    cases = xrealloc(cases, (ncases + 1) * sizeof *cases);
    corpus_case *c = &cases[ncases++];
    snprintf(c->rule, sizeof c->rule, "%s", rule);
    c->plan = xstrdup(base);
    return c;
}

static void load_cases(const char *dir)
{
    char *path = xasprintf("%s/tests/invalid/rules/base-plan.xml.in", dir);
    base = read_all(path);
    free(path);
    path = xasprintf("%s/tests/invalid/rules/mutations.tsv", dir);
    char *tsv = read_all(path);
    free(path);
    char *save = NULL;
    for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#') continue;
        char *tab1 = strchr(line, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        if (!tab2) continue;
        *tab1 = *tab2 = '\0';
        corpus_case *c = case_for(line);
        if (!strcmp(tab1 + 1, "@NONE@")) continue;
        char *find = expand(tab1 + 1), *with = expand(tab2 + 1);
        c->plan = replace_once(c->plan, find, with, line);
        free(find);
        free(with);
    }
    free(tsv);
}

/* Runs the engine on text as the corpus script runs ehcp validate. */
static diag_list *judge(const char *text, int easy_read)
{
    xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), "plan.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    rules_config *cfg = rules_config_create();
    rules_config_set_today(cfg, 20500);
    if (easy_read) rules_config_set_for(cfg, "easy-read");
    diag_list *d = diag_list_create();
    rules_check_plan(doc, "plan.xml", cfg, NULL, NULL, d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
    return d;
}

static void base_is_clean(void **state)
{
    (void)state;
    diag_list *d = judge(base, 1);
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *x = diag_get(d, i);
        if (strcmp(x->rule, "EASY-007"))
            fail_msg("the base plan breaks %s at line %ld: %s", x->rule, x->line, x->message);
    }
    diag_list_destroy(d);
}

static void rule_fires_alone(void **state)
{
    const corpus_case *c = *state;
    diag_list *d = judge(c->plan, !strncmp(c->rule, "EASY-", 5));
    size_t own = 0;
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *x = diag_get(d, i);
        if (!strcmp(x->rule, c->rule)) {
            own++;
            assert_true(x->line > 0);
            assert_non_null(x->xpath);
            assert_true(strlen(x->message) > 20);
        } else if (strcmp(x->rule, "EASY-007")) {
            fail_msg("%s's plan also breaks %s: %s", c->rule, x->rule, x->message);
        }
    }
    if (!own) fail_msg("%s did not fire on its plan", c->rule);
    diag_list_destroy(d);
}

/* The same plan with the rule switched off gives none of its findings. */
static void rule_can_be_switched_off(void **state)
{
    const corpus_case *c = *state;
    xmlDocPtr doc = xmlReadMemory(c->plan, (int)strlen(c->plan), "plan.xml", NULL, XML_PARSE_NONET);
    rules_config *cfg = rules_config_create();
    rules_config_set_for(cfg, "easy-read");
    diag_list *d = diag_list_create();
    char *spec = xasprintf("%s=off", c->rule);
    assert_int_equal(rules_config_set_level(cfg, spec, d), 0);
    rules_check_plan(doc, "plan.xml", cfg, NULL, NULL, d);
    for (size_t i = 0; i < diag_count(d); i++) assert_string_not_equal(diag_get(d, i)->rule, c->rule);
    free(spec);
    diag_list_destroy(d);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
}

int main(void)
{
    const char *dir = getenv("EHCP_DATADIR");
    load_cases(dir && *dir ? dir : ".");
    struct CMUnitTest *tests = xcalloc(2 * ncases + 1, sizeof *tests);
    tests[0] = (struct CMUnitTest)cmocka_unit_test(base_is_clean);
    char **names = xcalloc(2 * ncases, sizeof *names);
    for (size_t i = 0; i < ncases; i++) {
        names[2 * i] = xasprintf("%s fires alone", cases[i].rule);
        names[2 * i + 1] = xasprintf("%s can be switched off", cases[i].rule);
        tests[1 + 2 * i] = (struct CMUnitTest){ names[2 * i], rule_fires_alone, NULL, NULL, &cases[i] };
        tests[2 + 2 * i] = (struct CMUnitTest){ names[2 * i + 1], rule_can_be_switched_off, NULL, NULL, &cases[i] };
    }
    int failed = _cmocka_run_group_tests("rules corpus", tests, 2 * ncases + 1, NULL, NULL);
    for (size_t i = 0; i < ncases; i++) {
        free(cases[i].plan);
        free(names[2 * i]);
        free(names[2 * i + 1]);
    }
    free(names);
    free(tests);
    free(cases);
    free(base);
    xmlCleanupParser();
    return failed;
}
