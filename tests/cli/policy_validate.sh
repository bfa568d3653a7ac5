#!/bin/bash
# ehcp validate --policy, through the command (the rule texts themselves are
# pinned by unit/test_policy_rules): each sample plan is clean against its
# authority's sample policy; each tests/invalid/policy/POLDEF-* policy gives
# exactly its expected lines on standard error and exits 1 (0 when it only
# warns); each POLICY-* plan gives exactly its expected POLICY lines (the
# test plans are copies with a pasted section J, so other rules may fire
# too and are left out of the comparison) and exits 1.
set -u
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "policy_validate: $*"; fail=1; }
dir=tests/invalid/policy

while read -r plan policy; do
    "$EHCP" validate --policy "$policy" "$plan" >"$tmp/out" 2>&1 ||
        { no "$plan is not clean against $policy:"; cat "$tmp/out"; }
    grep -q '0 errors, 0 warnings' "$tmp/out" || { no "$plan has findings against $policy:"; cat "$tmp/out"; }
done <<'LIST'
samples/early-years.xml samples/policies/wessex-points.xml
samples/primary-draft.xml samples/policies/wessex-points.xml
samples/year9-direct-payment.xml samples/policies/wessex-points.xml
samples/age19-third-party.xml samples/policies/wessex-points.xml
samples/post16-college-health.xml samples/policies/severnvale-bands.xml
samples/primary-split-placement.xml samples/policies/severnvale-bands.xml
LIST
# every sample is listed above
for f in samples/*.xml; do
    grep -q "^$f " "$0" || no "$f is not checked against a policy in $0"
done

for f in "$dir"/POLDEF-*.xml; do
    "$EHCP" validate --policy "$f" samples/early-years.xml >"$tmp/out" 2>"$tmp/err"
    status=$?
    want=0; grep -q ': error\[' "${f%.xml}.expected" && want=1
    [ "$status" -eq "$want" ] || no "$f: exit status $status, expected $want"
    grep -v '^[0-9]* files\?: ' "$tmp/err" >"$tmp/findings"   # not the summary line
    diff -u "${f%.xml}.expected" "$tmp/findings" || no "$f: stderr differs from ${f%.xml}.expected"
done

for f in "$dir"/POLICY-*.xml; do
    "$EHCP" validate --policy samples/policies/wessex-points.xml "$f" >"$tmp/out" 2>&1
    status=$?
    grep '\[POLICY-' "$tmp/out" >"$tmp/policy-lines"
    want=0; grep -q ': error\[' "${f%.xml}.expected" && want=1
    # the test plans also break plan rules (exit 1 regardless)
    [ "$want" -eq 0 ] || [ "$status" -eq 1 ] || no "$f: exit status $status, expected 1"
    diff -u "${f%.xml}.expected" "$tmp/policy-lines" || no "$f: POLICY findings differ from ${f%.xml}.expected"
done

# a policy file that cannot be read is a usage or I/O error
"$EHCP" validate --policy "$tmp/no-such-policy.xml" samples/early-years.xml >/dev/null 2>&1
[ $? -eq 2 ] || no "a missing policy file should exit 2"
exit $fail
