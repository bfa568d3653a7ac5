#!/bin/bash
# rules_corpus.sh — the rule corpus: every tests/invalid/rules/RULE.xml is a
# plan that breaks exactly one rule. ehcp validate must print exactly the
# lines in RULE.expected (the summary line on stderr is left out) and exit 1
# for an error, 0 for a warning or note. EASY- plans run with --for
# easy-read; all but EASY-007 also switch off EASY-007's readability notes,
# which every easy-read plan gets.
# Also checks that every rule in the table has a corpus plan.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
dir=tests/invalid/rules
fail=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

for plan in "$dir"/*.xml; do
    id=$(basename "$plan" .xml)
    extra=()
    case $id in
        EASY-007) extra=(--for easy-read) ;;
        EASY-*) extra=(--for easy-read -W EASY-007=off) ;;
    esac
    "$EHCP" validate "${extra[@]}" "$plan" >"$tmp" 2>&1
    status=$?
    # drop the summary line ("1 file: ...")
    got=$(grep -v '^[0-9]* files\?: ' "$tmp")
    if [ ! -f "$dir/$id.expected" ]; then
        echo "$id: no $dir/$id.expected"; fail=1; continue
    fi
    want=$(cat "$dir/$id.expected")
    if [ "$got" != "$want" ]; then
        echo "$id: diagnostics differ"
        diff <(echo "$want") <(echo "$got") | sed 's/^/    /'
        fail=1
    fi
    if grep -q "error\[" "$dir/$id.expected"; then want_status=1; else want_status=0; fi
    if [ "$status" -ne "$want_status" ]; then
        echo "$id: exit status $status, expected $want_status"; fail=1
    fi
    # the plan must break its own rule and no other
    if grep -v "\[$id\]" "$dir/$id.expected" | grep -q .; then
        echo "$id: $id.expected has findings of other rules"; fail=1
    fi
    grep -q "\[$id\]" "$dir/$id.expected" || { echo "$id: $id.expected never names $id"; fail=1; }
done

# every rule of the engine (not the POLICY/POLDEF or REVIEW rules, which
# have their own corpora in tests/invalid/policy and tests/invalid/review) has a corpus plan. ID-004 and ID-005 cannot have one while
# schema/ehcp.xsd itself refuses a URN or UKPRN of the wrong shape (types
# Urn, Ukprn): the schema error comes first. The unit tests cover them.
for id in $("$EHCP" rules | awk '/^[A-Z]+-[0-9]+ / {print $1}' | grep -v -e '^POL' -e '^REVIEW'); do
    case $id in ID-004|ID-005) grep -q 'pattern value="\[0-9\]{6}"' schema/ehcp.xsd && continue ;; esac
    [ -f "$dir/$id.xml" ] || { echo "$id: no corpus plan $dir/$id.xml"; fail=1; }
done
exit $fail
