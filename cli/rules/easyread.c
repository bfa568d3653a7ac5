/* easyread.c — checks of the plan's easy-read lines (EASY-), active only
 * with ehcp validate --for easy-read: every section and outcome has one,
 * pictures have alt text, and the words follow the usual easy-read
 * guidance (short sentences, short words, no jargon, active voice), and
 * every picture can be drawn. Each section also gets a readability figure
 * as a note. */
#include "rule_checks.h"
#include "../util/datadir.h"
#include "../util/limits.h"
#include "../util/xmem.h"
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_SENTENCE_WORDS 15
#define MAX_WORD_LETTERS 12

/* Calls visit for every <easy-read> below node. */
typedef void (*easy_visit)(rule_context *ctx, const xmlNode *er, void *arg);

static void each_easy_read(rule_context *ctx, const xmlNode *node, easy_visit visit, void *arg)
{
    for (const xmlNode *n = node ? node->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (!strcmp((const char *)n->name, "easy-read")) visit(ctx, n, arg);
        else each_easy_read(ctx, n, visit, arg);
    }
}

static int is_section(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && !strncmp((const char *)n->name, "section-", 8);
}

static void count_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)ctx;
    (void)er;
    (*(int *)arg)++;
}

/* A section that only says it is empty (<none>, <not-requested>) needs no
 * easy-read line; Section K lists reports, which easy-read versions leave out. */
static int needs_easy_read(const xmlNode *sec)
{
    if (!strcmp((const char *)sec->name, "section-k")) return 0;
    for (const xmlNode *n = sec->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "none") &&
            strcmp((const char *)n->name, "not-requested") &&
            strcmp((const char *)n->name, "easy-read"))
            return 1;
    return 0;
}

void check_easy_read_present(rule_context *ctx)
{
    for (const xmlNode *sec = ctx->root->children; sec; sec = sec->next) {
        if (!is_section(sec) || !needs_easy_read(sec)) continue;
        int count = 0;
        each_easy_read(ctx, sec, count_visit, &count);
        if (!count)
            rule_report(ctx, sec, "%s has no easy-read line; add <easy-read picture=\"...\" "
                        "alt=\"...\"> with one short sentence about it for the child or young "
                        "person", section_title((const char *)sec->name));
    }
    const xmlNode *e = plan_child(ctx->root, "section-e");
    for (const xmlNode *o = plan_child(e, "outcome"); o; o = plan_next(o, "outcome")) {
        const xmlNode *er = plan_child(o, "easy-read");
        const char *id = plan_attr(o, "id");
        if (!er)
            rule_report(ctx, o, "outcome %s has no easy-read line; add <easy-read> saying it in "
                        "the child's own words (\"I will ...\")", id ? id : "");
        else if (!plan_attr(er, "picture"))
            rule_report(ctx, er, "the easy-read line of outcome %s has no picture; add "
                        "picture=\"...\" (easy read puts a picture beside each idea)", id ? id : "");
    }
}

static void alt_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    const char *pic = plan_attr(er, "picture");
    const char *alt = plan_attr(er, "alt");
    if (pic && (!alt || !alt[strspn(alt, " \t\r\n")]))
        rule_report(ctx, er, "picture \"%s\" has no alt text; add alt=\"...\" saying what it "
                    "shows, for readers who cannot see it", pic);
}

void check_easy_read_alt(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, alt_visit, NULL);
}

/* ---- pictures exist (EASY-008) ----
 * The easy-read render draws every picture and stops when one cannot be
 * read, so each is checked here first, by the same rules the renderer
 * keeps: a starter pictogram must be in the data folder's
 * templates/pictures; a file of the plan's own must be a regular SVG or PNG
 * file inside the plan's folder (after following links), within the size
 * limit. */

/* The folder a picture of the plan's own is read from: the plan's folder
 * ("." for a plan named without a folder, or read from standard input). */
static char *plan_folder(const char *file)
{
    const char *slash = file ? strrchr(file, '/') : NULL;
    if (!slash) return xstrdup(".");
    return slash == file ? xstrdup("/") : xstrndup(file, (size_t)(slash - file));
}

