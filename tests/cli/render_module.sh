#!/bin/bash
# render_module.sh — the split between the ehcp executable and its rendering
# module (cli/cmd/render_module.h): the executable links no drawing or PDF
# library, so validation starts fast; the module is found beside it; without
# the module the drawing commands fail with a clear message and exit 2 while
# validation still works.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() { # description, then the test command
    local what=$1; shift
    if ! "$@"; then echo "FAIL: $what"; fail=1; fi
}
plan=samples/year9-direct-payment.xml

# the executable's own libraries: libxml2 and libxslt, nothing that draws
libs=$(ldd "$EHCP" 2>/dev/null)
check "ldd reads the executable" test -n "$libs"
for lib in libcairo libpango libqpdf librsvg libharfbuzz libfontconfig; do
    check "the executable does not link $lib" sh -c "! printf '%s' \"\$1\" | grep -q '$lib'" _ "$libs"
done
check "the executable links libxml2" sh -c "printf '%s' \"\$1\" | grep -q libxml2" _ "$libs"
module=$(dirname "$EHCP")/ehcp-render.so
check "the module is beside the executable" test -f "$module"
check "the module links Cairo and qpdf" sh -c "ldd '$module' | grep -q libcairo && ldd '$module' | grep -q libqpdf"

# render, check-pdf and diff go through the module
"$EHCP" render "$plan" -o "$work/plan.pdf" 2>"$work/err"
check "render through the module exits 0" test $? -eq 0
check "render wrote a PDF" sh -c "head -c 5 '$work/plan.pdf' | grep -q '%PDF-'"
"$EHCP" check-pdf "$work/plan.pdf" >"$work/out" 2>&1
check "check-pdf through the module passes the render" test $? -eq 0
"$EHCP" diff "$plan" "$plan" >"$work/out" 2>&1
check "diff through the module runs (exit 0 or 1)" test $? -le 1
"$EHCP" help render | grep -q "usage: ehcp render"
check "help render needs no module" test $? -eq 0

# an executable without its module
mkdir -p "$work/alone"
cp "$EHCP" "$work/alone/ehcp"
"$work/alone/ehcp" validate "$plan" >"$work/out" 2>&1
check "validate works without the module" test $? -eq 0
"$work/alone/ehcp" render "$plan" -o "$work/alone/plan.pdf" 2>"$work/err"
check "render without the module exits 2" test $? -eq 2
check "render without the module says why" grep -q "cannot load the rendering module" "$work/err"
check "render without the module writes nothing" test ! -e "$work/alone/plan.pdf"
"$work/alone/ehcp" render --help >"$work/out" 2>&1
check "render --help without the module also exits 2 with the reason" grep -q "rendering module" "$work/out"

# a file that is not a module
printf 'not an ELF file\n' >"$work/alone/ehcp-render.so"
"$work/alone/ehcp" check-pdf "$work/plan.pdf" 2>"$work/err" >/dev/null
check "a broken module exits 2" test $? -eq 2
check "a broken module is named" grep -q "ehcp-render.so" "$work/err"

exit $fail
