/* profile.c — reads style profiles; see profile.h for the format. The key
 * table below is the single list of what a profile may say. */
#include "profile.h"
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { KEY_NUMBER, KEY_BOOL, KEY_COLOUR, KEY_TEXT, KEY_TABLE_STYLE } key_type;

typedef struct {
    const char *name;
    key_type type;
    size_t offset;
    double min, max;   /* numbers only */
} profile_key;

#define NUM(n, field, lo, hi) { n, KEY_NUMBER, offsetof(layout_profile, field), lo, hi }
#define FLAG(n, field) { n, KEY_BOOL, offsetof(layout_profile, field), 0, 0 }
#define COLOUR(n, field) { n, KEY_COLOUR, offsetof(layout_profile, field), 0, 0 }
/* free text: max is the size of the field's buffer (text up to max - 1 bytes) */
#define TEXT(n, field) \
    { n, KEY_TEXT, offsetof(layout_profile, field), 0, (double)sizeof(((layout_profile *)0)->field) }

static const profile_key profile_keys[] = {
    NUM("page_width_mm", page_width_mm, 50, 1000),
    NUM("page_height_mm", page_height_mm, 50, 1000),
    NUM("margin_top_mm", margin_top_mm, 0, 100),
    NUM("margin_bottom_mm", margin_bottom_mm, 0, 100),
    NUM("margin_left_mm", margin_left_mm, 0, 100),
    NUM("margin_right_mm", margin_right_mm, 0, 100),
    TEXT("font_family", font_family),
    NUM("body_size_pt", body_size_pt, 6, 48),
    NUM("body_size_min_pt", body_size_min_pt, 6, 48),
    NUM("body_size_max_pt", body_size_max_pt, 6, 48),
    NUM("h1_size_pt", heading_size_pt[0], 6, 72),
    NUM("h2_size_pt", heading_size_pt[1], 6, 72),
    NUM("h3_size_pt", heading_size_pt[2], 6, 72),
    NUM("h4_size_pt", heading_size_pt[3], 6, 72),
    NUM("h5_size_pt", heading_size_pt[4], 6, 72),
    NUM("h6_size_pt", heading_size_pt[5], 6, 72),
    NUM("small_size_pt", small_size_pt, 6, 48),
    NUM("furniture_size_pt", furniture_size_pt, 6, 48),
    TEXT("draft_mark", draft_mark),
    NUM("line_height", line_height, 1.0, 3.0),
    NUM("paragraph_space_pt", paragraph_space_pt, 0, 72),
    NUM("heading_space_before_pt", heading_space_before_pt, 0, 144),
    NUM("heading_space_after_pt", heading_space_after_pt, 0, 72),
    NUM("list_indent_mm", list_indent_mm, 2, 50),
    NUM("list_item_space_pt", list_item_space_pt, 0, 72),
    NUM("block_padding_pt", block_padding_pt, 0, 72),
    FLAG("headings_bold", headings_bold),
    FLAG("italics_allowed", italics_allowed),
    FLAG("hyphenation", hyphenation),
    FLAG("justify", justify),
    { "table_style", KEY_TABLE_STYLE, offsetof(layout_profile, table_style), 0, 0 },
    NUM("table_cell_padding_pt", table_cell_padding_pt, 0, 36),
    NUM("table_min_column_chars", table_min_column_chars, 1, 100),
    FLAG("table_reflow", table_reflow),
    NUM("picture_width_mm", picture_width_mm, 5, 150),
    NUM("picture_gap_mm", picture_gap_mm, 0, 50),
    COLOUR("colour_text", colour_text),
    COLOUR("colour_heading", colour_heading),
    COLOUR("colour_link", colour_link),
    COLOUR("colour_rule", colour_rule),
    COLOUR("colour_table_header_bg", colour_table_header_bg),
    COLOUR("colour_highlight_bg", colour_highlight_bg),
    COLOUR("colour_furniture", colour_furniture),
    COLOUR("colour_draft", colour_draft),
};
#define N_KEYS (sizeof profile_keys / sizeof profile_keys[0])

