#!/bin/bash
# tests/cli/render_reference.sh — issue 3: the first pages of a fixed plan
# (tests/reference/plan.xml, standard format) look as they did: poppler's
# pdftoppm images (50 dpi, grayscale) are compared with the stored
# tests/reference/page-N.png by tests/tools/imgdiff.c (compiled here with cc
# and cairo); more than 0.5% of pixels differing (by more than the
# anti-aliasing tolerance) fails, and a red-on-grey diff image is kept in
# $EHCP_REFERENCE_OUT (if set) to see what moved. A deliberate change of look:
# run tests/reference/update.sh and commit the new images (README.md there).
set -u
ref=$EHCP_DATADIR/tests/reference
. "$ref/common.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_reference: $*"; fail=1; }

cc -std=c11 -O1 -o "$dir/imgdiff" "$EHCP_DATADIR/tests/tools/imgdiff.c" \
    $(pkg-config --cflags --libs cairo) 2>"$dir/cc.err" ||
    { echo "render_reference: cannot compile tests/tools/imgdiff.c:"; cat "$dir/cc.err"; exit 1; }
ref_pages "$dir/new" || { echo "render_reference: could not make the page images"; exit 1; }
keep=${EHCP_REFERENCE_OUT:-}
[ -n "$keep" ] && mkdir -p "$keep"
for n in $(seq 1 "$REF_PAGES"); do
    want=$ref/page-$n.png got=$dir/new/page-$n.png
    [ -f "$want" ] || { err "missing $want (run tests/reference/update.sh)"; continue; }
    diffimg=$dir/diff-$n.png
    if out=$("$dir/imgdiff" --max 0.5 --diff "$diffimg" "$want" "$got" 2>&1); then
        echo "page $n: $out"
    else
        err "page $n differs from tests/reference/page-$n.png: $out"
        if [ -n "$keep" ]; then cp "$got" "$keep/page-$n.png"; cp "$diffimg" "$keep/diff-$n.png" 2>/dev/null
            echo "    new image and diff in $keep"
        else echo "    set EHCP_REFERENCE_OUT=DIR to keep the new image and a diff image"; fi
        echo "    if the change is deliberate: tests/reference/update.sh, look at the images, commit them"
    fi
done
exit $fail
