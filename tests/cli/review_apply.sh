#!/bin/bash
# review_apply.sh — ehcp review apply on the sample amending review: the
# proposed amended plan validates against ehcp.xsd, is version 2 and
# "amended", contains the proposed changes, and diff shows exactly them; a
# review whose changes do not fit the plan writes nothing.
set -eu
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$EHCP" review apply samples/reviews/early-years-amend.xml --plan samples/early-years.xml -o "$tmp/amended.xml"
xmllint --noout --schema schema/ehcp.xsd "$tmp/amended.xml" 2>/dev/null
grep -q 'version="2" stage="amended"' "$tmp/amended.xml"
grep -q '<outcome id="E5">' "$tmp/amended.xml"
grep -q '<frequency per="day" times="3"/>' "$tmp/amended.xml"
set +e
"$EHCP" diff samples/early-years.xml "$tmp/amended.xml" >"$tmp/diff.txt"
set -e
grep -qx '  + E5 added: By October 2027, Rosie will follow her new class.s morning routine using her visual timetable, with no more than one adult prompt, on four out of five days.' "$tmp/diff.txt"
grep -qx '  ~ F2 changed: who, frequency, period' "$tmp/diff.txt"
grep -qx '2 changes' "$tmp/diff.txt"

# REVIEW-014: changes that do not fit the plan stop the apply; no output file.
set +e
"$EHCP" review apply tests/invalid/review/REVIEW-014.xml --plan tests/invalid/review/plan.xml \
    -o "$tmp/bad.xml" 2>"$tmp/err.txt"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1, got $rc"; exit 1; }
[ ! -e "$tmp/bad.xml" ]
grep -q 'error\[REVIEW-014\]' "$tmp/err.txt"
echo ok
