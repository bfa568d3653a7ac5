#!/bin/bash
# validate_cli.sh — ehcp validate and ehcp rules from the outside: samples
# are clean, JSON parses and has the keys, --werror, -W and --disable work,
# usage and I/O errors exit 2, help text, and schema/RULES.md is exactly what
# 'ehcp rules --markdown' prints.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
corpus=tests/invalid/rules
fail=0
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
check() { # description, then the test command
    local what=$1; shift
    if ! "$@"; then echo "FAIL: $what"; fail=1; fi
}
run() { "$EHCP" validate "$@" >"$out" 2>"$err"; echo $?; }

# every sample plan validates clean: no errors, no warnings
plans=$(grep -l '<plan ' samples/*.xml)
check "samples validate with exit 0" test "$(run $plans)" -eq 0
check "samples give no findings" test ! -s "$out"
check "summary says all valid" grep -q "^[0-9]* files\?: \([0-9]*\) valid, 0 invalid; 0 errors, 0 warnings$" "$err"

# every sample is ready for easy read: easy-read lines everywhere, pictures
# that exist, no long sentences or unexplained jargon (readability notes off)
check "samples are clean for easy read" test "$(run --for easy-read -W EASY-007=off --werror $plans)" -eq 0
check "samples give no easy-read findings" test ! -s "$out"

# a warning-only plan: exit 0, but 1 with --werror
check "warning alone exits 0" test "$(run $corpus/PROV-003.xml)" -eq 0
check "--werror makes warnings fail" test "$(run --werror $corpus/PROV-003.xml)" -eq 1
check "error exits 1" test "$(run $corpus/THREAD-001.xml)" -eq 1

# -W and --disable
check "-W RULE=off silences" test "$(run -W THREAD-001=off $corpus/THREAD-001.xml)" -eq 0
check "-W RULE=off prints nothing" test ! -s "$out"
check "--disable silences" test "$(run --disable THREAD-001 $corpus/THREAD-001.xml)" -eq 0
check "-W RULE=warning lowers" test "$(run -WTHREAD-001=warning $corpus/THREAD-001.xml)" -eq 0
check "lowered finding is a warning" grep -q "warning\[THREAD-001\]" "$out"
check "-W RULE=error raises" test "$(run -W PROV-003=error $corpus/PROV-003.xml)" -eq 1
check "unknown rule id is a usage error" test "$(run -W NOPE-999=off $corpus/THREAD-001.xml)" -eq 2
check "unknown rule message" grep -q "no rule 'NOPE-999'" "$err"
check "bad level is a usage error" test "$(run -W THREAD-001=loud $corpus/THREAD-001.xml)" -eq 2
check "unknown option is a usage error" test "$(run --frobnicate $corpus/THREAD-001.xml)" -eq 2
check "bad stage is a usage error" test "$(run --stage maybe $corpus/THREAD-001.xml)" -eq 2
check "no files is a usage error" test "$(run)" -eq 2

# --stage overrides the plan's own
check "--stage draft finds the named school" test "$(run --stage draft samples/early-years.xml)" -eq 1
check "--stage draft reports STAGE-001" grep -q "error\[STAGE-001\]" "$out"

# missing file: exit 2, and the other files are still checked
check "missing file exits 2" test "$(run does-not-exist.xml $corpus/THREAD-001.xml)" -eq 2
check "missing file named" grep -q "^does-not-exist.xml: error\[IO\]" "$out"
check "keeps going after a bad file" grep -q "THREAD-001.xml:.*THREAD-001" "$out"
check "summary counts both files" grep -q "^2 files: 0 valid, 2 invalid" "$err"

# JSON: parses, one object per finding with every key
run --diagnostics json $corpus/THREAD-001.xml $corpus/PROV-003.xml >/dev/null
check "json parses" python3 -m json.tool "$out" >/dev/null
check "json keys and values" python3 - "$out" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))
assert len(items) == 2, items
for d in items:
    assert set(d) == {"file", "line", "column", "severity", "rule", "message", "xpath"}, d
    assert d["line"] > 0 and d["column"] > 0 and d["xpath"].startswith("/plan/"), d
assert [d["rule"] for d in items] == ["THREAD-001", "PROV-003"], items
PY

# --for easy-read adds the EASY rules, and only then
check "easy-read rules off by default" test "$(run $corpus/EASY-005.xml)" -eq 0
check "no EASY finding by default" bash -c "! grep -q EASY- '$out'"
run --for easy-read $corpus/EASY-005.xml >/dev/null
check "--for easy-read reports EASY-005" grep -q "warning\[EASY-005\]" "$out"
check "--for easy-read gives readability notes" grep -q "note\[EASY-007\]" "$out"

# --quiet: errors only, no summary
run --quiet $corpus/PROV-003.xml $corpus/THREAD-001.xml >/dev/null
check "--quiet drops warnings" bash -c "! grep -q PROV-003 '$out'"
check "--quiet keeps errors" grep -q "error\[THREAD-001\]" "$out"
check "--quiet drops the summary" test ! -s "$err"

# help
check "--help exits 0" test "$(run --help)" -eq 0
check "--help explains -W" grep -q -- "-W RULE=LEVEL" "$out"
check "ehcp help validate" bash -c "'$EHCP' help validate | grep -q 'exit status'"
check "ehcp rules lists rules" bash -c "'$EHCP' rules | grep -q '^PROV-003 '"
check "ehcp rules --help" bash -c "'$EHCP' rules --help | grep -q markdown"

# schema/RULES.md is generated from the table
check "RULES.md matches 'ehcp rules --markdown'" \
    bash -c "'$EHCP' rules --markdown | diff -u schema/RULES.md - >&2"
exit $fail