/* 1 when path's ".." parts climb above where it starts ("a/../../b"). */
static int climbs_out(const char *path)
{
    long depth = 0;
    for (const char *p = path; *p;) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            if (--depth < 0) return 1;
        } else if (n > 0 && !(n == 1 && p[0] == '.')) {
            depth++;
        }
        p += n;
        while (*p == '/') p++;
    }
    return 0;
}

static int ends_with_ci(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n > t && !strcasecmp(s + n - t, tail);
}

static void pictogram_check(rule_context *ctx, const xmlNode *er, const char *pic, const char *name)
{
    if (!*name || name[strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-")]) {
        rule_report(ctx, er, "picture \"%s\" is not a pictogram name: after \"pictogram:\" use only "
                    "small letters, digits and hyphens, like pictogram:bus (the names are listed in "
                    "templates/pictures/LICENSE.md)", pic);
        return;
    }
    char *rel = xasprintf("templates/pictures/%s.svg", name);
    char *path = datadir_path(ctx->data->datadir, rel);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        rule_report(ctx, er, "picture \"%s\" names a pictogram that does not exist (no %s in the data "
                    "folder); use one listed in templates/pictures/LICENSE.md, or add %s.svg there",
                    pic, rel, name);
    free(path);
    free(rel);
}

static void file_check(rule_context *ctx, const xmlNode *er, const char *pic)
{
    if (strstr(pic, "://") || !strncasecmp(pic, "data:", 5) || !strncasecmp(pic, "file:", 5)) {
        rule_report(ctx, er, "picture \"%s\" is a URL; easy read only draws files, so save the "
                    "picture in the plan's folder and give its path relative to the plan", pic);
        return;
    }
    if (pic[0] == '/') {
        rule_report(ctx, er, "picture \"%s\" is an absolute path; copy the picture into the plan's "
                    "folder and give its path relative to the plan (for example pictures/me.svg)", pic);
        return;
    }
    if (climbs_out(pic)) {
        rule_report(ctx, er, "picture \"%s\" uses \"..\" to leave the plan's folder, which easy read "
                    "refuses; copy the picture into the plan's folder", pic);
        return;
    }
    if (!ends_with_ci(pic, ".svg") && !ends_with_ci(pic, ".png")) {
        rule_report(ctx, er, "picture \"%s\" is not an SVG or PNG file; save it as .svg or .png", pic);
        return;
    }
    char *dir = plan_folder(ctx->file);
    char *joined = xasprintf("%s/%s", dir, pic);
    char *real = realpath(joined, NULL);
    char *real_dir = realpath(dir, NULL);
    struct stat st;
    size_t limit = limits_max_picture_bytes();
    if (!real) {
        rule_report(ctx, er, "picture \"%s\" cannot be found (looked for %s); check the path, which "
                    "is relative to the plan's folder, or use a pictogram such as pictogram:star",
                    pic, joined);
    } else if (!real_dir || strncmp(real, real_dir, strlen(real_dir)) ||
               (real[strlen(real_dir)] != '/' && strcmp(real_dir, "/"))) {
        rule_report(ctx, er, "picture \"%s\" is a link to a file outside the plan's folder, which "
                    "easy read refuses; copy the picture itself into the plan's folder", pic);
    } else if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
        rule_report(ctx, er, "picture \"%s\" is not a regular file; give the path of an SVG or PNG "
                    "file", pic);
    } else if ((unsigned long long)st.st_size > (unsigned long long)limit) {
        rule_report(ctx, er, "picture \"%s\" is %lld bytes, over the limit of %zu "
                    "(EHCP_MAX_PICTURE_BYTES); make it smaller, for example as an SVG or a "
                    "PNG of fewer pixels", pic, (long long)st.st_size, limit);
    }
    free(real_dir);
    free(real);
    free(joined);
    free(dir);
}

