#!/bin/bash
# budget_cli.sh — ehcp budget: the exact working for one plan, JSON that
# parses, and the exit status for matching amounts (0), a wrong recorded
# amount (1) and usage or file errors (2).
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
policy=samples/policies/wessex-points.xml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$EHCP" budget tests/policy/plan-early-years.xml --policy "$policy" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] || fail "matching plan should exit 0: $(cat "$tmp/err")"
diff -u tests/policy/budget-early-years.txt "$tmp/out" || fail "text output changed"

"$EHCP" budget tests/policy/plan-primary-draft.xml --policy="$policy" --format json >"$tmp/json" || fail "json run"
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
ed = [s for s in d['streams'] if s['kind'] == 'education'][0]
assert d['matches'] is True, d
assert ed['points'] == 15 and ed['indicative_pence'] == 225000 and ed['agreed_pence'] == 255000, ed
" "$tmp/json" || fail "json content"

"$EHCP" budget tests/invalid/policy/POLICY-001.xml --policy "$policy" >"$tmp/out" 2>&1
[ $? -eq 1 ] || fail "a wrong indicative amount should exit 1"
grep -q 'Recorded in the plan: £2,000.00 (DIFFERS)' "$tmp/out" || fail "difference not shown"

"$EHCP" budget tests/policy/plan-early-years.xml --policy tests/invalid/policy/POLDEF-001.xml >"$tmp/out" 2>&1
[ $? -eq 1 ] || fail "an invalid policy should exit 1"
grep -q 'error\[POLDEF-001\]' "$tmp/out" || fail "policy error not reported"

"$EHCP" budget tests/policy/plan-early-years.xml >/dev/null 2>&1
[ $? -eq 2 ] || fail "missing --policy should exit 2"
"$EHCP" budget tests/policy/no-such-plan.xml --policy "$policy" >/dev/null 2>&1
[ $? -eq 2 ] || fail "a missing file should exit 2"
"$EHCP" budget tests/policy/plan-early-years.xml --policy "$policy" --format pdf >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown format should exit 2"
exit 0
