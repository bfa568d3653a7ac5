#!/bin/bash
# Batch work: many files and folders, -j workers, findings in file order
# whatever -j is, one JSON array, bad files do not stop the rest, outputs
# named after inputs in --out-dir, and the summary counts.
set -u
cd "$(dirname "$0")/../.."
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
check() { local what=$1; shift; "$@" || { echo "FAIL: $what"; fail=1; }; }

corpus=tests/invalid/rules
"$EHCP" validate -j1 "$corpus"/*.xml >"$t/j1.out" 2>"$t/j1.err"
"$EHCP" validate -j2 "$corpus"/*.xml >"$t/j2.out" 2>"$t/j2.err"
check "-j1 and -j2 print the same findings in the same order" cmp -s "$t/j1.out" "$t/j2.out"
n=$(ls "$corpus"/*.xml | wc -l)
check "summary counts every file" grep -q "^$n files: " "$t/j2.err"

"$EHCP" validate -j2 --diagnostics json "$corpus"/*.xml >"$t/all.json" 2>/dev/null
check "one JSON array across workers" python3 -c "
import json, sys
items = json.load(open('$t/all.json'))
assert isinstance(items, list) and len(items) > 10, len(items)
files = [i['file'] for i in items]
assert files == sorted(files), 'findings in the order of the files'
"

# a folder, a missing file and a broken file in the middle of good ones
mkdir -p "$t/plans"
cp samples/early-years.xml samples/primary-draft.xml "$t/plans/"
printf '<plan' >"$t/plans/m-broken.xml"
"$EHCP" validate -j2 "$t/plans" "$t/missing.xml" >"$t/mixed.out" 2>"$t/mixed.err"
status=$?
check "unreadable file gives exit 2" test "$status" = 2
check "broken file is reported" grep -q "m-broken.xml:1" "$t/mixed.out"
check "the good files are still counted valid" grep -q "^4 files: 2 valid, 2 invalid" "$t/mixed.err"

# render many into --out-dir with two workers
"$EHCP" render -j2 --quiet --out-dir "$t/out" "$t/plans" 2>"$t/render.err"
check "render: the broken plan makes the run fail" test $? -ne 0
check "render: good plans rendered" test -s "$t/out/early-years.pdf" -a -s "$t/out/primary-draft.pdf"
check "render: nothing for the broken plan" test ! -e "$t/out/m-broken.pdf"
check "render: no temporary files left" test -z "$(ls -A "$t/out" | grep '^\.ehcp-')"
check "render: --quiet prints no summary" bash -c "! grep -q ' files: ' '$t/render.err'"
check "-o with many inputs is refused" bash -c "! '$EHCP' render -o '$t/x.pdf' samples/early-years.xml samples/primary-draft.xml 2>/dev/null"
exit $fail
