/* test_rules_pictures.c — EASY-008, every easy-read picture exists: starter
 * pictograms by name in the data folder's templates/pictures, and the
 * plan's own files relative, inside the plan's folder (also after links),
 * regular, SVG or PNG, and within EHCP_MAX_PICTURE_BYTES. The pictures are
 * made in a fresh temporary folder; the plan is built in memory and named as
 * if it were in that folder. Needs EHCP_DATADIR (tests/run sets it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include "rules/rules.h"
#include "util/xmem.h"

typedef struct {
    char *root;       /* the temporary folder */
    char *plan_dir;   /* root/plan: where the plan "is" */
} fixture;

static void write_file(const char *dir, const char *name, size_t bytes)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>", f);
    for (size_t i = 60; i < bytes; i++) fputc(' ', f);
    fclose(f);
    free(path);
}

static int setup(void **state)
{
    fixture *fx = xcalloc(1, sizeof *fx);
    char tmpl[] = "/tmp/ehcp-pictures-XXXXXX";
    assert_non_null(mkdtemp(tmpl));
    fx->root = xstrdup(tmpl);
    fx->plan_dir = xasprintf("%s/plan", fx->root);
    assert_int_equal(mkdir(fx->plan_dir, 0700), 0);
    char *sub = xasprintf("%s/pics", fx->plan_dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    free(sub);
    char *folder = xasprintf("%s/folder.svg", fx->plan_dir);
    assert_int_equal(mkdir(folder, 0700), 0);
    free(folder);
    write_file(fx->plan_dir, "me.svg", 100);
    write_file(fx->plan_dir, "pics/dog.PNG", 100);
    write_file(fx->plan_dir, "notes.txt", 100);
    write_file(fx->plan_dir, "big.svg", 5000);
    write_file(fx->root, "outside.svg", 100);
    char *out_link = xasprintf("%s/away.svg", fx->plan_dir);
    char *in_link = xasprintf("%s/again.svg", fx->plan_dir);
    assert_int_equal(symlink("../outside.svg", out_link), 0);
    assert_int_equal(symlink("me.svg", in_link), 0);
    free(out_link);
    free(in_link);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    static const char *const files[] = {
        "plan/me.svg", "plan/pics/dog.PNG", "plan/notes.txt", "plan/big.svg", "plan/away.svg",
        "plan/again.svg", "outside.svg",
    };
    static const char *const dirs[] = { "plan/pics", "plan/folder.svg", "plan", "" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char *p = xasprintf("%s/%s", fx->root, files[i]);
        unlink(p);
        free(p);
    }
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char *p = xasprintf("%s/%s", fx->root, dirs[i]);
        rmdir(p);
        free(p);
    }
    free(fx->plan_dir);
    free(fx->root);
    free(fx);
    return 0;
}

/* The EASY-008 findings for a plan whose Section A has one easy-read line
 * with this picture, the plan being plan.xml in the fixture's plan folder. */
static diag_list *judge_picture(const fixture *fx, const char *picture, int easy_read, int off)
{
    char *text = xasprintf("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:ehcp:plan:1\" stage=\"final\">\n"
                           "<section-a>\n<easy-read picture=\"%s\" alt=\"A picture\">I am Sam.</easy-read>\n"
                           "</section-a>\n</plan>\n", picture);
    char *file = xasprintf("%s/plan.xml", fx->plan_dir);
    xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), file, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    rules_config *cfg = rules_config_create();
    rules_config_set_today(cfg, 20500);
    diag_list *all = diag_list_create();
    if (easy_read) rules_config_set_for(cfg, "easy-read");
    if (off) assert_int_equal(rules_config_set_level(cfg, "EASY-008=off", all), 0);
    rules_check_plan(doc, file, cfg, NULL, NULL, all);
    diag_list *own = diag_list_create();
    for (size_t i = 0; i < diag_count(all); i++) {
        const diag *d = diag_get(all, i);
        if (strcmp(d->rule, "EASY-008")) continue;
        diag_add(own, d->file, d->line, d->column, d->severity, d->rule, d->xpath, "%s", d->message);
    }
    diag_list_destroy(all);
    rules_config_destroy(cfg);
    xmlFreeDoc(doc);
    free(file);
    free(text);
    return own;
}

