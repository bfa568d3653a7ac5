/* wordlist.c — see wordlist.h. */
#include "wordlist.h"
#include "../util/xmem.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct wordlist {
    word_entry *items;
    size_t count, cap;
};

static char *trim_copy(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    return xstrndup(s, n);
}

static void add_line(wordlist *list, const char *line, size_t n)
{
    char *fields[3] = { NULL, NULL, NULL };
    size_t f = 0;
    const char *start = line;
    for (size_t i = 0; i <= n && f < 3; i++) {
        if (i == n || (line[i] == '|' && f < 2)) {
            fields[f++] = trim_copy(start, (size_t)(line + i - start));
            start = line + i + 1;
        }
    }
    if (!fields[0] || !fields[0][0] || fields[0][0] == '#') {
        for (size_t i = 0; i < 3; i++) free(fields[i]);
        return;
    }
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 32;
        list->items = xrealloc(list->items, list->cap * sizeof(word_entry));
    }
    word_entry *e = &list->items[list->count++];
    e->match_case = fields[0][0] == '=';
    e->phrase = e->match_case ? xstrdup(fields[0] + 1) : fields[0];
    if (e->match_case) free(fields[0]);
    e->why = fields[1] ? fields[1] : xstrdup("");
    e->fix = fields[2] ? fields[2] : xstrdup("");
}

wordlist *wordlist_parse(const char *text)
{
    wordlist *list = xcalloc(1, sizeof *list);
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        add_line(list, text, n);
        text += n + (nl != NULL);
    }
    return list;
}

wordlist *wordlist_load(const char *path, diag_list *diags)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot read this word list: %s; check the installation (EHCP_DATADIR)",
                 strerror(errno));
        return NULL;
    }
    bytebuf b;
    bytebuf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) bytebuf_append(&b, chunk, n);
    fclose(f);
    bytebuf_append(&b, "", 1);
    wordlist *list = wordlist_parse((const char *)b.data);
    bytebuf_free(&b);
    return list;
}

void wordlist_free(wordlist *list)
{
    if (!list) return;
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].phrase);
        free(list->items[i].why);
        free(list->items[i].fix);
    }
    free(list->items);
    free(list);
}

size_t wordlist_count(const wordlist *list)
{
    return list ? list->count : 0;
}

const word_entry *wordlist_get(const wordlist *list, size_t i)
{
    return list && i < list->count ? &list->items[i] : NULL;
}

static int is_word_char(unsigned char c)
{
    /* Bytes of multi-byte UTF-8 letters count as word characters, so
     * "café" never ends a match at "caf". */
    return isalnum(c) || c >= 0x80;
}

long phrase_find(const char *text, const char *phrase, int match_case)
{
    size_t pl = strlen(phrase);
    if (!pl) return -1;
    /* The first byte is compared before the whole phrase: every list is
     * scanned over every text of a plan, and strncasecmp at each byte was
     * a fifth of validating one. */
    int first = (unsigned char)phrase[0];
    int first_lower = tolower(first), first_upper = toupper(first);
    for (const char *p = text; *p; p++) {
        int c = (unsigned char)*p;
        if (match_case ? c != first : c != first_lower && c != first_upper) continue;
        int same = match_case ? strncmp(p, phrase, pl) == 0
                              : strncasecmp(p, phrase, pl) == 0;
        if (!same) continue;
        if (p > text && is_word_char((unsigned char)p[-1]) &&
            is_word_char((unsigned char)phrase[0])) continue;
        if (is_word_char((unsigned char)p[pl]) &&
            is_word_char((unsigned char)phrase[pl - 1])) continue;
        return (long)(p - text);
    }
    return -1;
}

static int match_cmp(const void *a, const void *b)
{
    const word_match *x = a, *y = b;
    if (x->at != y->at) return x->at < y->at ? -1 : 1;
    if (x->len != y->len) return x->len > y->len ? -1 : 1;
    return 0;
}

size_t wordlist_scan(const wordlist *list, const char *text, word_match *out, size_t max)
{
    if (!list || !text || !max) return 0;
    word_match *all = xmalloc((list->count ? list->count : 1) * sizeof *all);
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++) {
        long at = phrase_find(text, list->items[i].phrase, list->items[i].match_case);
        if (at >= 0)
            all[n++] = (word_match){ &list->items[i], (size_t)at, strlen(list->items[i].phrase) };
    }
    qsort(all, n, sizeof *all, match_cmp);
    size_t kept = 0, end = 0;
    for (size_t i = 0; i < n && kept < max; i++) {
        if (kept && all[i].at + all[i].len <= end) continue;   /* inside a longer one */
        out[kept++] = all[i];
        if (all[i].at + all[i].len > end) end = all[i].at + all[i].len;
    }
    free(all);
    return kept;
}
