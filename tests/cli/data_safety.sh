#!/bin/bash
# tests/cli/data_safety.sh — a failed or interrupted run never leaves a
# half-written output or a temporary file, never replaces the previous
# output, and never changes an input:
#   1. an output path that names the input (directly, by hard link, by
#      symbolic link) is refused and the input is unchanged;
#   2. `ulimit -f` too small for the PDF: EFBIG becomes a diagnostic (not a
#      SIGXFSZ death), exit 2, previous output unchanged, no .ehcp-* file;
#   3. a full disk (a 64 KiB tmpfs in a private mount namespace): ENOSPC
#      likewise; skipped, visibly, where mounts are not allowed;
#   4. SIGTERM and SIGINT sent to a whole render batch (as Ctrl-C does to a
#      process group) at several moments: no .ehcp-* file, every PDF left is
#      complete;
#   5. the output is a folder, or in a folder that does not exist: refused;
#      /dev/null as output is written to, not replaced;
#   6. inputs are opened read-only (strace, when installed) and a read-only
#      input (a read-only bind mount, when allowed) renders;
#   7. every input's checksum is the same at the end as at the start.
# Environment: EHCP, EHCP_DATADIR.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }
skip() { echo "SKIP $*"; }
no_temps() { # DIR WHAT
    local left
    left=$(find "$1" -name '.ehcp-*' 2>/dev/null)
    [ -z "$left" ] || fail "$2: temporary files left: $left"
}
sanitizer_clean() { # FILE WHAT
    ! grep -qE "AddressSanitizer|LeakSanitizer|runtime error:" "$1" || fail "$2: sanitizer report"
}

if "$EHCP" help render 2>&1 | grep -qi "not implemented"; then
    skip "ehcp render is not implemented yet: nothing to check"
    exit 0
fi

