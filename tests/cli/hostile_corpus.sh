#!/bin/bash
# tests/cli/hostile_corpus.sh — runs every hostile input (tests/hostile/cases/
# and the big ones tests/hostile/gen.sh makes at test time) through
# `ehcp validate`, and through `ehcp render` once render exists, and checks
# each outcome against its .expect file (format: tests/hostile/README.md):
# exit status, diagnostic text, no signal, no sanitizer report, bounded time,
# no output or temporary file left, input unchanged, no secret echoed.
# Environment: EHCP (binary under test), EHCP_DATADIR, EHCP_SANITIZED.
# Prints one line per run and a summary; exits 1 on any failure.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
slow=1
[ "${EHCP_SANITIZED:-0}" = 1 ] && slow=2

bash tests/hostile/gen.sh "$work/gen" || { echo "FAIL: tests/hostile/gen.sh"; exit 1; }

# render is exercised once it is implemented (the stub says so in its help)
render_ready=1
if "$EHCP" help render 2>&1 | grep -qi "not implemented"; then
    render_ready=0
    echo "NOTE: ehcp render is not implemented yet: render runs skipped"
fi

runs=0 failures=0 cases=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# check_run CASE CMD STATUS TEXT LEAK OUTDIR ERRFILE RC
check_run() {
    local name=$1 cmd=$2 want=$3 text=$4 leak=$5 out=$6 err=$7 rc=$8 ms=$9
    echo RUN
    local ok=1
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        fail "$cmd $name: did not finish within the time bound"; return
    fi
    if [ "$rc" -ge 128 ]; then
        fail "$cmd $name: killed by signal $((rc - 128))"; sed 's/^/    /' "$err" | head -20; return
    fi
    if grep -qE "AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:" "$err"; then
        fail "$cmd $name: sanitizer report"; grep -E "ERROR|SUMMARY|runtime error|#[0-9] " "$err" | head -20 | sed 's/^/    /'; return
    fi
    if [ "$want" = nonzero ]; then
        [ "$rc" -ne 0 ] || { fail "$cmd $name: exit 0, expected a failure"; ok=0; }
    elif [ "$rc" != "$want" ]; then
        fail "$cmd $name: exit $rc, expected $want"; ok=0
    fi
    # diagnostics may go to either stream: check both
    cat "$out.stdout" >>"$err" 2>/dev/null
    if [ -n "$text" ] && ! grep -qF -- "$text" "$err"; then
        fail "$cmd $name: message missing: $text"; ok=0
    fi
    if [ -n "$leak" ] && grep -qF -- "$leak" "$err"; then
        fail "$cmd $name: output contains '$leak' taken from a file it must not read"; ok=0
    fi
    local left
    left=$(ls -A "$out" 2>/dev/null)
    if [ -n "$left" ]; then
        fail "$cmd $name: files left behind: $left"; ok=0
    fi
    if [ $ok = 0 ]; then
        sed 's/^/    output: /' "$err" | head -5
    else
        printf 'ok   %-8s %-24s exit %s %5s ms  %s\n' "$cmd" "$name" "$rc" "$ms" \
            "$(grep -m1 -E 'error|warning' "$err" | sed 's|^.*: \(error\|warning\)|\1|' | cut -c1-90)"
    fi
}

# One case: both runs, their report lines on stdout ("ok"/"FAIL"/"RUN").
run_case() { # EXPECT-FILE
    local expect=$1 name dir input v_line r_line leak limit envs before out t0 rc want text
    name=$(basename "$expect" .expect)
    dir=$(dirname "$expect")
    input=$(sed -n 's/^input: //p' "$expect")
    if [ -z "$input" ]; then
        input=$(cd "$dir" && ls -d "$name".* 2>/dev/null | grep -v '\.expect$' | head -1)
    fi
    input="$(cd "$dir" && pwd)/$input"   # absolute: each run has its own working folder
    v_line=$(sed -n 's/^validate: //p' "$expect")
    r_line=$(sed -n 's/^render: //p' "$expect")
    leak=$(sed -n 's/^leak: //p' "$expect")
    limit=$(sed -n 's/^timeout: //p' "$expect")
    limit=$(( ${limit:-10} * slow ))
    envs=()
    while IFS= read -r e; do envs+=("$e"); done < <(sed -n 's/^env: //p' "$expect")
    before=""
    [ -f "$input" ] && before=$(stat -L -c '%s %Y' "$input")

    if [ -n "$v_line" ]; then
        out="$work/out-$name-v"; mkdir -p "$out"
        t0=$(date +%s%N)
        (cd "$out" && env "${envs[@]}" timeout -s KILL "$limit" "$EHCP" validate "$input" \
            >"$out.stdout" 2>"$out.stderr")
        rc=$?
        check_run "$name" validate "${v_line%% *}" "${v_line#* }" "$leak" "$out" "$out.stderr" "$rc" \
            $(( ($(date +%s%N) - t0) / 1000000 ))
    fi
    if [ $render_ready = 1 ]; then
        if [ -n "$r_line" ]; then
            want=${r_line%% *}; text=${r_line#* }
        else
            want=nonzero; text=${v_line#* }
        fi
        out="$work/out-$name-r"; mkdir -p "$out"
        t0=$(date +%s%N)
        (cd "$out" && env "${envs[@]}" timeout -s KILL "$limit" "$EHCP" render "$input" \
            -o "$out/out.pdf" >"$out.stdout" 2>"$out.stderr")
        rc=$?
        check_run "$name" render "$want" "$text" "$leak" "$out" "$out.stderr" "$rc" \
            $(( ($(date +%s%N) - t0) / 1000000 ))
    fi
    if [ -n "$before" ] && [ "$(stat -L -c '%s %Y' "$input")" != "$before" ]; then
        fail "$name: the input was changed"
    fi
}

# Two cases at a time (the machines have two cores; under ASan each run
# costs about half a second), each into its own report, printed in order.
mkdir -p "$work/reports"
jobs_running=0
for expect in tests/hostile/cases/*.expect "$work"/gen/*.expect; do
    cases=$((cases + 1))
    run_case "$expect" >"$work/reports/$(printf '%03d' $cases)" 2>&1 &
    jobs_running=$((jobs_running + 1))
    if [ $jobs_running -ge 2 ]; then wait -n; jobs_running=$((jobs_running - 1)); fi
done
wait
cat "$work"/reports/* | grep -v "^RUN$"
runs=$(cat "$work"/reports/* | grep -c '^RUN')
failures=$(cat "$work"/reports/* | grep -c '^FAIL')

echo "hostile corpus: $cases inputs, $runs runs, $failures failures"
[ $failures -eq 0 ]
