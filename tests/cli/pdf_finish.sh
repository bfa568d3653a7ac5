#!/bin/bash
# tests/cli/pdf_finish.sh — the finished test document (made by
# build/tests/test_pdf_gen with cairo + pango and pdf_finish) passes
# "ehcp check-pdf" and the independent readers (qpdf, poppler, pdf.js);
# the raw Cairo output does not; each one-defect copy is named by the right
# checkpoint; unreadable files exit 2; --json is valid JSON.
set -u
. "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
build=${BUILD:-$(dirname "$(dirname "$EHCP")")}
gen=$build/tests/test_pdf_gen
[ -x "$gen" ] || gen=$EHCP_DATADIR/build/tests/test_pdf_gen
[ -x "$gen" ] || { echo "missing $gen (run make unit-tests)"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$gen" --write "$dir" || { echo "test_pdf_gen --write failed"; exit 1; }
fail=0

assert_pdfua "$dir/finished.pdf" || fail=1
if "$EHCP" check-pdf "$dir/raw.pdf" >/dev/null 2>&1; then
    echo "raw Cairo output passed check-pdf; the checker is too lenient"; fail=1
fi

# One defect each → the named checkpoint (the table is in test_pdf_gen.c).
while read -r name rule; do
    assert_check_pdf_names "$dir/defect-$name.pdf" "$rule" || fail=1
done <<'LIST'
no-lang MH-11-001
no-markinfo UA1-MARKINFO
no-displaydoctitle MH-07-001
no-metadata MH-06-001
no-pdfuaid MH-06-002
figure-no-alt MH-13-004
th-no-scope MH-15-003
untagged-text MH-01-005
skipped-heading MH-14-003
link-no-contents MH-28-012
no-tabs MH-28-008
LIST
# The independent reader agrees on the defects it can see.
for d in no-lang no-pdfuaid untagged-text link-no-contents; do
    if node "$EHCP_DATADIR/tests/pdfjs/check.mjs" "$dir/defect-$d.pdf" >/dev/null 2>&1; then
        echo "pdf.js check passed defect-$d.pdf"; fail=1
    fi
done

# Exit 2 for what cannot be read; the message names the file.
printf 'not a pdf' >"$dir/junk.pdf"
"$EHCP" check-pdf "$dir/junk.pdf" >/dev/null 2>"$dir/err"; s=$?
[ "$s" -eq 2 ] && grep -q 'junk.pdf' "$dir/err" || { echo "junk.pdf: exit $s"; cat "$dir/err"; fail=1; }
"$EHCP" check-pdf "$dir/none.pdf" >/dev/null 2>&1; s=$?
[ "$s" -eq 2 ] || { echo "missing file: exit $s, expected 2"; fail=1; }

# gcc-style text and JSON.
"$EHCP" check-pdf "$dir/defect-figure-no-alt.pdf" >"$dir/out" 2>&1
grep -qE '^.*defect-figure-no-alt\.pdf: error\[MH-13-004\]: .*\(ISO 14289-1 7\.3\)$' "$dir/out" ||
    { echo "text output not gcc style:"; cat "$dir/out"; fail=1; }
"$EHCP" check-pdf --json "$dir/finished.pdf" "$dir/defect-th-no-scope.pdf" >"$dir/json"
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const [ok, bad] = r.files;
if (ok.failed.length || !ok.passed.includes("MH-15-003")) throw new Error("finished.pdf");
if (!bad.failed.includes("MH-15-003") || bad.diagnostics[0].clause !== "7.5") throw new Error("defect");
' "$dir/json" || { echo "--json output wrong:"; cat "$dir/json"; fail=1; }
exit $fail
