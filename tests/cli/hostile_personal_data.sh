#!/bin/bash
# tests/cli/hostile_personal_data.sh — diagnostics name files, lines and
# rules, never the child's personal data: a plan's names, date of birth,
# identifiers (UPN, ULN, NHS number), postcode and contacts' names, phones
# and e-mails must not appear in anything validate or render prints, in
# text or JSON, even when exactly those fields are wrong (a schema error on
# a malformed NHS number must not quote the number). For each sample: the
# plan as it is, and a copy whose personal fields are all made invalid,
# through validate (text and JSON) and render.
# Environment: EHCP, EHCP_DATADIR.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 runs=0 checked=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
render_ready=1
"$EHCP" help render 2>&1 | grep -qi "not implemented" && render_ready=0

# values of ELEMENT in FILE (one per line, trimmed)
values() { sed -n "s:.*<$1\( [^>]*\)\?>\([^<]*\)</$1>.*:\2:p" "$2" | sed 's/^ *//; s/ *$//'; }

# The personal values of a plan, one per line: every word of a name (3
# letters or more: shorter ones match too much), whole identifiers.
personal() {
    local f=$1
    {
        for e in forenames surname preferred; do values "$e" "$f" | tr ' ' '\n'; done
        # contacts' names: <name> directly holding text
        values name "$f" | tr ' ' '\n'
        for e in upn uln nhs-number date-of-birth postcode phone email; do values "$e" "$f"; done
    } | grep -E '^.{3,}$' | grep -vE '^(the|and|Team|Council|Mrs|Miss|Dr|Ms|Mr)$' | sort -u
}

check_output() { # WHAT FILE VALUES-FILE
    local what=$1 out=$2 vals=$3
    runs=$((runs + 1))
    local leaked=""
    while IFS= read -r v; do
        [ -n "$v" ] || continue
        # the file name may contain anything the user chose; only the
        # message part after "error[...]" / "warning[...]" counts
        if sed -n 's/^[^ ]*: \(error\|warning\|note\)\[/[/p; /"message"/p' "$out" | grep -qF -- "$v"; then
            leaked="$leaked '$v'"
        fi
    done <"$vals"
    checked=$((checked + $(wc -l <"$vals")))
    if [ -n "$leaked" ]; then
        fail "$what: personal data in the diagnostics:$leaked"
        grep -F -f "$vals" "$out" | head -3 | cut -c1-200 | sed 's/^/    /'
    else
        printf 'ok   %-58s %s lines, no personal value\n' "$what" "$(wc -l <"$out")"
    fi
}

for sample in samples/*.xml; do
    b=$(basename "$sample" .xml)
    personal "$sample" >"$work/$b.values"
    [ -s "$work/$b.values" ] || continue
    # every personal field made invalid; the broken values must not leak either
    sed -e 's:<date-of-birth>\([^<]*\)</date-of-birth>:<date-of-birth>\1X</date-of-birth>:' \
        -e 's:<nhs-number>\([^<]*\)</nhs-number>:<nhs-number>\1Q</nhs-number>:' \
        -e 's:<upn>\([^<]*\)</upn>:<upn>\1?</upn>:' \
        -e 's:<uln>\([^<]*\)</uln>:<uln>\1?</uln>:' \
        -e 's:<postcode>\([^<]*\)</postcode>:<postcode>\1 ZZ9</postcode>:' \
        -e 's:<email>\([^<]*\)</email>:<email>\1 at home</email>:' \
        -e 's:<forenames>\([^<]*\)</forenames>:<forenames>\1</forenames><forenames>\1</forenames>:' \
        "$sample" >"$work/$b-broken.xml"
    personal "$work/$b-broken.xml" | cat - "$work/$b.values" | sort -u >"$work/$b-broken.values"

    "$EHCP" validate "$sample" >"$work/out" 2>&1
    check_output "validate $b" "$work/out" "$work/$b.values"
    "$EHCP" validate "$work/$b-broken.xml" >"$work/out" 2>&1
    check_output "validate $b, personal fields invalid" "$work/out" "$work/$b-broken.values"
    "$EHCP" validate --diagnostics json "$work/$b-broken.xml" >"$work/out" 2>&1
    check_output "validate --diagnostics json $b, fields invalid" "$work/out" "$work/$b-broken.values"
    if [ $render_ready = 1 ]; then
        "$EHCP" render "$work/$b-broken.xml" -o "$work/$b.pdf" >"$work/out" 2>&1
        check_output "render $b, personal fields invalid" "$work/out" "$work/$b-broken.values"
        "$EHCP" render --force --format easy-read "$work/$b-broken.xml" -o "$work/$b-er.pdf" >"$work/out" 2>&1
        check_output "render --force easy-read $b, fields invalid" "$work/out" "$work/$b-broken.values"
    fi
done
echo "personal data: $runs outputs checked against $checked personal values, $failures failures"
[ $failures -eq 0 ]
