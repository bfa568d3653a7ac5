/* profile.h — style profiles (templates/profiles/<name>.profile): every size,
 * space, colour and page measure a format uses. Nothing about how a format
 * looks is hard-coded in the layout engine; it all comes from here.
 *
 * File format: one "key = value" per line; a line starting with '#' is a
 * comment; blank lines are ignored. Values are numbers, yes/no, #rrggbb colours, words from a
 * fixed list, or free text (font family). Unknown keys, bad values and keys
 * given twice are errors reported as file:line. Keys not given keep the
 * defaults of profile_defaults (the standard format). */
#ifndef EHCP_LAYOUT_PROFILE_H
#define EHCP_LAYOUT_PROFILE_H

#include <stdint.h>
#include "../util/diag.h"

typedef enum { TABLE_STYLE_GRID = 0, TABLE_STYLE_ROWS = 1 } table_style;

typedef struct {
    double page_width_mm, page_height_mm;
    double margin_top_mm, margin_bottom_mm, margin_left_mm, margin_right_mm;
    char font_family[64];
    double body_size_pt, body_size_min_pt, body_size_max_pt;
    double heading_size_pt[6];          /* h1..h6 */
    double small_size_pt;               /* span class="small" */
    double furniture_size_pt;           /* running header, footer, page numbers */
    char draft_mark[32];                /* top right of every page of a draft ("DRAFT") */
    double line_height;                 /* factor of the font's line height */
    double paragraph_space_pt;          /* after each paragraph */
    double heading_space_before_pt, heading_space_after_pt;
    double list_indent_mm, list_item_space_pt;
    double block_padding_pt;            /* inside div.box / div.signature */
    int headings_bold;
    int italics_allowed;                /* no: em is drawn bold */
    int hyphenation;                    /* must stay no: the engine never hyphenates */
    int justify;                        /* must stay no: ragged right */
    table_style table_style;
    double table_cell_padding_pt;
    double table_min_column_chars;      /* narrower columns: reflow to label-value rows */
    int table_reflow;                   /* yes: reflow tables whose columns get too narrow */
    double picture_width_mm;            /* easy read picture-row picture */
    double picture_gap_mm;
    uint32_t colour_text, colour_heading, colour_link, colour_rule;
    uint32_t colour_table_header_bg, colour_highlight_bg, colour_furniture, colour_draft;
} layout_profile;

void profile_defaults(layout_profile *p);

/* Reads a profile file over the defaults. Returns 0, or -1 after adding one
 * error per bad line (rule "PROFILE", with file and line). */
int profile_load(const char *path, layout_profile *p, diag_list *diags);

/* Applies a body size override (large print --size): every text size scales
 * by the same factor. Sizes outside [body_size_min_pt, body_size_max_pt] are
 * refused with an error. Returns 0 or -1. */
int profile_set_body_size(layout_profile *p, double body_size_pt, diag_list *diags);

#endif
