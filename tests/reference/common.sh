# tests/reference/common.sh — sourced by render_reference.sh and update.sh:
# how the reference page images are made, so both make them the same way.
#   ref_pages DIR   renders tests/reference/plan.xml (standard format) and
#                   writes DIR/page-1.png .. page-N.png: poppler's pdftoppm
#                   at 50 dpi in grayscale, the first REF_PAGES pages.
# Needs $EHCP and $EHCP_DATADIR; uses SOURCE_DATE_EPOCH as given.
REF_PAGES=3
REF_DPI=50
ref_pages() {
    local out=$1 ref=$EHCP_DATADIR/tests/reference
    mkdir -p "$out"
    # --force: the reference is about layout; a later rule must not stop it.
    "$EHCP" render --force "$ref/plan.xml" -o "$out/plan.pdf" >"$out/render.log" 2>&1 ||
        { echo "ehcp render tests/reference/plan.xml failed:"; head -20 "$out/render.log"; return 1; }
    pdftoppm -r "$REF_DPI" -gray -png -f 1 -l "$REF_PAGES" "$out/plan.pdf" "$out/p" ||
        { echo "pdftoppm failed on $out/plan.pdf"; return 1; }
    # pdftoppm pads page numbers to the page count's width (p-01.png); rename.
    local n f
    for n in $(seq 1 "$REF_PAGES"); do
        f=$(ls "$out"/p-*.png 2>/dev/null | grep -E "/p-0*$n\.png$" | head -n 1)
        [ -n "$f" ] || { echo "pdftoppm made no image of page $n"; return 1; }
        mv "$f" "$out/page-$n.png"
    done
}
