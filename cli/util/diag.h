/* diag.h — diagnostics: one finding = file, line, column, severity, rule id,
 * message, xpath. Every part of ehcp reports through a diag_list; only the
 * cmd_* layer prints them (as gcc-style text or JSON). */
#ifndef EHCP_DIAG_H
#define EHCP_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
    DIAG_NOTE = 0,
    DIAG_WARNING = 1,
    DIAG_ERROR = 2
} diag_severity;

typedef struct {
    char *file;      /* may be NULL */
    long line;       /* 0 = unknown */
    long column;     /* 0 = unknown */
    diag_severity severity;
    char *rule;      /* stable id, e.g. "THREAD-001"; "XML", "XSD", "IO" for input errors */
    char *message;   /* plain English: what is wrong and what to do */
    char *xpath;     /* may be NULL */
} diag;

typedef struct diag_list diag_list;

diag_list *diag_list_create(void);
void diag_list_destroy(diag_list *list);

/* Appends a finding. Strings are copied. Never fails silently: on out of
 * memory the process aborts with a message (there is nothing sane to do). */
void diag_add(diag_list *list, const char *file, long line, long column,
              diag_severity severity, const char *rule, const char *xpath,
              const char *fmt, ...) __attribute__((format(printf, 8, 9)));

size_t diag_count(const diag_list *list);
const diag *diag_get(const diag_list *list, size_t i);
size_t diag_count_severity(const diag_list *list, diag_severity severity);

/* Sorts by file, line, column, rule (stable) so output is deterministic. */
void diag_sort(diag_list *list);

const char *diag_severity_name(diag_severity severity);

/* gcc style: file:line:col: severity[RULE]: message */
void diag_print_text(FILE *out, const diag_list *list);
/* One JSON array of objects {file,line,column,severity,rule,message,xpath}. */
void diag_print_json(FILE *out, const diag_list *list);
/* The same objects without the enclosing array, separated by ",\n" (for
 * output that gathers several lists into one array). */
void diag_print_json_items(FILE *out, const diag_list *list);
/* Writes s as a JSON string literal (with quotes). */
void json_write_string(FILE *out, const char *s);

#endif
