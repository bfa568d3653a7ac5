#!/bin/bash
# tests/cli/render_determinism.sh — output is deterministic (DESIGN.md, hard
# rules): one sample rendered twice with the same SOURCE_DATE_EPOCH gives
# identical bytes (cmp) as PDF (standard and easy-read), HTML and PNG pages;
# a different SOURCE_DATE_EPOCH gives a different creation date (pdfinfo).
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_determinism: $*"; fail=1; }
plan=$EHCP_DATADIR/samples/primary-draft.xml
[ -f "$plan" ] || plan=$(ls "$EHCP_DATADIR"/samples/*.xml | head -n 1)
epoch=${SOURCE_DATE_EPOCH:-1767225600}

render() { # OUT ARGS...
    local out=$1; shift
    SOURCE_DATE_EPOCH=$epoch "$EHCP" render "$@" "$plan" -o "$out" >"$dir/err" 2>&1 ||
        { err "ehcp render $* $(basename "$plan") failed: $(head -5 "$dir/err")"; return 1; }
}

for run in 1 2; do
    mkdir -p "$dir/$run"
    render "$dir/$run/plan.pdf"
    render "$dir/$run/easy.pdf" --format easy-read
    render "$dir/$run/plan.html" --format html
    render "$dir/$run/page.png" --format png --dpi 40 --page 2
done
for f in plan.pdf easy.pdf plan.html; do
    [ -s "$dir/1/$f" ] || { err "$f: no output"; continue; }
    cmp -s "$dir/1/$f" "$dir/2/$f" || err "$f differs between two runs with SOURCE_DATE_EPOCH=$epoch: $(cmp "$dir/1/$f" "$dir/2/$f" 2>&1 | head -1)"
done
# --page N writes OUT (or OUT-N.png); compare whatever PNGs were written.
pngs=$(cd "$dir/1" && ls *.png 2>/dev/null)
[ -n "$pngs" ] || err "render --format png --page 2 wrote no PNG"
for f in $pngs; do
    cmp -s "$dir/1/$f" "$dir/2/$f" || err "$f differs between two runs"
done

# Another SOURCE_DATE_EPOCH: another creation date, both as pdfinfo reads them.
epoch=$((epoch + 86400 * 40))
render "$dir/later.pdf"
d1=$(pdfinfo -isodates "$dir/1/plan.pdf" 2>/dev/null | sed -n 's/^CreationDate: *//p')
d2=$(pdfinfo -isodates "$dir/later.pdf" 2>/dev/null | sed -n 's/^CreationDate: *//p')
[ -n "$d1" ] || err "pdfinfo shows no CreationDate"
[ "$d1" != "$d2" ] || err "creation date '$d1' is the same for two SOURCE_DATE_EPOCH values"
expect=$(date -u -d "@${SOURCE_DATE_EPOCH:-1767225600}" +%Y-%m-%d 2>/dev/null)
[ -z "$expect" ] || [[ "$d1" == "$expect"* ]] || err "CreationDate '$d1' is not SOURCE_DATE_EPOCH's date $expect"
[ "$fail" -eq 0 ] && echo "render_determinism: pdf, easy-read pdf, html and png identical across runs; dates follow SOURCE_DATE_EPOCH"
exit $fail
