#!/bin/bash
# tests/cli/render_accessible_formats.sh — issue 5: every sample in easy read
# and large print, measured from the PDF with tools we did not write:
#  - no body text below 14 pt (easy read) or 16 pt (large print): pdf.js text
#    items (size from the text matrix; /Artifact running header and footer
#    excluded; tests/pdfjs/measure.mjs) and, independently, poppler's word
#    boxes (pdftotext -bbox; height calibrated on the standard format's body
#    size; words in the top and bottom margins excluded; tests/tools/bbox_check.mjs);
#  - no italic fonts (pdffonts: no font name with Italic or Oblique);
#  - every picture has alt text: every Figure in the structure tree has /Alt
#    (pdf.js struct tree, and qpdf --json: no /S /Figure without /Alt), and an
#    easy-read document has pictures (at least one Figure);
#  - nothing clipped or overlapping: no text outside the page or within 5 mm
#    of its edge, no two text items (pdf.js) or words (poppler) overlapping.
# Under EHCP_SANITIZED=1 three samples are measured (the rest is the same code).
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
err() { echo "render_accessible_formats: $*"; fail=1; }
profiles=$EHCP_DATADIR/templates/profiles
prof() { sed -n "s/^$2 *= *//p" "$profiles/$1.profile" | head -n 1; }   # FORMAT KEY
mm2pt() { awk -v m="$1" 'BEGIN { printf "%.1f", m * 72 / 25.4 }'; }

samples=("$EHCP_DATADIR"/samples/*.xml)
[ -e "${samples[0]}" ] || { echo "render_accessible_formats: no samples"; exit 1; }
if [ -n "${EHCP_SANITIZED:-}" ]; then
    echo "render_accessible_formats: EHCP_SANITIZED: measuring 3 samples"
    samples=("${samples[@]:0:3}")
fi

# Calibrate poppler's word-box height on the standard format's body text.
body=$(prof standard body_size_pt)
"$EHCP" render "${samples[0]}" -o "$dir/standard.pdf" >"$dir/err" 2>&1 ||
    { echo "render_accessible_formats: cannot render ${samples[0]}: $(head -5 "$dir/err")"; exit 1; }
pdftotext -bbox "$dir/standard.pdf" "$dir/standard.html"
factor=$(node "$EHCP_DATADIR/tests/tools/bbox_check.mjs" --calibrate "$body" "$dir/standard.html") ||
    { echo "render_accessible_formats: calibration failed"; exit 1; }
echo "word-box height × $factor = font size (calibrated on ${body} pt standard body text)"

for fmt in easy-read large-print; do
    case $fmt in easy-read) min=14 ;; large-print) min=16 ;; esac
    top=$(mm2pt "$(prof $fmt margin_top_mm)") bottom=$(mm2pt "$(prof $fmt margin_bottom_mm)")
    pdfs=() words=()
    for s in "${samples[@]}"; do
        b=$(basename "$s" .xml)
        out=$dir/$b-$fmt.pdf
        if ! "$EHCP" render --format "$fmt" "$s" -o "$out" >"$dir/err" 2>&1; then
            err "ehcp render --format $fmt $b failed:"; head -10 "$dir/err"; continue
        fi
        pdfs+=("$out")
        # Italics: none in either format.
        italic=$(pdffonts "$out" 2>&1 | tail -n +3 | awk '{ print $1 }' | grep -iE 'italic|oblique')
        [ -z "$italic" ] || err "$b-$fmt.pdf uses italic fonts: $italic"
        # Figures without /Alt, as qpdf sees the structure tree.
        qpdf --json "$out" >"$dir/$b-$fmt.json" 2>/dev/null || err "qpdf --json $b-$fmt.pdf failed"
        pdftotext -bbox "$out" "$dir/$b-$fmt.words.html" || err "pdftotext -bbox $b-$fmt.pdf failed"
        words+=("$dir/$b-$fmt.words.html")
    done
    [ "${#pdfs[@]}" -gt 0 ] || continue
    figs="--figure-count 0"; [ "$fmt" = easy-read ] && figs="--figures"
    # pdf.js: sizes (body, furniture excluded), geometry, figures' alt text.
    out=$(node "$EHCP_DATADIR/tests/pdfjs/measure.mjs" --min-body "$min" --geometry $figs "${pdfs[@]}" 2>&1) ||
        err "$fmt (pdf.js):
$(grep -v ': ok: ' <<<"$out" | head -40)"
    grep ': ok: ' <<<"$out" | sed "s|$dir/||"
    # A Figure with no alt at all is not in pdf.js's alt list: ask qpdf too.
    node -e '
        let bad = 0;
        for (const f of process.argv.slice(1)) {
            const j = JSON.parse(require("fs").readFileSync(f, "utf8"));
            const objs = Array.isArray(j.qpdf) ? j.qpdf[1] : (j.objects || {});
            let n = 0, noalt = 0;
            for (const o of Object.values(objs)) {
                const v = o && o.value !== undefined ? o.value : o;
                if (!v || typeof v !== "object" || v["/S"] !== "/Figure") continue;
                n++;
                if (!v["/Alt"]) noalt++;
            }
            if (noalt) { console.log(`${f}: ${noalt} of ${n} /Figure elements have no /Alt (qpdf --json)`); bad = 1; }
        }
        process.exit(bad);' "$dir"/*-"$fmt".json || err "$fmt: Figures without /Alt (qpdf, above)"
    # poppler word boxes: sizes in the body area, overlaps, clipping.
    out=$(node "$EHCP_DATADIR/tests/tools/bbox_check.mjs" --factor "$factor" --min "$min" --top "$top" --bottom "$bottom" "${words[@]}" 2>&1) ||
        err "$fmt (pdftotext -bbox):
$(grep -v ': ok: ' <<<"$out" | head -40)"
done
[ "$fail" -eq 0 ] && echo "render_accessible_formats: ${#samples[@]} samples pass in easy-read and large-print"
exit $fail
