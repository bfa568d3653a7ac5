#!/bin/bash
# tests/cli/layout_one_line.sh — a text that fits on one line is laid out
# without a width (Pango shapes it once instead of twice, cli/layout/shape.c);
# that must not change where it is drawn:
#  - a right-to-left paragraph is still aligned to the right edge of the
#    column (its alignment is taken from the layout's width);
#  - a line that is one word too long still wraps, and a short one does not.
set -u
. "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "layout_one_line: $*"; fail=1; }

long="Words on a line that is too long for one line of the column at this size of type, so it is wrapped onto a second line by the breaker"
cat >"$dir/doc.xhtml" <<EOF2
<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>One line test</title>
<meta name="ehcp:profile" content="standard"/></head><body>
<p>Short words</p>
<p>שלום עולם</p>
<p>$long</p>
</body></html>
EOF2
out=$dir/doc.pdf
if ! "$EHCP" render --page-document "$dir/doc.xhtml" -o "$out" >"$dir/err" 2>&1; then
    echo "layout_one_line: render failed:"; head -10 "$dir/err"; exit 1
fi
assert_check_pdf "$out" && assert_qpdf_clean "$out" || err "the PDF fails its checks (above)"

# Left edges of the words (pdftotext -bbox: xMin, in points; A4 is 595 wide).
pdftotext -bbox "$out" "$dir/bbox.html" 2>/dev/null
xmin() { grep -m1 ">$1</word>" "$dir/bbox.html" | sed 's/.*xMin="\([0-9.]*\)".*/\1/'; }
x=$(xmin "Short")
h=$(grep -m1 -e '>[^<]*ש[^<]*</word>' -e '>[^<]*ם[^<]*</word>' "$dir/bbox.html" | sed 's/.*xMin="\([0-9.]*\)".*/\1/')
[ -n "$x" ] && [ -n "$h" ] || err "words missing from the page text (Short: '$x', Hebrew: '$h')"
if [ -n "$x" ] && [ -n "$h" ]; then
    awk -v x="$x" 'BEGIN { exit !(x < 100) }' || err "'Short words' starts at x=$x, expected the left margin"
    awk -v h="$h" 'BEGIN { exit !(h > 400) }' ||
        err "the right-to-left paragraph starts at x=$h, expected it aligned to the right edge"
fi
lines=$(pdftotext -layout "$out" - 2>/dev/null | grep -c "Short words")
[ "$lines" -eq 1 ] || err "'Short words' is on $lines lines of the page text, expected 1"
first=$(pdftotext "$out" - 2>/dev/null | grep -m1 "^Words on a line")
[ -n "$first" ] && [ "$first" != "$long" ] || err "the too-long line was not wrapped: '$first'"
exit $fail
