#!/bin/bash
# tests/cli/render_samples.sh — issues 3 and 4: every sample plan renders in
# standard (classic and national order), easy-read and large-print, and each
# PDF passes ehcp check-pdf and the independent readers (assert_pdfua: qpdf,
# poppler pdfinfo/pdffonts, Mozilla pdf.js), has an outline, and reads in the
# right order:
#  - standard, classic: pdfinfo -struct-text has H1 headings "Section A" ...
#    "Section K" in order; pdftotext has the person's name, then Section A's
#    heading and text, then B's, E's and F's (key strings read from the plan
#    by tests/tools/plan_keys.xsl);
#  - standard, national: H1 broad-area groups with an H2 "Section B" before an
#    H2 "Section F" in each; the area's first need text comes before the first
#    provision that meets it (pdftotext);
#  - review samples render (standard) and pass assert_pdfua;
#  - html is well-formed XHTML (xmllint) with lang, a title and headings;
#  - an invalid plan is refused (exit 1, no output file) and renders with
#    --force; "-o -" writes the PDF to standard output.
# Under EHCP_SANITIZED=1 (ASan/UBSan build, several times slower) a
# representative subset is rendered: two samples (all formats), one review.
set -u
. "$EHCP_DATADIR/tests/lib/pdf_asserts.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_samples: $*"; fail=1; }

samples=("$EHCP_DATADIR"/samples/*.xml)
reviews=("$EHCP_DATADIR"/samples/reviews/*.xml)
[ -e "${samples[0]}" ] || { echo "render_samples: no samples in $EHCP_DATADIR/samples"; exit 1; }
if [ -n "${EHCP_SANITIZED:-}" ]; then
    echo "render_samples: EHCP_SANITIZED: checking a subset (2 samples, 1 review)"
    samples=("${samples[@]:0:2}")
    reviews=("${reviews[@]:0:1}")
fi

# Text of a PDF flattened to one line, with typographic quotes made plain.
flat_text() { pdftotext -enc UTF-8 "$1" - 2>/dev/null | tr '\n\f' '  ' | sed "s/[’‘]/'/g; s/[“”]/\"/g" | tr -s ' '; }
# The first N words of a string (default 6), quotes made plain.
words() { sed "s/[’‘]/'/g; s/[“”]/\"/g" <<<"$1" | tr -s ' ' | cut -d' ' -f1-"${2:-6}"; }
# Character offset of the first (or, with "last", the last) occurrence; -1 if none.
pos() { # TEXTFILE STRING [last]
    awk -v s="$2" -v last="${3:-}" '{
        p = index($0, s); if (p == 0) { print -1; exit }
        if (last != "") { q = p; while ((r = index(substr($0, q + 1), s)) > 0) q += r; p = q }
        print p; exit }' "$1"
}
# "LEVEL<TAB>text" for every heading in pdfinfo -struct-text order.
headings() {
    pdfinfo -struct-text "$1" 2>/dev/null | awk '
        function flush() { if (lvl != "") { gsub(/  +/, " ", txt); sub(/^ /, "", txt); print lvl "\t" txt } lvl = "" }
        match($0, /^ *H[1-6] /) { flush(); ind = RLENGTH - 3; lvl = substr($0, RLENGTH - 2, 2); txt = ""; next }
        lvl != "" {
            match($0, /^ */)
            if (RLENGTH <= ind) { flush(); next }
            if ($0 ~ /^ *"/) { t = $0; sub(/^ *"/, "", t); sub(/"$/, "", t); txt = txt " " t }
        }
        END { flush() }'
}

render() { # OUT.pdf ARGS...
    local out=$1; shift
    if ! "$EHCP" render "$@" -o "$out" >"$dir/render.err" 2>&1; then
        err "ehcp render $* failed:"; sed 's/^/    /' "$dir/render.err" | head -20
        return 1
    fi
    [ -s "$out" ] || { err "ehcp render $* made no output"; return 1; }
    # assert_pdfua without its pdf.js part (run once for all files below).
    assert_check_pdf "$out" && assert_qpdf_clean "$out" && assert_pdfinfo_ua "$out" &&
        assert_fonts_ok "$out" || { err "$(basename "$out") fails the PDF/UA checks (above)"; return 1; }
}

