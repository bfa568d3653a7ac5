#!/bin/bash
# Each review rule has an invalid review in tests/invalid/review/, validated
# against the test plan there; the findings must equal the .expected file
# exactly, the exit status must be 1 (0 when only warnings), and the valid review must pass with 0.
set -u
cd "$(dirname "$0")/../.."
dir=tests/invalid/review
fail=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$EHCP" validate "$dir/valid.xml" --plan "$dir/plan.xml" >"$out" 2>&1 ||
    { echo "valid review was rejected:"; cat "$out"; fail=1; }
for f in "$dir"/REVIEW-*.xml; do
    "$EHCP" validate "$f" --plan "$dir/plan.xml" >"$out" 2>&1
    status=$?
    grep -v '^[0-9]* files\?: ' "$out" >"$out.findings"
    want=0; grep -q ': error\[' "${f%.xml}.expected" && want=1
    if [ "$status" != "$want" ]; then
        echo "$f: exit status $status, expected $want"; fail=1
    fi
    if ! diff -u "${f%.xml}.expected" "$out.findings"; then
        echo "$f: findings differ from ${f%.xml}.expected"; fail=1
    fi
    rm -f "$out.findings"
done
# the review samples validate clean against the plans they review
while read -r review plan; do
    "$EHCP" validate "$review" --plan "$plan" >"$out" 2>&1 ||
        { echo "$review does not validate against $plan:"; cat "$out"; fail=1; }
done <<'LIST'
samples/reviews/early-years-amend.xml samples/early-years.xml
samples/reviews/year9-pfa-review.xml samples/year9-direct-payment.xml
LIST
exit $fail