sample=$(ls samples/*.xml | head -1)
plan="$work/in/plan.xml"
mkdir -p "$work/in" "$work/out"
cp "$sample" "$plan"
inputs=(samples/*.xml "$plan")
sha256sum "${inputs[@]}" >"$work/sums.before"

# A good render first: the reference output, and proof render works here.
if ! "$EHCP" render "$plan" -o "$work/out/good.pdf" >"$work/log" 2>&1; then
    fail "the sample does not render; the checks below mean nothing:"
    sed 's/^/    /' "$work/log" | head -10
    exit 1
fi
size=$(stat -c %s "$work/out/good.pdf")
ok "reference render: $size bytes"

# 1. output == input
before=$(sha256sum <"$plan")
"$EHCP" render "$plan" -o "$plan" >"$work/log" 2>&1
rc=$?
[ $rc -ne 0 ] && [ "$(sha256sum <"$plan")" = "$before" ] && ok "output == input refused (exit $rc)" ||
    fail "output == input: exit $rc, input changed: $([ "$(sha256sum <"$plan")" = "$before" ] && echo no || echo YES)"
ln "$plan" "$work/in/hardlink.pdf"
"$EHCP" render "$plan" -o "$work/in/hardlink.pdf" >"$work/log" 2>&1
rc=$?
[ $rc -ne 0 ] && [ "$(sha256sum <"$plan")" = "$before" ] && ok "output == input by hard link refused (exit $rc)" ||
    fail "output is a hard link to the input: exit $rc"
ln -s plan.xml "$work/in/symlink.pdf"
"$EHCP" render "$plan" -o "$work/in/symlink.pdf" >"$work/log" 2>&1
rc=$?
[ $rc -ne 0 ] && [ "$(sha256sum <"$plan")" = "$before" ] && ok "output == input by symbolic link refused (exit $rc)" ||
    fail "output is a symbolic link to the input: exit $rc"
rm -f "$work/in/hardlink.pdf" "$work/in/symlink.pdf"
no_temps "$work/in" "output == input"

# 2. ulimit -f: the PDF is bigger than 8 KiB
echo "previous output" >"$work/out/prev.pdf"
(ulimit -f 8; exec "$EHCP" render "$plan" -o "$work/out/prev.pdf") >"$work/log" 2>&1
rc=$?
if [ $rc -ge 128 ]; then
    fail "ulimit -f: killed by signal $((rc - 128)) (SIGXFSZ not handled)"
elif [ $rc -eq 0 ]; then
    fail "ulimit -f: exit 0 although the file cannot be written"
elif [ "$(cat "$work/out/prev.pdf")" != "previous output" ]; then
    fail "ulimit -f: the previous output was changed"
elif ! grep -q "error\[IO\]" "$work/log"; then
    fail "ulimit -f: no IO diagnostic:"; sed 's/^/    /' "$work/log" | head -5
else
    ok "ulimit -f 8: exit $rc, previous output intact: $(grep -m1 'error\[IO\]' "$work/log" | cut -c1-150)"
fi
sanitizer_clean "$work/log" "ulimit -f"
no_temps "$work/out" "ulimit -f"

# 3. a full disk
mnt="$work/full"
mkdir -p "$mnt"
if unshare -m true 2>/dev/null; then
    unshare -m bash -c '
        mount -t tmpfs -o size=64k tmpfs "$1" || exit 99
        echo "previous output" >"$1/prev.pdf"
        "$2" render "$3" -o "$1/prev.pdf" >"$4" 2>&1
        echo "rc=$?" >>"$4"
        cat "$1/prev.pdf" >>"$4"
        ls -A "$1" | sed "s/^/file: /" >>"$4"
    ' _ "$mnt" "$EHCP" "$plan" "$work/log"
    if [ $? -eq 99 ]; then
        skip "full disk: cannot mount a tmpfs here"
    else
        rc=$(sed -n 's/^rc=//p' "$work/log")
        if [ "$rc" = 0 ]; then fail "full disk: exit 0"
        elif [ "${rc:-999}" -ge 128 ]; then fail "full disk: killed by signal"
        elif ! grep -qx "previous output" "$work/log"; then fail "full disk: previous output changed"
        elif grep -q "^file: .ehcp-" "$work/log"; then fail "full disk: temporary file left"
        elif ! grep -q "No space left on device" "$work/log"; then
            fail "full disk: no 'No space left on device' diagnostic:"; sed 's/^/    /' "$work/log" | head -5
        else ok "full disk (64 KiB tmpfs): exit $rc, previous output intact, no temporary file"
        fi
        sanitizer_clean "$work/log" "full disk"
    fi
else
    skip "full disk: unshare -m is not allowed here (needs root or user namespaces)"
fi

# 4. signals in the middle of a batch
mkdir -p "$work/batch"
for i in $(seq -w 1 12); do cp "$sample" "$work/batch/plan-$i.xml"; done
for sig in TERM INT; do
    for delay in 0.3 1.0 1.8; do
        out="$work/batch-out-$sig-$delay"
        mkdir -p "$out"
        # a background job of a script starts with SIGINT ignored: put the
        # default back, as an interactive Ctrl-C would find it
        setsid env --default-signal=INT,QUIT "$EHCP" render --quiet -j 2 --out-dir "$out" \
            "$work/batch" >"$work/log" 2>&1 &
        pid=$!
        sleep "$delay"
        kill -s "$sig" -- "-$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        # workers are in the same group; give any straggler a moment
        for _ in 1 2 3 4 5 6 7 8 9 10; do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.2; done
        no_temps "$out" "SIG$sig after ${delay}s"
        bad=0
        for pdf in "$out"/*.pdf; do
            [ -f "$pdf" ] || continue
            tail -c 1024 "$pdf" | grep -q '%%EOF' || { bad=1; fail "SIG$sig after ${delay}s: incomplete $pdf"; }
        done
        [ $bad = 0 ] && ok "SIG$sig after ${delay}s: $(ls "$out" | wc -l) complete PDFs, no temporary file"
    done
done

# 4b. a signal in the middle of one render over an existing output: the
# target is either the previous file or the complete new one, never a mix
for delay in 0.05 0.15 0.3 0.5 0.8; do
    echo "previous output" >"$work/out/sig.pdf"
    setsid "$EHCP" render "$plan" -o "$work/out/sig.pdf" >"$work/log" 2>&1 &
    pid=$!
    sleep "$delay"
    kill -s TERM -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ "$(head -c 15 "$work/out/sig.pdf")" = "previous output" ]; then
        ok "SIGTERM after ${delay}s of one render: previous output intact"
    elif tail -c 1024 "$work/out/sig.pdf" | grep -q '%%EOF' && [ "$(stat -c %s "$work/out/sig.pdf")" = "$size" ]; then
        ok "SIGTERM after ${delay}s of one render: the new output, complete"
    else
        fail "SIGTERM after ${delay}s of one render: the output is neither the old nor a complete new file"
    fi
    no_temps "$work/out" "SIGTERM after ${delay}s of one render"
done

# 5. outputs that are not files
"$EHCP" render "$plan" -o "$work/out" >"$work/log" 2>&1
rc=$?
[ $rc -ne 0 ] && ok "output is a folder: refused (exit $rc)" || fail "output is a folder: exit 0"
"$EHCP" render "$plan" -o "$work/no/such/folder/x.pdf" >"$work/log" 2>&1
rc=$?
[ $rc -ne 0 ] && [ ! -e "$work/no" ] && ok "output folder missing: refused (exit $rc)" ||
    fail "output in a missing folder: exit $rc"
if "$EHCP" render "$plan" -o /dev/null >"$work/log" 2>&1 && [ -c /dev/null ]; then
    ok "output /dev/null: written, still a device"
else
    fail "output /dev/null: $(head -1 "$work/log")"
fi

# 6. read-only inputs
if command -v strace >/dev/null 2>&1; then
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
        strace -f -qq -e trace=open,openat -o "$work/strace" "$EHCP" render "$plan" -o "$work/out/s.pdf" >/dev/null 2>&1
    if grep -F "$plan" "$work/strace" | grep -qE "O_WRONLY|O_RDWR|O_CREAT|O_TRUNC"; then
        fail "the input is opened for writing:"; grep -F "$plan" "$work/strace" | sed 's/^/    /'
    else
        ok "the input is opened read-only ($(grep -cF "$plan" "$work/strace") opens)"
    fi
else
    skip "read-only opens: strace is not installed"
fi
if unshare -m true 2>/dev/null; then
    unshare -m bash -c '
        mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" || exit 99
        touch "$1/probe" 2>/dev/null && exit 98
        "$2" render "$1/plan.xml" -o "$3" >"$4" 2>&1
    ' _ "$work/in" "$EHCP" "$work/out/ro.pdf" "$work/log"
    rc=$?
    if [ $rc -eq 99 ] || [ $rc -eq 98 ]; then skip "read-only input: cannot make a read-only mount here"
    elif [ $rc -eq 0 ] && [ -s "$work/out/ro.pdf" ]; then ok "input on a read-only file system renders"
    else fail "input on a read-only file system: exit $rc"; sed 's/^/    /' "$work/log" | head -5
    fi
else
    chmod 0444 "$plan"
    "$EHCP" render "$plan" -o "$work/out/ro.pdf" >"$work/log" 2>&1 && ok "read-only (0444) input renders" ||
        fail "read-only (0444) input: $(head -1 "$work/log")"
    chmod 0644 "$plan"
fi

# 7. inputs unchanged
if sha256sum -c --quiet "$work/sums.before" >/dev/null 2>&1; then
    ok "all ${#inputs[@]} inputs unchanged (sha256)"
else
    fail "an input changed:"; sha256sum -c "$work/sums.before" 2>&1 | grep -v ': OK' | sed 's/^/    /'
fi
no_temps "$work" "whole test"
no_temps samples "samples folder"

echo "data safety: $failures failures"
[ $failures -eq 0 ]
