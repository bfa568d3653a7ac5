#!/bin/bash
# Each review sample renders in standard, easy-read and large print to a PDF
# that passes the PDF/UA checks, and its text shows every outcome id of the
# progress section and the recommendation. Then an amendment notice: the
# early-years review applied to its plan, diffed, gives a notice PDF whose
# comment-by date is 14 days after --issued (reg 22(2): at least 15 days'
# notice, counting the day of issue).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/pdf_asserts.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "review_render: $*"; fail=1; }

while read -r review plan decision; do
    name=$(basename "$review" .xml)
    for fmt in standard easy-read large-print; do
        out="$tmp/$name-$fmt.pdf"
        "$EHCP" render "$review" --plan "$plan" --format "$fmt" -o "$out" >"$tmp/log" 2>&1 ||
            { no "$review ($fmt) did not render:"; cat "$tmp/log"; continue; }
        "$EHCP" check-pdf "$out" >"$tmp/log" 2>&1 || { no "$out fails check-pdf:"; cat "$tmp/log"; }
        assert_pdfua "$out" || no "$out is not PDF/UA"
        text=$(pdftotext "$out" - | tr -s ' \n' ' ')
        for id in $(grep -o '<outcome-review ref="[^"]*"' "$review" | cut -d'"' -f2); do
            grep -q "Outcome $id:" <<<"$text" || no "$out: progress table has no outcome $id"
        done
        grep -q "Recommendation" <<<"$text" || no "$out: no recommendation heading"
        grep -q "$decision" <<<"$text" || no "$out: the recommendation '$decision' is missing"
    done
    # with the plan attached, the progress table shows the outcomes' own words
    first=$(grep -o '<statement>[^<]\{1,40\}' "$plan" | head -n 1 | sed 's/<statement>//')
    pdftotext "$tmp/$name-standard.pdf" - | tr -s ' \n' ' ' | grep -qF "$first" ||
        no "$review: the outcome wording from $plan is not shown"
done <<'LIST'
samples/reviews/early-years-amend.xml samples/early-years.xml Change the plan as proposed.
samples/reviews/year9-pfa-review.xml samples/year9-direct-payment.xml Keep the plan as it is.
LIST

# HTML too (no PDF checks: it is a web page)
"$EHCP" render samples/reviews/year9-pfa-review.xml --format html -o "$tmp/review.html" >"$tmp/log" 2>&1 ||
    { no "the review does not render as html:"; cat "$tmp/log"; }

# amendment notice from two versions of a sample plan
issued=2026-07-27
"$EHCP" review apply samples/reviews/early-years-amend.xml --plan samples/early-years.xml \
    -o "$tmp/amended.xml" >"$tmp/log" 2>&1 || { no "review apply failed:"; cat "$tmp/log"; }
"$EHCP" diff samples/early-years.xml "$tmp/amended.xml" --notice "$tmp/notice.pdf" --issued "$issued" \
    >"$tmp/log" 2>&1
[ -s "$tmp/notice.pdf" ] || { no "no notice was written:"; cat "$tmp/log"; }
if [ -s "$tmp/notice.pdf" ]; then
    assert_pdfua "$tmp/notice.pdf" || no "the notice is not PDF/UA"
    due=$(date -u -d "$issued + 14 days" '+%-d %B %Y')
    pdftotext "$tmp/notice.pdf" - | tr -s ' \n' ' ' | grep -qF "$due" ||
        no "the notice does not show the comment-by date $due"
fi
exit $fail
