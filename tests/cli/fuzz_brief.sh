#!/bin/bash
# tests/cli/fuzz_brief.sh — the short fuzz run make check does, so CI catches
# a regression: builds the libFuzzer harnesses (tools/fuzz), replays every
# saved crash input in tests/fuzz/regressions/, then fuzzes each harness
# (plan, page, pdf) for FUZZ_SECONDS (default 20) with -max_len,
# -rss_limit_mb and -timeout set. Any crash, leak, hang or sanitizer report
# fails the test. Skipped under EHCP_SANITIZED=1 (make check-asan): the
# harnesses carry their own sanitizers and one run per make check is enough.
set -u
cd "$(dirname "$0")/../.."
if [ "${EHCP_SANITIZED:-0}" = 1 ]; then
    echo "SKIP fuzz_brief: already run in the plain pass of make check"
    exit 0
fi
FUZZ_SECONDS=${FUZZ_SECONDS:-20} tools/fuzz
rc=$?
if [ $rc -eq 77 ]; then
    echo "SKIP fuzz_brief: clang or libFuzzer is missing (tools/install-deps check installs them)"
    exit 0
fi
exit $rc
