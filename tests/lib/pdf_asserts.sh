# tests/lib/pdf_asserts.sh — shell helpers for tests that make PDFs. Source it:
#   . "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
#   assert_pdfua out.pdf || exit 1
# Needs $EHCP (the binary under test) and $EHCP_DATADIR (the repository root).
# Each helper prints what failed to stderr and returns non-zero.

_pdf_fail() { echo "pdf_asserts: $*" >&2; return 1; }

# ehcp's own PDF/UA-1 machine checks pass.
assert_check_pdf() {
    local out
    out=$("$EHCP" check-pdf "$1" 2>&1) || _pdf_fail "ehcp check-pdf $1 failed:
$out" || return 1
}

# qpdf finds no syntax or stream errors (and no warnings).
assert_qpdf_clean() {
    local out
    out=$(qpdf --check "$1" 2>&1) || _pdf_fail "qpdf --check $1:
$out" || return 1
    if grep -qi 'warning' <<<"$out"; then _pdf_fail "qpdf --check $1 warns:
$out"; return 1; fi
}

# poppler: tagged, PDF 1.7, XMP with the PDF/UA identifier.
assert_pdfinfo_ua() {
    local info meta
    info=$(pdfinfo "$1" 2>&1) || { _pdf_fail "pdfinfo $1: $info"; return 1; }
    grep -q '^Tagged: *yes' <<<"$info" || { _pdf_fail "$1 is not tagged (pdfinfo)"; return 1; }
    grep -q '^PDF version: *1\.7' <<<"$info" || { _pdf_fail "$1 is not PDF 1.7 (pdfinfo)"; return 1; }
    meta=$(pdfinfo -meta "$1" 2>&1)
    grep -q 'pdfuaid:part>1<' <<<"$meta" || { _pdf_fail "$1 has no pdfuaid:part 1 (pdfinfo -meta)"; return 1; }
}

# poppler: every font embedded and with a Unicode map.
assert_fonts_ok() {
    local fonts bad
    fonts=$(pdffonts "$1" 2>&1) || { _pdf_fail "pdffonts $1: $fonts"; return 1; }
    # Columns from the right: object ID (2 fields), uni, sub, emb.
    bad=$(tail -n +3 <<<"$fonts" | awk '{ if ($(NF-4) != "yes" || $(NF-2) != "yes") print }')
    [ -z "$bad" ] || { _pdf_fail "$1 has fonts not embedded or without ToUnicode:
$bad"; return 1; }
}

# Mozilla pdf.js (tests/pdfjs/check.mjs).
assert_pdfjs_ok() {
    local out
    out=$(node "$EHCP_DATADIR/tests/pdfjs/check.mjs" "$1" 2>&1) || { _pdf_fail "pdf.js: $out"; return 1; }
}

# Everything above: the PDF/UA-1 conformance our independent readers can see.
assert_pdfua() {
    assert_check_pdf "$1" && assert_qpdf_clean "$1" && assert_pdfinfo_ua "$1" &&
        assert_fonts_ok "$1" && assert_pdfjs_ok "$1"
}

# ehcp check-pdf names checkpoint RULE (e.g. MH-13-004) for FILE and exits 1.
assert_check_pdf_names() { # FILE RULE
    local out status
    out=$("$EHCP" check-pdf "$1" 2>&1)
    status=$?
    [ "$status" -eq 1 ] || { _pdf_fail "check-pdf $1 exited $status, expected 1"; return 1; }
    grep -q "error\[$2\]" <<<"$out" || { _pdf_fail "check-pdf $1 does not name $2:
$out"; return 1; }
}
