# standard.profile — the statutory EHC plan: A4, 11.5 pt Liberation Sans.
#
# Format: one "key = value" per line; a line starting with # is a comment. Keys not given
# here take the engine's defaults (which equal this file). Every key:
#   page_width_mm, page_height_mm      page size
#   margin_*_mm                        top, bottom, left, right margins; the
#                                      running header and footer sit inside them
#   font_family                        a family bundled in fonts/ (fallback: DejaVu Sans)
#   body_size_pt                       paragraph text size
#   body_size_min_pt, body_size_max_pt the range a --size override may choose
#   h1_size_pt .. h6_size_pt           heading sizes
#   small_size_pt                      <span class="small">
#   furniture_size_pt                  running header, "Page n of N", contents page numbers
#   draft_mark                         the words at the top right of every page of a draft
#                                      plan (1 to 31 characters; default DRAFT; easy read
#                                      says Draft, as it has no text in capitals)
#   line_height                        factor of the font's natural line height
#   paragraph_space_pt                 space after each paragraph and block
#   heading_space_before_pt / _after_pt
#   list_indent_mm, list_item_space_pt
#   block_padding_pt                   inside div.box and div.signature borders
#   headings_bold                      yes | no
#   italics_allowed                    no: <em> is drawn bold instead of italic
#   hyphenation                        must be no (the engine never hyphenates)
#   justify                            no: ragged right, never justified
#   table_style                        grid (all cell borders) | rows (rules between rows)
#   table_cell_padding_pt
#   table_reflow                       yes: a table whose columns would be narrower than
#   table_min_column_chars             this many average characters is drawn as stacked
#                                      label-value rows (header cell text as the label)
#   picture_width_mm, picture_gap_mm   easy read picture-row: picture width, gap to text
#   colour_*                           #rrggbb: text, heading, link, rule, table_header_bg,
#                                      highlight_bg, furniture (header/footer), draft

page_width_mm = 210
page_height_mm = 297
margin_top_mm = 20
margin_bottom_mm = 20
margin_left_mm = 20
margin_right_mm = 20

font_family = Liberation Sans
body_size_pt = 11.5
body_size_min_pt = 10
body_size_max_pt = 14
h1_size_pt = 20
h2_size_pt = 16
h3_size_pt = 13.5
h4_size_pt = 12
h5_size_pt = 11.5
h6_size_pt = 11.5
small_size_pt = 9.5
furniture_size_pt = 9
draft_mark = DRAFT

line_height = 1.3
paragraph_space_pt = 6
heading_space_before_pt = 12
heading_space_after_pt = 6
list_indent_mm = 7
list_item_space_pt = 3
block_padding_pt = 8

headings_bold = yes
italics_allowed = yes
hyphenation = no
justify = no

table_style = grid
table_cell_padding_pt = 4
table_reflow = no
table_min_column_chars = 8

picture_width_mm = 35
picture_gap_mm = 8

colour_text = #1a1a1a
colour_heading = #1a1a1a
colour_link = #0b4f9c
colour_rule = #707070
colour_table_header_bg = #e8eef4
colour_highlight_bg = #fff2a8
colour_furniture = #404040
colour_draft = #b00020
