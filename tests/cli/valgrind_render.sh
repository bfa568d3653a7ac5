#!/bin/bash
# tests/cli/valgrind_render.sh — valgrind memcheck on validating and rendering
# every sample (and a page document): any memory error or definite leak
# fails (--error-exitcode, --errors-for-leak-kinds=definite). One-time caches
# of fontconfig, glib, pango and friends are suppressed in tests/valgrind.supp
# (each entry says why). Skipped under EHCP_SANITIZED=1 (ASan and valgrind
# cannot run together) or when valgrind is missing. Bounded: each run has a
# time limit; the whole test takes about a minute on two cores.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
if [ "${EHCP_SANITIZED:-0}" = 1 ]; then
    echo "SKIP valgrind_render: the binary is built with sanitizers"
    exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
    echo "SKIP valgrind_render: valgrind is not installed (tools/install-deps check installs it)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# glib's slice allocator and GC-friendly mode make its caches visible as
# such rather than as stray blocks
export G_SLICE=always-malloc G_DEBUG=gc-friendly
VG=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite --show-leak-kinds=definite
    --suppressions=tests/valgrind.supp --num-callers=30 --quiet)
failures=0 runs=0
vg() { # WHAT ehcp-arguments...
    local what=$1; shift
    runs=$((runs + 1))
    local start=$SECONDS
    timeout 240 "${VG[@]}" --log-file="$work/vg.log" "$EHCP" "$@" >"$work/out" 2>&1
    local rc=$?
    if [ $rc -eq 99 ] || grep -q "ERROR SUMMARY: [1-9]\|definitely lost: [1-9]" "$work/vg.log"; then
        echo "FAIL $what: valgrind found errors:"
        grep -vE "^==[0-9]+== *$" "$work/vg.log" | head -60 | sed 's/^/    /'
        failures=$((failures + 1))
    elif [ $rc -ge 124 ]; then
        echo "FAIL $what: exit $rc (time limit or signal)"; failures=$((failures + 1))
    else
        printf 'ok   %-50s exit %s, no errors, no definite leaks (%ss)\n' "$what" "$rc" $((SECONDS - start))
    fi
}
vg "validate every sample" validate samples/*.xml
if "$EHCP" help render 2>&1 | grep -qi "not implemented"; then
    echo "NOTE: ehcp render is not implemented yet: render runs skipped"
else
    for f in samples/*.xml; do
        b=$(basename "$f" .xml)
        vg "render $b (standard PDF)" render --force "$f" -o "$work/$b.pdf"
    done
    f=$(ls samples/*.xml | head -1)
    vg "render $(basename "$f" .xml) (easy-read)" render --force --format easy-read "$f" -o "$work/er.pdf"
    vg "render $(basename "$f" .xml) (html)" render --force --format html "$f" -o "$work/x.html"
    [ -s "$work/$(basename "$f" .xml).pdf" ] &&
        vg "check-pdf on a rendered PDF" check-pdf "$work/$(basename "$f" .xml).pdf"
fi
echo "valgrind: $runs runs, $failures failures"
[ $failures -eq 0 ]
