# large-print.profile — for readers with low vision: 18 pt text (a --size of
# 16 to 24 pt scales every size), headings larger and bold, 1.5 line spacing,
# left aligned, no italics (em drawn bold), page numbers as large as the text,
# tables that would get too narrow reflow into stacked label-value rows.
# The top margin is 24 mm so that the 18 pt running header and the 27 pt
# DRAFT mark above it stay clear of the printer's unprintable edge.
# See standard.profile for what every key means.
page_width_mm = 210
page_height_mm = 297
margin_top_mm = 24
margin_bottom_mm = 22
margin_left_mm = 18
margin_right_mm = 18
font_family = Liberation Sans
body_size_pt = 18
body_size_min_pt = 16
body_size_max_pt = 24
h1_size_pt = 28
h2_size_pt = 24
h3_size_pt = 21
h4_size_pt = 19
h5_size_pt = 18
h6_size_pt = 18
small_size_pt = 16
furniture_size_pt = 18
draft_mark = DRAFT
line_height = 1.5
paragraph_space_pt = 12
heading_space_before_pt = 18
heading_space_after_pt = 10
list_indent_mm = 10
list_item_space_pt = 6
block_padding_pt = 10
headings_bold = yes
italics_allowed = no
hyphenation = no
justify = no
table_style = grid
table_cell_padding_pt = 6
table_reflow = yes
table_min_column_chars = 14
picture_width_mm = 40
picture_gap_mm = 10
colour_text = #000000
colour_heading = #000000
colour_link = #003d80
colour_rule = #303030
colour_table_header_bg = #e8eef4
colour_highlight_bg = #fff2a8
colour_furniture = #000000
colour_draft = #b00020
