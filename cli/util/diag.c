/* diag.c — the list of findings and its two printers (text, JSON). */
#include "diag.h"
#include "xmem.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct diag_list {
    diag *items;
    size_t count;
    size_t cap;
};

diag_list *diag_list_create(void)
{
    return xcalloc(1, sizeof(diag_list));
}

void diag_list_destroy(diag_list *list)
{
    if (!list) return;
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].file);
        free(list->items[i].rule);
        free(list->items[i].message);
        free(list->items[i].xpath);
    }
    free(list->items);
    free(list);
}

void diag_add(diag_list *list, const char *file, long line, long column,
              diag_severity severity, const char *rule, const char *xpath,
              const char *fmt, ...)
{
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->items = xrealloc(list->items, list->cap * sizeof(diag));
    }
    diag *d = &list->items[list->count++];
    d->file = file ? xstrdup(file) : NULL;
    d->line = line;
    d->column = column;
    d->severity = severity;
    d->rule = xstrdup(rule ? rule : "");
    d->xpath = xpath ? xstrdup(xpath) : NULL;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    d->message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    va_start(ap, fmt);
    vsnprintf(d->message, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    va_end(ap);
    if (n <= 0) d->message[0] = '\0';
}

size_t diag_count(const diag_list *list)
{
    return list->count;
}

const diag *diag_get(const diag_list *list, size_t i)
{
    return i < list->count ? &list->items[i] : NULL;
}

size_t diag_count_severity(const diag_list *list, diag_severity severity)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i].severity == severity) n++;
    return n;
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int diag_cmp(const diag *a, const diag *b)
{
    int c = cmp_str(a->file, b->file);
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->column != b->column) return a->column < b->column ? -1 : 1;
    return cmp_str(a->rule, b->rule);
}

/* Insertion sort: stable, and lists are short (tens of findings). */
void diag_sort(diag_list *list)
{
    for (size_t i = 1; i < list->count; i++) {
        diag tmp = list->items[i];
        size_t j = i;
        while (j > 0 && diag_cmp(&list->items[j - 1], &tmp) > 0) {
            list->items[j] = list->items[j - 1];
            j--;
        }
        list->items[j] = tmp;
    }
}

const char *diag_severity_name(diag_severity severity)
{
    switch (severity) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    default: return "note";
    }
}

void diag_print_text(FILE *out, const diag_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        const diag *d = &list->items[i];
        fputs(d->file ? d->file : "<input>", out);
        if (d->line > 0) fprintf(out, ":%ld", d->line);
        if (d->line > 0 && d->column > 0) fprintf(out, ":%ld", d->column);
        fprintf(out, ": %s", diag_severity_name(d->severity));
        if (d->rule[0]) fprintf(out, "[%s]", d->rule);
        fprintf(out, ": %s\n", d->message);
    }
}

void json_write_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20) fprintf(out, "\\u%04x", *p);
            else fputc(*p, out);
        }
    }
    fputc('"', out);
}

void diag_print_json_items(FILE *out, const diag_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        const diag *d = &list->items[i];
        fputs(i ? ",\n {" : " {", out);
        fputs("\"file\": ", out);
        if (d->file) json_write_string(out, d->file); else fputs("null", out);
        fprintf(out, ", \"line\": %ld, \"column\": %ld, \"severity\": ", d->line, d->column);
        json_write_string(out, diag_severity_name(d->severity));
        fputs(", \"rule\": ", out);
        json_write_string(out, d->rule);
        fputs(", \"message\": ", out);
        json_write_string(out, d->message);
        fputs(", \"xpath\": ", out);
        if (d->xpath) json_write_string(out, d->xpath); else fputs("null", out);
        fputs("}", out);
    }
}

void diag_print_json(FILE *out, const diag_list *list)
{
    fputs(list->count ? "[\n" : "[", out);
    diag_print_json_items(out, list);
    fputs(list->count ? "\n]\n" : "]\n", out);
}