void profile_defaults(layout_profile *p)
{
    memset(p, 0, sizeof *p);
    p->page_width_mm = 210;
    p->page_height_mm = 297;
    p->margin_top_mm = p->margin_bottom_mm = 20;
    p->margin_left_mm = p->margin_right_mm = 20;
    snprintf(p->font_family, sizeof p->font_family, "Liberation Sans");
    p->body_size_pt = 11.5;
    p->body_size_min_pt = 10;
    p->body_size_max_pt = 14;
    const double h[6] = { 20, 16, 13.5, 12, 11.5, 11.5 };
    memcpy(p->heading_size_pt, h, sizeof h);
    p->small_size_pt = 9.5;
    p->furniture_size_pt = 9;
    snprintf(p->draft_mark, sizeof p->draft_mark, "DRAFT");
    p->line_height = 1.3;
    p->paragraph_space_pt = 6;
    p->heading_space_before_pt = 12;
    p->heading_space_after_pt = 6;
    p->list_indent_mm = 7;
    p->list_item_space_pt = 3;
    p->block_padding_pt = 8;
    p->headings_bold = 1;
    p->italics_allowed = 1;
    p->table_style = TABLE_STYLE_GRID;
    p->table_cell_padding_pt = 4;
    p->table_min_column_chars = 8;
    p->picture_width_mm = 35;
    p->picture_gap_mm = 8;
    p->colour_text = 0x1a1a1a;
    p->colour_heading = 0x1a1a1a;
    p->colour_link = 0x0b4f9c;
    p->colour_rule = 0x707070;
    p->colour_table_header_bg = 0xe8eef4;
    p->colour_highlight_bg = 0xfff2a8;
    p->colour_furniture = 0x404040;
    p->colour_draft = 0xb00020;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1])) *--end = '\0';
    return s;
}

static const profile_key *find_key(const char *name)
{
    for (size_t i = 0; i < N_KEYS; i++)
        if (strcmp(profile_keys[i].name, name) == 0) return &profile_keys[i];
    return NULL;
}

/* Returns NULL when the value is fine, else what is wrong with it. */
static const char *set_value(layout_profile *p, const profile_key *k, const char *v)
{
    char *field = (char *)p + k->offset;
    char *end = NULL;
    switch (k->type) {
    case KEY_NUMBER: {
        errno = 0;
        double d = strtod(v, &end);
        if (end == v || *end || errno) return "is not a number";
        if (d < k->min || d > k->max) return "is out of range";
        memcpy(field, &d, sizeof d);
        return NULL;
    }
    case KEY_BOOL: {
        int b;
        if (strcmp(v, "yes") == 0) b = 1;
        else if (strcmp(v, "no") == 0) b = 0;
        else return "must be yes or no";
        memcpy(field, &b, sizeof b);
        return NULL;
    }
    case KEY_COLOUR: {
        if (v[0] != '#' || strlen(v) != 7 || strspn(v + 1, "0123456789abcdefABCDEF") != 6)
            return "must be a colour written #rrggbb";
        uint32_t c = (uint32_t)strtoul(v + 1, NULL, 16);
        memcpy(field, &c, sizeof c);
        return NULL;
    }
    case KEY_TEXT: {
        size_t cap = (size_t)k->max;
        if (!*v || strlen(v) >= cap) return "is empty or too long";
        snprintf(field, cap, "%s", v);
        return NULL;
    }
    case KEY_TABLE_STYLE: {
        table_style t;
        if (strcmp(v, "grid") == 0) t = TABLE_STYLE_GRID;
        else if (strcmp(v, "rows") == 0) t = TABLE_STYLE_ROWS;
        else return "must be grid or rows";
        memcpy(field, &t, sizeof t);
        return NULL;
    }
    }
    return "has an unknown type";
}