static void picture_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    const char *attr = plan_attr(er, "picture");
    if (!attr) return;
    /* as the stylesheet reads it: blanks around the value do not count */
    size_t lead = strspn(attr, " \t\r\n"), len = strlen(attr + lead);
    while (len && strchr(" \t\r\n", attr[lead + len - 1])) len--;
    char *pic = xstrndup(attr + lead, len);
    if (!*pic)
        rule_report(ctx, er, "the picture attribute is empty; name a picture (pictogram:NAME or a "
                    "file beside the plan) or leave the attribute out");
    else if (!strncmp(pic, "pictogram:", 10))
        pictogram_check(ctx, er, pic, pic + 10);
    else
        file_check(ctx, er, pic);
    free(pic);
}

void check_easy_read_pictures(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, picture_visit, NULL);
}

/* Sentences end at '.', '!' or '?' followed by a blank or the end. */
static const char *sentence_end(const char *s)
{
    for (; *s; s++)
        if ((*s == '.' || *s == '!' || *s == '?') && (s[1] == '\0' || isspace((unsigned char)s[1])))
            return s + 1;
    return s;
}

static void sentence_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    char *text = plan_text(er);
    for (const char *s = text; *s;) {
        const char *end = sentence_end(s);
        char *one = strndup(s, (size_t)(end - s));
        size_t words = text_word_count(one);
        if (words > MAX_SENTENCE_WORDS)
            rule_report(ctx, er, "easy-read sentence has %zu words (\"%s\"); use at most %d — "
                        "split it into two sentences", words, one, MAX_SENTENCE_WORDS);
        free(one);
        s = end;
        while (isspace((unsigned char)*s)) s++;
    }
    free(text);
}

void check_easy_read_sentences(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, sentence_visit, NULL);
}

static void long_word_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    char *text = plan_text(er);
    char *save = NULL;
    for (char *w = strtok_r(text, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        size_t letters = 0;
        for (const unsigned char *p = (const unsigned char *)w; *p; p++)
            if (isalpha(*p) || (*p >= 0xC0)) letters++;   /* one count per UTF-8 letter */
        if (letters <= MAX_WORD_LETTERS) continue;
        size_t len = strlen(w);
        while (len && ispunct((unsigned char)w[len - 1])) len--;
        rule_report(ctx, er, "easy-read word \"%.*s\" has %zu letters; use a shorter everyday "
                    "word (at most %d letters), or explain it", (int)len, w, letters,
                    MAX_WORD_LETTERS);
        break;      /* one per line is enough to send the writer back to it */
    }
    free(text);
}

void check_easy_read_long_words(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, long_word_visit, NULL);
}

/* 1 when the plan's hard-words list explains term. */
static int explained(const rule_context *ctx, const char *term)
{
    const xmlNode *hw = plan_child(ctx->root, "hard-words");
    for (const xmlNode *w = plan_child(hw, "word"); w; w = plan_next(w, "word")) {
        const char *t = plan_attr(w, "term");
        if (t && !strcasecmp(t, term)) return 1;
    }
    return 0;
}

static void jargon_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    char *text = plan_text(er);
    word_match m[16];
    size_t n = wordlist_scan(ctx->data->jargon, text, m, 16);
    for (size_t i = 0; i < n; i++) {
        if (explained(ctx, m[i].entry->phrase)) continue;
        rule_report(ctx, er, "easy-read text uses \"%.*s\"%s%s; %s", (int)m[i].len, text + m[i].at,
                    m[i].entry->why[0] ? " — " : "", m[i].entry->why,
                    m[i].entry->fix[0] ? m[i].entry->fix
                                       : "use an everyday word, or explain it in <hard-words>");
    }
    free(text);
}

void check_easy_read_jargon(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, jargon_visit, NULL);
}

/* ---- passive voice: a form of "be" followed by a past participle ---- */

/* Participles that do not end in -ed, and -ed words that are feelings
 * ("I am excited"), not passives. Small on purpose: this is a hint. */
static const char *const irregular_participles[] = {
    "taken", "given", "seen", "done", "made", "told", "shown", "known", "written", "brought",
    "kept", "met", "paid", "put", "sent", "set", "taught", "bought", "held", "found", "driven",
    "chosen", "helped", NULL,
};
static const char *const feeling_words[] = {
    "tired", "excited", "interested", "scared", "bored", "worried", "pleased", "surprised",
    "frightened", "annoyed", "confused", "relaxed", "embarrassed", "ashamed", "allowed",
    "called", "named", "supposed", "used", NULL,
};
static const char *const be_forms[] = { "am", "is", "are", "was", "were", "be", "been", "being", NULL };

