#!/bin/bash
# tests/pdfua/measure.sh — how far "ehcp check-pdf" agrees with the veraPDF
# PDF/UA-1 test files: each file is named for a clause of ISO 14289-1 and
# "pass" or "fail"; for every clause ehcp claims, a pass file must get no
# failure of that clause and a fail file at least one.
#   tests/pdfua/measure.sh [CORPUS_DIR] [-v]
# CORPUS_DIR defaults to tests/pdfua/corpus; $EHCP to build/bin/ehcp.
# Prints one row per clause: clause, files, agreeing, and (with -v) each
# disagreement. The last line is "total AGREE/FILES".
set -u
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-$here/corpus}
verbose=${2:-}
ehcp=${EHCP:-$here/../../build/bin/ehcp}
# The clauses check-pdf implements (cli/pdf/pdf_check.c's table).
claimed="5 7.1 7.2 7.3 7.4.2 7.4.4 7.5 7.7 7.18.1 7.18.2 7.18.3 7.18.4 7.18.5 7.18.8 7.21.4.1 7.21.6 7.21.7"

declare -A files agree misses
total=0 total_agree=0
list=()
while IFS= read -r -d '' pdf; do
    base=$(basename "$pdf")
    clause=${base%%-t[0-9]*}
    case " $claimed " in *" $clause "*) list+=("$pdf") ;; esac
done < <(find "$corpus" -name '*.pdf' -print0 | LC_ALL=C sort -z)
[ "${#list[@]}" -gt 0 ] || { echo "measure.sh: no corpus files in $corpus" >&2; exit 2; }
# One run over every file (fast under the sanitizers); lines start "FILE: ".
report=$("$ehcp" check-pdf "${list[@]}" 2>&1)
for pdf in "${list[@]}"; do
    base=$(basename "$pdf")
    clause=${base%%-t[0-9]*}
    expect=fail
    [[ "$base" == *-pass-* ]] && expect=pass
    # Failures of this clause (or a sub-clause of it) only.
    if grep -F -- "$pdf: error[" <<<"$report" |
        grep -qE "\(ISO 14289-1 ${clause//./\\.}(\.[0-9.]+)?\)\$"; then
        got=fail
    else
        got=pass
    fi
    files[$clause]=$(( ${files[$clause]:-0} + 1 ))
    total=$((total + 1))
    if [ "$got" = "$expect" ]; then
        agree[$clause]=$(( ${agree[$clause]:-0} + 1 ))
        total_agree=$((total_agree + 1))
    else
        misses[$clause]="${misses[$clause]:-} $base"
    fi
done

printf '%-10s %5s %6s\n' clause files agree
for c in $claimed; do
    [ -n "${files[$c]:-}" ] || continue
    printf '%-10s %5d %6d\n' "$c" "${files[$c]}" "${agree[$c]:-0}"
    if [ -n "$verbose" ] && [ -n "${misses[$c]:-}" ]; then
        for m in ${misses[$c]}; do echo "    disagrees: $m"; done
    fi
done
echo "total $total_agree/$total"
