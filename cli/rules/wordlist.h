/* wordlist.h — the phrase lists the rules read from schema/ text files (vague
 * wording, service words, jargon, ...). Data, not code: a council can add a
 * phrase without touching C.
 *
 * File format: one entry per line, "phrase | why | fix" (the second and
 * third fields are optional); blank lines and lines starting with '#' are
 * ignored. Phrases match whole words, ignoring case, unless the phrase starts
 * with '=' (then case matters: "=may" does not catch the month "May"). */
#ifndef EHCP_WORDLIST_H
#define EHCP_WORDLIST_H

#include <stddef.h>
#include "../util/diag.h"

typedef struct {
    char *phrase;
    char *why;       /* "" when absent */
    char *fix;       /* "" when absent */
    int match_case;
} word_entry;

typedef struct wordlist wordlist;

/* Reads path; NULL after one "IO" diagnostic. */
wordlist *wordlist_load(const char *path, diag_list *diags);
/* From a string in the same format (tests). */
wordlist *wordlist_parse(const char *text);
void wordlist_free(wordlist *list);
size_t wordlist_count(const wordlist *list);
const word_entry *wordlist_get(const wordlist *list, size_t i);

/* One place an entry occurs in a text. */
typedef struct {
    const word_entry *entry;
    size_t at;        /* byte offset in the text */
    size_t len;       /* bytes matched */
} word_match;

/* Finds the first occurrence of every entry in text, in order of offset,
 * dropping matches inside a longer one ("may" inside "may benefit from").
 * Writes at most max matches; returns how many were written. */
size_t wordlist_scan(const wordlist *list, const char *text, word_match *out, size_t max);

/* Offset of phrase in text as a whole word (ignoring case), or -1. */
long phrase_find(const char *text, const char *phrase, int match_case);

#endif
