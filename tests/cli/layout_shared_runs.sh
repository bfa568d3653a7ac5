#!/bin/bash
# tests/cli/layout_shared_runs.sh — what the layout engine shares to save work
# still draws each box as written (cli/layout/shape.c, draw_text.c,
# flow_table.c):
#  - boxes with the same text share one shaped layout only when their inline
#    attributes match: a paragraph and the same words in <strong> are drawn
#    in two different fonts (the font selected before each in the content);
#  - two links with the same words keep their own targets (/Dest);
#  - the lines of a paragraph drawn in one call keep every word, in the page
#    text and in the structure text (pdftotext, pdfinfo -struct-text);
#  - the rules of a grid table's rows on a page are one path: every rule is
#    drawn (3 rows of 2 cells: 5 segments each), in one stroke.
set -u
. "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "layout_shared_runs: $*"; fail=1; }

long="Repeated words that wrap onto more lines than one, because this paragraph is long enough to need several lines of text at the width of an A4 page with its margins."
cat >"$dir/doc.xhtml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>Shared runs test</title>
<meta name="ehcp:profile" content="standard"/></head><body>
<p>$long</p>
<p>$long</p>
<p>Plain words</p>
<p><strong>Plain words</strong></p>
<p>See <a href="#first">the place</a> here.</p>
<p>See <a href="#second">the place</a> here.</p>
<p id="first">The first place.</p>
<p id="second">The second place.</p>
<table><thead><tr><th scope="col">Name</th><th scope="col">Value</th></tr></thead>
<tbody><tr><td>One</td><td>1</td></tr><tr><td>Two</td><td>2</td></tr></tbody></table>
</body></html>
EOF
out=$dir/doc.pdf
if ! "$EHCP" render --page-document "$dir/doc.xhtml" -o "$out" >"$dir/err" 2>&1; then
    echo "layout_shared_runs: render failed:"; head -10 "$dir/err"; exit 1
fi
assert_check_pdf "$out" && assert_qpdf_clean "$out" || err "the PDF fails its checks (above)"

qpdf --qdf --object-streams=disable "$out" "$dir/q.pdf" 2>/dev/null
fonts=$(awk '/ Tf$/ { f = $1 } /^\(Plain words\)Tj$/ { print f }' "$dir/q.pdf" | sort -u | wc -l)
[ "$fonts" -eq 2 ] ||
    err "'Plain words' and <strong>'Plain words'</strong> use $fonts font(s), expected 2"
for d in first second; do
    grep -aq "/Dest ($d)" "$dir/q.pdf" || err "no link annotation to '$d'"
done

norm() { tr '\n' ' ' | tr -s ' '; }
pdftotext "$out" - 2>/dev/null | norm >"$dir/text"
n=$(grep -o "enough to need several lines of text at the width of an A4 page with its margins" "$dir/text" | wc -l)
[ "$n" -eq 2 ] || err "the repeated paragraph appears $n times in the page text, expected 2"
pdfinfo -struct-text "$out" 2>/dev/null | norm >"$dir/struct"
n=$(grep -o "$long" "$dir/struct" | wc -l)
[ "$n" -eq 2 ] || err "the repeated paragraph appears whole $n times in the structure text, expected 2"
grep -q "Plain words" "$dir/struct" || err "'Plain words' missing from the structure text"

# Content stream rules: "x y m x y l" segments and "S" strokes (qpdf
# --qdf may wrap a long path over lines). No running header or draft mark:
# the lines are the table's and the two links' underlines (one segment, one
# stroke each).
tr '\n' ' ' <"$dir/q.pdf" | tr -s ' ' >"$dir/flat"
segs=$(grep -aoE '[0-9.]+ [0-9.]+ l ' "$dir/flat" | wc -l)
strokes=$(grep -aoE ' S ' "$dir/flat" | wc -l)
[ "$segs" -eq 17 ] || err "$segs line segments, expected 17 (the grid's 3 rows of 5, 2 underlines)"
[ "$strokes" -eq 3 ] || err "$strokes strokes, expected 3 (one for the grid, 2 underlines)"
exit $fail