static void range_hint(const profile_key *k, char *buf, size_t n)
{
    if (k->type == KEY_NUMBER) snprintf(buf, n, " (allowed: %g to %g)", k->min, k->max);
    else if (k->type == KEY_TEXT) snprintf(buf, n, " (allowed: 1 to %g characters)", k->max - 1);
    else buf[0] = '\0';
}

static int parse_line(char *line, const char *path, long lineno, layout_profile *p,
                      unsigned char *seen, diag_list *diags)
{
    char *s = trim(line);
    if (!*s || *s == '#') return 0;   /* '#' starts a comment only at the line start */
    char *eq = strchr(s, '=');
    if (!eq) {
        diag_add(diags, path, lineno, 0, DIAG_ERROR, "PROFILE", NULL,
                 "expected 'key = value', found '%s'; write one setting per line", s);
        return -1;
    }
    *eq = '\0';
    char *key = trim(s), *value = trim(eq + 1);
    const profile_key *k = find_key(key);
    if (!k) {
        diag_add(diags, path, lineno, 0, DIAG_ERROR, "PROFILE", NULL,
                 "unknown setting '%s'; check the spelling against the list in "
                 "templates/profiles/standard.profile", key);
        return -1;
    }
    size_t idx = (size_t)(k - profile_keys);
    if (seen[idx]) {
        diag_add(diags, path, lineno, 0, DIAG_ERROR, "PROFILE", NULL,
                 "setting '%s' is given twice; keep one", key);
        return -1;
    }
    seen[idx] = 1;
    const char *problem = set_value(p, k, value);
    if (problem) {
        char hint[64];
        range_hint(k, hint, sizeof hint);
        diag_add(diags, path, lineno, 0, DIAG_ERROR, "PROFILE", NULL,
                 "value '%s' of setting '%s' %s%s", value, key, problem, hint);
        return -1;
    }
    return 0;
}

static int check_consistency(const layout_profile *p, const char *path, diag_list *diags)
{
    const char *problem = NULL;
    if (p->body_size_min_pt > p->body_size_max_pt)
        problem = "body_size_min_pt is larger than body_size_max_pt";
    else if (p->body_size_pt < p->body_size_min_pt || p->body_size_pt > p->body_size_max_pt)
        problem = "body_size_pt is outside body_size_min_pt..body_size_max_pt";
    else if (p->hyphenation)
        problem = "hyphenation = yes is not supported; the engine never splits words with hyphens";
    else if (p->margin_left_mm + p->margin_right_mm > p->page_width_mm - 40 ||
             p->margin_top_mm + p->margin_bottom_mm > p->page_height_mm - 60)
        problem = "the margins leave too little room on the page";
    if (!problem) return 0;
    diag_add(diags, path, 0, 0, DIAG_ERROR, "PROFILE", NULL, "%s; fix the profile", problem);
    return -1;
}

int profile_load(const char *path, layout_profile *p, diag_list *diags)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot open the style profile; check the profile name and the data folder");
        return -1;
    }
    unsigned char seen[N_KEYS] = { 0 };
    char line[512];
    long lineno = 0;
    int failed = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            diag_add(diags, path, lineno, 0, DIAG_ERROR, "PROFILE", NULL,
                     "line is longer than 500 characters; shorten it");
            failed = 1;
            int c;
            while ((c = fgetc(f)) != EOF && c != '\n') {}
            continue;
        }
        if (parse_line(line, path, lineno, p, seen, diags) != 0) failed = 1;
    }
    fclose(f);
    if (failed) return -1;
    return check_consistency(p, path, diags);
}

int profile_set_body_size(layout_profile *p, double size, diag_list *diags)
{
    if (size < p->body_size_min_pt || size > p->body_size_max_pt) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "PROFILE", NULL,
                 "body size %g pt is outside what this format allows (%g to %g pt)",
                 size, p->body_size_min_pt, p->body_size_max_pt);
        return -1;
    }
    double f = size / p->body_size_pt;
    p->body_size_pt = size;
    for (int i = 0; i < 6; i++) p->heading_size_pt[i] *= f;
    p->small_size_pt *= f;
    p->furniture_size_pt *= f;
    return 0;
}
