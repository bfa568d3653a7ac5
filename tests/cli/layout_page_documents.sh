#!/bin/bash
# tests/cli/layout_page_documents.sh — the layout engine on hand-written page
# documents (tests/pages/*.xhtml) and on a generated long table, rendered with
# "ehcp render --page-document", in the standard and large-print profiles:
#  - each PDF passes assert_pdfua (check-pdf, qpdf, poppler, pdf.js);
#  - page counts are plausible (basic: 1 to 4; long: 15 to 80; the generated
#    table: 3 or more);
#  - a table's header row is repeated on every page the table continues on,
#    above its rows (pdftotext per page);
#  - no heading is the last line of a page (pdftotext -bbox-layout: the lowest
#    body line is not a heading's text), contents pages excepted.
set -u
. "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "layout_page_documents: $*"; fail=1; }
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
bottom_pt() { awk -v m="$(sed -n 's/^margin_bottom_mm *= *//p' "$EHCP_DATADIR/templates/profiles/$1.profile")" 'BEGIN { printf "%.1f", m * 72 / 25.4 - 1 }'; }

# A generated long table: 70 rows with numbered cells, its header "Row number".
gen=$dir/gen-table.xhtml
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>Long table test</title>'
    echo '<meta name="ehcp:profile" content="PROFILE"/><meta name="ehcp:running-header" content="Long table test"/></head><body>'
    echo '<h1 id="t">A table longer than a page</h1><p>The header row must repeat on every page.</p>'
    echo '<table><caption>Weekly provision</caption><thead><tr><th scope="col">Row number</th><th scope="col">What happens</th><th scope="col">Who leads it</th></tr></thead><tbody>'
    for i in $(seq 1 70); do
        echo "<tr><td>Cell$i</td><td>Small group work on reading and spelling, planned by the specialist teacher, item $i.</td><td>Teaching assistant</td></tr>"
    done
    echo '</tbody></table><h2 id="after">After the table</h2><p>The end.</p></body></html>'
} >"$gen.tmp"
sed 's/PROFILE/standard/' "$gen.tmp" >"$dir/gen-table.xhtml"
sed 's/PROFILE/large-print/' "$gen.tmp" >"$dir/gen-table-lp.xhtml"
rm -f "$gen.tmp"

