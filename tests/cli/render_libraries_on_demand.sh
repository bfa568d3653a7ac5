#!/bin/bash
# tests/cli/render_libraries_on_demand.sh — librsvg and libexslt are opened
# (dlopen) when needed, not linked, to save every run their start-up:
#  - librsvg when the first SVG picture is drawn (cli/layout/image.c):
#    `ehcp --version` and a standard render (no pictures) never load it; an
#    easy-read render (SVG pictograms) loads it and draws the pictures; when
#    it cannot be loaded, an easy-read render fails with one IMAGE error
#    naming librsvg (not one per picture), writes nothing, and a standard
#    render still works;
#  - libexslt when a template declares an EXSLT namespace, in itself or in a
#    stylesheet it imports (cli/page/page_sandbox.c): ours declare none, so a
#    standard render never loads it; a template whose import uses EXSLT
#    functions renders with them.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_libraries_on_demand: $*"; fail=1; }
plan=$EHCP_DATADIR/samples/year9-direct-payment.xml

for bin in "$EHCP" "$(dirname "$EHCP")/ehcp-render.so"; do
    ldd "$bin" | grep -q librsvg && err "$(basename "$bin") is linked with librsvg; it must be opened on demand"
    ldd "$bin" | grep -q libexslt && err "$(basename "$bin") is linked with libexslt; it must be opened on demand"
done

# (the loader's log goes to a file: grep -q on a pipe would stop ehcp early)
loads_rsvg() { LD_DEBUG=files "$@" 2>"$dir/ld.log" >/dev/null; grep -q 'file=librsvg-2\.so' "$dir/ld.log"; }
loads_rsvg "$EHCP" --version && err "--version loaded librsvg"
loads_rsvg "$EHCP" render "$plan" -o "$dir/standard.pdf" && err "a standard render loaded librsvg"
loads_rsvg "$EHCP" render --format easy-read "$plan" -o "$dir/easy.pdf" ||
    err "an easy-read render did not load librsvg"
[ -s "$dir/easy.pdf" ] || err "the easy-read render wrote no PDF"
# The pictures were drawn: the Figures' content is there (vector paths).
if [ -s "$dir/easy.pdf" ]; then
    figures=$(qpdf --json "$dir/easy.pdf" 2>/dev/null | grep -c '"/S": "/Figure"')
    [ "$figures" -gt 0 ] || err "the easy-read PDF has no Figure"
fi

# A librsvg that cannot be loaded: an empty file first on the library path.
mkdir -p "$dir/lib"
: >"$dir/lib/librsvg-2.so.2"
LD_LIBRARY_PATH=$dir/lib "$EHCP" render --format easy-read "$plan" -o "$dir/none.pdf" \
    >"$dir/out" 2>&1
rc=$?
[ "$rc" -ne 0 ] || err "easy read without librsvg succeeded"
[ "$rc" -lt 128 ] || err "easy read without librsvg crashed (status $rc)"
n=$(grep -c 'error\[IMAGE\]: SVG pictures need librsvg, which cannot be loaded' "$dir/out")
[ "$n" -eq 1 ] || { err "expected one librsvg error, got $n:"; head -5 "$dir/out"; }
[ -e "$dir/none.pdf" ] && err "a PDF was written although its pictures could not be drawn"
LD_LIBRARY_PATH=$dir/lib "$EHCP" render "$plan" -o "$dir/standard2.pdf" >"$dir/out2" 2>&1 ||
    { err "a standard render failed without librsvg:"; head -5 "$dir/out2"; }

# EXSLT: not for our templates; for a template whose import declares it.
loads_exslt() { LD_DEBUG=files "$@" 2>"$dir/ld.log" >/dev/null; grep -q 'file=libexslt\.so' "$dir/ld.log"; }
ldd "$EHCP" | grep -q libexslt && err "bin/ehcp is linked with libexslt; it must be opened on demand"
loads_exslt "$EHCP" render "$plan" -o "$dir/standard3.pdf" && err "a standard render loaded libexslt"
data=$dir/data
mkdir -p "$data/templates"
for d in "$EHCP_DATADIR"/*; do [ "$(basename "$d")" = templates ] || ln -s "$d" "$data/"; done
for f in "$EHCP_DATADIR"/templates/*; do ln -s "$f" "$data/templates/"; done
rm -f "$data/templates/standard.xsl"
cat >"$data/templates/standard.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="uses-exslt.xsl"/>
</xsl:stylesheet>
EOF
cat >"$data/templates/uses-exslt.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings" xmlns:math="http://exslt.org/math"
    exclude-result-prefixes="str math">
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>t</title>
    <meta name="ehcp:profile" content="standard"/></head>
    <body><p>exslt <xsl:value-of select="str:padding(3, 'x')"/> <xsl:value-of select="math:max(str:tokenize('4 9 2'))"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
EOF
if EHCP_DATADIR=$data LD_DEBUG=files "$EHCP" render --force --format html "$plan" -o "$dir/exslt.html" \
        >"$dir/out3" 2>"$dir/ld.log"; then
    grep -q 'file=libexslt\.so' "$dir/ld.log" || err "a template using EXSLT did not load libexslt"
    grep -q 'exslt xxx9' "$dir/exslt.html" ||
        { err "EXSLT functions gave the wrong text:"; grep -o 'exslt[^<]*' "$dir/exslt.html"; }
else
    err "a template using EXSLT in an import failed:"; grep -v '^ *[0-9]*:' "$dir/ld.log" | head -5
fi

exit $fail
