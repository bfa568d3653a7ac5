#!/bin/bash
# tests/cli/pdf_corpus.sh — "ehcp check-pdf" against the veraPDF PDF/UA-1
# files in tests/pdfua/corpus: fails if agreement drops below the figure
# recorded in tests/pdfua/RESULTS.md (113 of 116 files).
set -u
expected_agree=113
expected_files=116
out=$("$EHCP_DATADIR/tests/pdfua/measure.sh" "$EHCP_DATADIR/tests/pdfua/corpus" -v) || exit 1
total=$(tail -n 1 <<<"$out")
agree=${total#total }; agree=${agree%/*}
files=${total#*/}
if [ "$files" -ne "$expected_files" ] || [ "$agree" -lt "$expected_agree" ]; then
    echo "corpus agreement is $agree/$files, recorded $expected_agree/$expected_files:"
    echo "$out"
    exit 1
fi
echo "$out"
