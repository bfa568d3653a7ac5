#!/bin/bash
# diff_known.sh — ehcp diff on two plan versions with known changes
# (tests/diff/old.xml -> new.xml): exact text output, exit status 1 (changes
# found), the JSON keys and values that matter, no changes against itself,
# and the notice XML with the 15-day comment date.
set -eu
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-build/bin/ehcp}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

set +e
"$EHCP" diff tests/diff/old.xml tests/diff/new.xml >"$tmp/out.txt"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1 (changes found), got $rc"; exit 1; }
diff -u tests/diff/expected.txt "$tmp/out.txt"

"$EHCP" diff tests/diff/old.xml tests/diff/old.xml >"$tmp/same.txt"
grep -qx '0 changes' "$tmp/same.txt"

set +e
"$EHCP" diff tests/diff/old.xml tests/diff/new.xml --format json \
    --notice-xml "$tmp/notice.xml" --issued 2026-11-20 >"$tmp/out.json"
set -e
python3 - "$tmp/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["plan"] == "TST-2026-00007"
assert d["old"] == {"version": 2, "stage": "final"} and d["new"] == {"version": 3, "stage": "amended"}
assert d["count"] == len(d["changes"]) == 9
for c in d["changes"]:
    assert set(c) == {"group", "change", "id", "element", "section", "summary", "old_line", "new_line", "fields"}, c
by = {(c["group"], c["id"]): c for c in d["changes"]}
assert by[("outcomes", "E2")]["change"] == "removed"
assert by[("outcomes", "E3")]["change"] == "added" and by[("outcomes", "E3")]["new_line"] > 0
f1 = by[("provision", "F1")]["fields"][0]
assert f1 == {"name": "frequency", "old": "3 times a week", "new": "4 times a week"}, f1
j1 = {f["name"]: f for f in by[("budget", "J1")]["fields"]}
assert j1["annual-amount"]["old"] == "pence 96000" and j1["annual-amount"]["new"] == "pence 120000"
PY
# Reg 22(2)(c): 15 days beginning with the day of issue ends 14 days later.
grep -q 'comments-by="2026-12-04"' "$tmp/notice.xml"
grep -q '<child>Rowan Tenby</child>' "$tmp/notice.xml"

# Usage errors: one file, a bad format, a period shorter than the law allows.
for args in "tests/diff/old.xml" "tests/diff/old.xml tests/diff/new.xml --format xml" \
            "tests/diff/old.xml tests/diff/new.xml --notice-xml $tmp/n.xml --comment-days 10"; do
    set +e
    "$EHCP" diff $args >/dev/null 2>&1
    rc=$?
    set -e
    [ "$rc" -eq 2 ] || { echo "expected exit 2 for: $args (got $rc)"; exit 1; }
done
echo ok