static int in_list(const char *const *list, const char *w)
{
    for (size_t i = 0; list[i]; i++)
        if (!strcasecmp(list[i], w)) return 1;
    return 0;
}

static int is_participle(const char *w)
{
    size_t n = strlen(w);
    if (in_list(feeling_words, w)) return 0;
    return in_list(irregular_participles, w) || (n > 4 && !strcasecmp(w + n - 2, "ed"));
}

/* Copies the next word of s (letters and apostrophes) into buf; returns
 * the position after it, or NULL at the end. */
static const char *next_word(const char *s, char *buf, size_t size)
{
    while (*s && !isalpha((unsigned char)*s)) s++;
    if (!*s) return NULL;
    size_t n = 0;
    while (*s && (isalpha((unsigned char)*s) || *s == '\'')) {
        if (n + 1 < size) buf[n++] = *s;
        s++;
    }
    buf[n] = '\0';
    return s;
}

static void passive_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)arg;
    char *text = plan_text(er);
    char prev[64] = "", word[64];
    for (const char *s = next_word(text, word, sizeof word); s; s = next_word(s, word, sizeof word)) {
        if (in_list(be_forms, prev) && is_participle(word)) {
            rule_report(ctx, er, "easy-read text may be in the passive voice (\"%s %s\"); say who "
                        "does it: \"my teacher will help me\", not \"I will be helped\"", prev, word);
            break;
        }
        memcpy(prev, word, sizeof prev);
    }
    free(text);
}

void check_easy_read_passive(rule_context *ctx)
{
    each_easy_read(ctx, ctx->root, passive_visit, NULL);
}

/* ---- readability: Flesch reading ease per section ---- */

typedef struct { size_t sentences, words, syllables; } text_stats;

/* Vowel groups, less a silent final 'e'; at least one per word. */
static size_t syllables(const char *w)
{
    size_t n = 0, len = strlen(w);
    int in_vowel = 0;
    for (size_t i = 0; i < len; i++) {
        int v = strchr("aeiouyAEIOUY", w[i]) != NULL;
        if (v && !in_vowel) n++;
        in_vowel = v;
    }
    if (len > 2 && (w[len - 1] == 'e' || w[len - 1] == 'E') && !strchr("aeiouyAEIOUY", w[len - 2])
        && n > 1 && !(w[len - 2] == 'l' && !strchr("aeiouy", w[len - 3])))
        n--;
    return n ? n : 1;
}

static void stats_visit(rule_context *ctx, const xmlNode *er, void *arg)
{
    (void)ctx;
    text_stats *st = arg;
    char *text = plan_text(er);
    for (const char *s = text; *s;) {
        const char *end = sentence_end(s);
        st->sentences++;
        s = end;
        while (isspace((unsigned char)*s)) s++;
    }
    char word[64];
    for (const char *s = next_word(text, word, sizeof word); s; s = next_word(s, word, sizeof word)) {
        st->words++;
        st->syllables += syllables(word);
    }
    free(text);
}

void check_easy_read_readability(rule_context *ctx)
{
    for (const xmlNode *sec = ctx->root->children; sec; sec = sec->next) {
        if (!is_section(sec)) continue;
        text_stats st = { 0, 0, 0 };
        each_easy_read(ctx, sec, stats_visit, &st);
        if (!st.words || !st.sentences) continue;
        double score = 206.835 - 1.015 * (double)st.words / (double)st.sentences
                       - 84.6 * (double)st.syllables / (double)st.words;
        rule_report(ctx, sec, "%s easy-read: Flesch reading ease %.0f (%zu sentence%s, %.1f words "
                    "a sentence; 80 or more is easy to read, under 60 is hard)",
                    section_title((const char *)sec->name), score, st.sentences,
                    st.sentences == 1 ? "" : "s",
                    (double)st.words / (double)st.sentences);
    }
}