/* Asserts one finding (an error, on the easy-read line, naming the picture
 * and containing hint), or none when hint is NULL. */
static void expect(const fixture *fx, const char *picture, const char *hint)
{
    diag_list *d = judge_picture(fx, picture, 1, 0);
    if (!hint) {
        if (diag_count(d)) fail_msg("%s: unexpected finding: %s", picture, diag_get(d, 0)->message);
    } else {
        if (diag_count(d) != 1) fail_msg("%s: %zu findings, expected 1", picture, diag_count(d));
        const diag *x = diag_get(d, 0);
        assert_int_equal(x->severity, DIAG_ERROR);
        assert_int_equal(x->line, 4);
        assert_non_null(x->xpath);
        assert_non_null(strstr(x->xpath, "easy-read"));
        if (!strstr(x->message, picture) || !strstr(x->message, hint))
            fail_msg("%s: message \"%s\" lacks \"%s\"", picture, x->message, hint);
    }
    diag_list_destroy(d);
}

static void pictograms(void **state)
{
    const fixture *fx = *state;
    expect(fx, "pictogram:bus", NULL);
    expect(fx, " pictogram:star ", NULL);                /* blanks around do not count */
    expect(fx, "pictogram:moon", "does not exist");
    expect(fx, "pictogram:Bus", "small letters");
    expect(fx, "pictogram:../bus", "small letters");
    expect(fx, "pictogram:bus.svg", "small letters");
    expect(fx, "pictogram:", "small letters");
    expect(fx, "", "empty");
}

static void files_of_the_plan(void **state)
{
    const fixture *fx = *state;
    expect(fx, "me.svg", NULL);
    expect(fx, "./pics/dog.PNG", NULL);                  /* any case of .png */
    expect(fx, "pics/../me.svg", NULL);                  /* ".." that stays inside */
    expect(fx, "again.svg", NULL);                       /* a link that stays inside */
    expect(fx, "missing.svg", "cannot be found");
    expect(fx, "notes.txt", "not an SVG or PNG");
    expect(fx, "folder.svg", "not a regular file");
    expect(fx, "../outside.svg", "leave the plan's folder");
    expect(fx, "pics/../../outside.svg", "leave the plan's folder");
    expect(fx, "away.svg", "outside the plan's folder");  /* a link that leaves */
    char *abs = xasprintf("%s/me.svg", fx->plan_dir);
    expect(fx, abs, "absolute path");
    free(abs);
    expect(fx, "https://example.org/me.svg", "URL");
    expect(fx, "file:me.svg", "URL");
}

static void size_limit(void **state)
{
    const fixture *fx = *state;
    expect(fx, "big.svg", NULL);                         /* 5000 bytes: far under 8 MiB */
    assert_int_equal(setenv("EHCP_MAX_PICTURE_BYTES", "1000", 1), 0);
    expect(fx, "big.svg", "EHCP_MAX_PICTURE_BYTES");
    expect(fx, "me.svg", NULL);
    assert_int_equal(unsetenv("EHCP_MAX_PICTURE_BYTES"), 0);
}

/* Only with --for easy-read, and -W EASY-008=off silences it. */
static void only_for_easy_read(void **state)
{
    const fixture *fx = *state;
    diag_list *d = judge_picture(fx, "pictogram:moon", 0, 0);
    assert_int_equal(diag_count(d), 0);
    diag_list_destroy(d);
    d = judge_picture(fx, "pictogram:moon", 1, 1);
    assert_int_equal(diag_count(d), 0);
    diag_list_destroy(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pictograms),
        cmocka_unit_test(files_of_the_plan),
        cmocka_unit_test(size_limit),
        cmocka_unit_test(only_for_easy_read),
    };
    int failed = cmocka_run_group_tests_name("EASY-008 pictures", tests, setup, teardown);
    xmlCleanupParser();
    return failed;
}
