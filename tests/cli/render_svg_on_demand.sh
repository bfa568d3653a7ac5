#!/bin/bash
# tests/cli/render_svg_on_demand.sh — librsvg is opened (dlopen) when the first
# SVG picture is drawn, not linked (cli/layout/image.c):
#  - `ehcp --version` and a standard render (no pictures) never load it;
#  - an easy-read render (SVG pictograms) loads it and draws the pictures;
#  - when it cannot be loaded, an easy-read render fails with one IMAGE error
#    naming librsvg (not one per picture), writes nothing, and a standard
#    render still works.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_svg_on_demand: $*"; fail=1; }
plan=$EHCP_DATADIR/samples/year9-direct-payment.xml

ldd "$EHCP" | grep -q librsvg && err "bin/ehcp is linked with librsvg; it must be opened on demand"

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

exit $fail
