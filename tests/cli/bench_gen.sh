#!/bin/bash
# bench_gen.sh — the benchmark plan generator (bench/gen_plan.c) makes plans
# that validate clean at three sizes, and the same seed gives the same bytes
# (a different seed different ones).
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cc -std=c11 -O1 -Wall -Wextra -Wpedantic -Werror -o "$tmp/gen_plan" bench/gen_plan.c ||
    { echo "FAIL: bench/gen_plan.c does not compile cleanly"; exit 1; }
for size in "1 1 1" "6 4 3" "40 6 8"; do
    set -- $size
    f="$tmp/plan-$1.xml"
    "$tmp/gen_plan" --needs "$1" --paragraphs "$2" --budget-lines "$3" --seed 11 >"$f" ||
        { echo "FAIL: gen_plan --needs $1 exited non-zero"; fail=1; continue; }
    out=$("$EHCP" validate "$f" 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "FAIL: a generated plan ($1 needs) does not validate (exit $rc):"
        echo "$out" | head -20
        fail=1
    elif echo "$out" | grep -q 'warning\['; then
        echo "FAIL: a generated plan ($1 needs) has warnings:"
        echo "$out" | grep 'warning\[' | head -10
        fail=1
    fi
done
"$tmp/gen_plan" --needs 6 --seed 42 >"$tmp/a.xml"
"$tmp/gen_plan" --needs 6 --seed 42 >"$tmp/b.xml"
"$tmp/gen_plan" --needs 6 --seed 43 >"$tmp/c.xml"
cmp -s "$tmp/a.xml" "$tmp/b.xml" || { echo "FAIL: the same seed gave different bytes"; fail=1; }
cmp -s "$tmp/a.xml" "$tmp/c.xml" && { echo "FAIL: different seeds gave the same bytes"; fail=1; }
exit $fail