docs=("$EHCP_DATADIR"/tests/pages/*.xhtml "$dir/gen-table.xhtml" "$dir/gen-table-lp.xhtml")
pdfs=()
for doc in "${docs[@]}"; do
    b=$(basename "$doc" .xhtml)
    out=$dir/$b.pdf
    if ! "$EHCP" render --page-document "$doc" -o "$out" >"$dir/err" 2>&1; then
        err "ehcp render --page-document $b.xhtml failed:"; head -10 "$dir/err"; continue
    fi
    pdfs+=("$out")
    assert_check_pdf "$out" && assert_qpdf_clean "$out" && assert_pdfinfo_ua "$out" && assert_fonts_ok "$out" ||
        err "$b.pdf fails the PDF/UA checks (above)"
    n=$(pages_of "$out")
    case $b in
        basic) lo=1 hi=4 ;; long) lo=15 hi=80 ;; gen-table*) lo=3 hi=40 ;; *) lo=1 hi=500 ;;
    esac
    [ "${n:-0}" -ge "$lo" ] && [ "${n:-0}" -le "$hi" ] || err "$b.pdf has ${n:-no} pages, expected $lo to $hi"

    # Header rows repeated: the first header cell of each table, and the text
    # that starts each of its body rows (first cell, first three words).
    xmllint --xpath '//*[local-name()="table"]' "$doc" >/dev/null 2>&1 || continue
    xsltproc - "$doc" >"$dir/$b.rows" 2>/dev/null <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:h="http://www.w3.org/1999/xhtml">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//h:table[h:thead]">
      <xsl:variable name="head" select="normalize-space(h:thead/h:tr[1]/h:th[1])"/>
      <xsl:for-each select="h:tbody/h:tr">
        <xsl:value-of select="concat($head, '&#9;', normalize-space(*[1]), '&#10;')"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
XSL
    # The page where each row starts (its first cell's first six words): the
    # table's header must be on that page, above it. One awk over the pages.
    pdftotext "$out" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$dir/$b.txt"
    awk -F'\t' -v name="$b.pdf" '
        NR == FNR { n = split($2, w, " "); c = w[1]; for (i = 2; i <= 6 && i <= n; i++) c = c " " w[i]
                    if (c != "") { head[++nr] = $1; cell[nr] = c }; next }
        { page[++np] = $0 }
        END {
            for (r = 1; r <= nr; r++)
                for (p = 1; p <= np; p++) {
                    cp = index(page[p], cell[r]); if (!cp) continue
                    if (!(p in done)) { done[p] = 1; hp = index(page[p], head[r])
                        if (!hp || hp > cp) printf "%s page %d: table rows (\"%s\"...) without the header row (\"%s\") above them\n", name, p, cell[r], head[r] }
                    break
                }
        }' "$dir/$b.rows" RS='\f' "$dir/$b.txt" >"$dir/$b.headcheck"
    [ -s "$dir/$b.headcheck" ] && { sed 's/^/layout_page_documents: /' "$dir/$b.headcheck"; fail=1; }
done

# Headings at a page foot: the lowest body line of a page is not a heading.
if [ "${#pdfs[@]}" -gt 0 ]; then
    node "$EHCP_DATADIR/tests/pdfjs/measure.mjs" --toc-pages "${pdfs[@]}" >"$dir/toc" 2>&1 ||
        err "pdf.js: $(grep -v ': ok: ' "$dir/toc")"
    out=$(node "$EHCP_DATADIR/tests/pdfjs/check.mjs" "${pdfs[@]}" 2>&1) || err "pdf.js check.mjs:
$out"
fi
for out in "${pdfs[@]}"; do
    b=$(basename "$out" .pdf)
    doc=$(for d in "${docs[@]}"; do [ "$(basename "$d" .xhtml)" = "$b" ] && echo "$d"; done | head -n 1)
    profile=$(xmllint --xpath 'string(//*[local-name()="meta"][@name="ehcp:profile"]/@content)' "$doc" 2>/dev/null)
    [ -f "$EHCP_DATADIR/templates/profiles/${profile:-standard}.profile" ] || profile=standard
    toc=" $(sed -n "s|^$out: toc pages: ||p" "$dir/toc") "
    xsltproc - "$doc" 2>/dev/null <<'XSL' | grep -v '^$' >"$dir/$b.heads"
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:h="http://www.w3.org/1999/xhtml">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//h:h1|//h:h2|//h:h3|//h:h4|//h:h5|//h:h6">
      <xsl:value-of select="concat(normalize-space(.), '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
XSL
    pdftotext -bbox-layout "$out" "$dir/$b.layout.html"
    awk -F'\t' -v name="$b.pdf" -v toc="$toc" '
        NR == FNR { heads[$0] = 1; next }
        index(toc, " " $1 " ") || $2 == "" { next }
        {   # the whole heading, or the last line of a wrapped one
            bad = ($2 in heads)
            for (h in heads) { k = length(h) - length($2); if (k > 0 && substr(h, k) == " " $2) bad = 1 }
            if (bad) printf "layout_page_documents: %s page %d ends with the heading \"%s\"\n", name, $1, $2
        }' "$dir/$b.heads" - <<<"$(node "$EHCP_DATADIR/tests/tools/last_lines.mjs" --bottom "$(bottom_pt "${profile:-standard}")" "$dir/$b.layout.html")" \
        >"$dir/$b.lastheads"
    [ -s "$dir/$b.lastheads" ] && { cat "$dir/$b.lastheads"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "layout_page_documents: ${#pdfs[@]} page documents pass"
exit $fail
