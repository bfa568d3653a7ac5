/* easyread.c — checks of the plan's easy-read lines (EASY-), active only
 * with ehcp validate --for easy-read: every section and outcome has one,
 * pictures have alt text, and the words follow the usual easy-read
 * guidance (short sentences, short words, no jargon, active voice). Each
 * section also gets a readability figure as a note. */
#include "rule_checks.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