# One sample, every format; messages go to stdout (the caller logs them).
check_sample() { # PLAN.xml
    local s=$1 b fail=0
    b=$(basename "$s" .xml)
    xsltproc "$EHCP_DATADIR/tests/tools/plan_keys.xsl" "$s" >"$dir/$b.keys" 2>/dev/null ||
        err "$b: xsltproc plan_keys.xsl failed"
    key() { awk -F'\t' -v k="$1" -v f="${2:-2}" '$1 == k { print $f; exit }' "$dir/$b.keys"; }

    # Standard, classic order.
    if render "$dir/$b.pdf" "$s"; then
        headings "$dir/$b.pdf" >"$dir/$b.heads"
        letters=$(awk -F'\t' '$1 == "H1" && $2 ~ /^Section [A-K][12]?:/ { print substr($2, 9, 1) }' "$dir/$b.heads" | tr -d '\n')
        # Section H may be H1 and H2 (two H1 headings): squeeze repeats.
        [ "$(tr -s 'A-K' <<<"$letters")" = "ABCDEFGHIJK" ] ||
            err "$b.pdf: H1 headings are not Section A to K in order (pdfinfo -struct-text gives '$letters'):
$(grep '^H1' "$dir/$b.heads" | sed 's/^/    /')"
        flat_text "$dir/$b.pdf" >"$dir/$b.txt"
        name=$(key name)
        prev=0 prev_what="start"
        for step in "name:$name" "heading A:Section A: The views" "text A:$(words "$(key A)")" \
                    "heading B:Section B: Special educational needs" "text B:$(words "$(key B)")" \
                    "heading E:Section E: Outcomes" "text E:$(words "$(key E)")" \
                    "heading F:Section F: Special educational provision" "text F:$(words "$(key F)")"; do
            what=${step%%:*} str=${step#*:}
            # Headings are also listed on the contents page: take the last one.
            if [[ "$what" == heading* ]]; then p=$(pos "$dir/$b.txt" "$str" last); else p=$(pos "$dir/$b.txt" "$str"); fi
            if [ "$p" -lt 0 ]; then err "$b.pdf: pdftotext has no $what (\"$str\")"
            elif [ "$p" -le "$prev" ]; then err "$b.pdf: pdftotext reading order: $what (\"$str\") is not after $prev_what"
            fi
            prev=$p prev_what="$what"
        done
    fi

    # Standard, national order: grouped by broad area of need.
    if render "$dir/$b-national.pdf" --order national "$s"; then
        headings "$dir/$b-national.pdf" >"$dir/$b-national.heads"
        groups=$(awk -F'\t' '
            $1 == "H1" { if (area != "" && b && f && !(b < f)) bad = bad " " area
                         area = ($2 ~ /^Section /) ? "" : $2; b = f = n = 0; next }
            area != "" && $1 == "H2" { n++; if ($2 ~ /^Section B:/ && !b) b = n; if ($2 ~ /^Section F:/ && !f) f = n
                                        if (b && f) ok[area] = 1 }
            END { if (area != "" && b && f && !(b < f)) bad = bad " " area
                  c = 0; for (a in ok) c++; print c "|" bad }' "$dir/$b-national.heads")
        [ "${groups%%|*}" -ge 1 ] ||
            err "$b-national.pdf: no broad-area H1 with an H2 'Section B' and an H2 'Section F' (pdfinfo -struct-text):
$(sed 's/^/    /' "$dir/$b-national.heads" | head -40)"
        [ -z "${groups#*|}" ] || err "$b-national.pdf: Section F comes before Section B in area(s):${groups#*|}"
        flat_text "$dir/$b-national.pdf" >"$dir/$b-national.txt"
        need=$(words "$(key area 3)") prov=$(words "$(key area 4)")
        if [ -n "$need" ] && [ -n "$prov" ]; then
            pn=$(pos "$dir/$b-national.txt" "$need") pp=$(pos "$dir/$b-national.txt" "$prov")
            if [ "$pn" -lt 0 ] || [ "$pp" -lt 0 ]; then err "$b-national.pdf: pdftotext lacks \"$need\" or \"$prov\""
            elif [ "$pn" -ge "$pp" ]; then err "$b-national.pdf: the $(key area) need (\"$need\") is not before its provision (\"$prov\")"
            fi
        fi
    fi

    render "$dir/$b-easy-read.pdf" --format easy-read "$s"
    render "$dir/$b-large-print.pdf" --format large-print "$s"

    # HTML: well-formed XHTML with lang, a title and headings.
    if "$EHCP" render --format html "$s" -o "$dir/$b.html" >"$dir/render.err" 2>&1; then
        if xmllint --noout "$dir/$b.html" 2>"$dir/xml.err"; then
            lang=$(xmllint --xpath 'string(/*[local-name()="html"]/@lang)' "$dir/$b.html" 2>/dev/null)
            title=$(xmllint --xpath 'normalize-space(//*[local-name()="title"])' "$dir/$b.html" 2>/dev/null)
            nh=$(xmllint --xpath 'count(//*[local-name()="h1"])' "$dir/$b.html" 2>/dev/null)
            [ -n "$lang" ] || err "$b.html: <html> has no lang attribute"
            [ -n "$title" ] || err "$b.html: no <title>"
            [ "${nh:-0}" -ge 12 ] || err "$b.html: $nh h1 headings, expected at least 12 (cover and Sections A to K)"
        else
            err "$b.html is not well-formed XML:"; head -5 "$dir/xml.err"
        fi
    else
        err "ehcp render --format html $s failed:"; head -20 "$dir/render.err"
    fi
    return $fail
}

# Samples in parallel (one worker per core, at most 4), each logging to a file.
workers=$(nproc 2>/dev/null || echo 2); [ "$workers" -gt 4 ] && workers=4
running=0
for s in "${samples[@]}"; do
    b=$(basename "$s" .xml)
    mkdir -p "$dir/w-$b"
    ( dir=$dir/w-$b; check_sample "$s" >"$dir.log" 2>&1; echo $? >"$dir.status" ) &
    running=$((running + 1))
    if [ "$running" -ge "$workers" ]; then wait -n; running=$((running - 1)); fi
done
wait
for s in "${samples[@]}"; do
    b=$(basename "$s" .xml)
    cat "$dir/w-$b.log"
    [ "$(cat "$dir/w-$b.status" 2>/dev/null)" = 0 ] || fail=1
done

# Annual reviews: standard.
for r in "${reviews[@]}"; do
    [ -e "$r" ] || continue
    render "$dir/review-$(basename "$r" .xml).pdf" "$r"
done

# pdf.js, once for every PDF (one node start): the check.mjs part of
# assert_pdfua, and the outline.
shopt -s nullglob
pdfs=("$dir"/*.pdf "$dir"/w-*/*.pdf)
shopt -u nullglob
if [ "${#pdfs[@]}" -gt 0 ]; then
    out=$(node "$EHCP_DATADIR/tests/pdfjs/check.mjs" "${pdfs[@]}" 2>&1) || err "pdf.js check.mjs:
$out"
    out=$(node "$EHCP_DATADIR/tests/pdfjs/measure.mjs" --outline "${pdfs[@]}" 2>&1) ||
        err "pdf.js outline: $(grep -v ': ok: ' <<<"$out")"
fi
# The outline also seen by qpdf (first sample's PDF).
first=$(basename "${samples[0]}" .xml)
firstpdf=$dir/w-$first/$first.pdf
if [ -f "$firstpdf" ]; then
    qpdf --json "$firstpdf" 2>/dev/null | grep -q '"/Outlines"' ||
        err "$first.pdf: qpdf --json finds no /Outlines"
fi

# Invalid plan: refused with exit 1 and no output; --force renders it.
sed 's#<date-of-birth>[^<]*</date-of-birth>#<date-of-birth>2099-01-01</date-of-birth>#' "${samples[0]}" >"$dir/invalid.xml"
"$EHCP" render "$dir/invalid.xml" -o "$dir/invalid.pdf" >"$dir/inv.out" 2>&1; s=$?
[ "$s" -eq 1 ] || err "render of an invalid plan (birth date 2099) exited $s, expected 1: $(head -3 "$dir/inv.out")"
[ ! -e "$dir/invalid.pdf" ] || err "render of an invalid plan left an output file"
grep -q 'error\[' "$dir/inv.out" || err "render of an invalid plan printed no error: $(head -3 "$dir/inv.out")"
"$EHCP" render --force "$dir/invalid.xml" -o "$dir/invalid.pdf" >"$dir/inv.out" 2>&1; s=$?
[ "$s" -eq 0 ] && [ -s "$dir/invalid.pdf" ] || err "render --force of an invalid plan: exit $s, output $( [ -s "$dir/invalid.pdf" ] && echo present || echo missing)"

# -o - writes the PDF to standard output (and nothing else there).
"$EHCP" render "${samples[0]}" -o - >"$dir/stdout.pdf" 2>"$dir/stdout.err"; s=$?
[ "$s" -eq 0 ] || err "render -o - exited $s: $(head -3 "$dir/stdout.err")"
[ "$(head -c 5 "$dir/stdout.pdf")" = "%PDF-" ] || err "render -o - did not write a PDF to standard output"
if [ -f "$firstpdf" ]; then
    cmp -s "$dir/stdout.pdf" "$firstpdf" || err "render -o - differs from render -o FILE"
fi
[ ! -e ./- ] || err "render -o - made a file named '-'"

[ "$fail" -eq 0 ] && echo "render_samples: ${#pdfs[@]} PDFs from ${#samples[@]} samples and ${#reviews[@]} reviews pass"
exit $fail
