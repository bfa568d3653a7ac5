#!/bin/bash
# ehcp render --policy: a final sample plan with a budget working, in
# standard, easy-read and large print, is PDF/UA and its text shows the two
# policy pages, the council's contacts, the amounts, and the rights dates,
# each computed here from the plan's final-issued date with date(1).
# A draft plan without a budget gets the contacts but neither page.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/pdf_asserts.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "policy_render: $*"; fail=1; }
has() { grep -qF -- "$2" <<<"$1" || no "$3: missing \"$2\""; }
lacks() { ! grep -qF -- "$2" <<<"$1" || no "$3: should not show \"$2\""; }
long_date() { date -u -d "$1" '+%A %-d %B %Y'; }

plan=samples/year9-direct-payment.xml
policy=samples/policies/wessex-points.xml
issued=$(sed -n 's:.*<final-issued>\(.*\)</final-issued>.*:\1:p' "$plan")
# n working days after a date, skipping Saturdays and Sundays (the window
# used here has no bank holiday)
working_days() {
    local d=$1 n=$2
    while [ "$n" -gt 0 ]; do
        d=$(date -u -d "$d + 1 day" +%F)
        [ "$(date -u -d "$d" +%u)" -le 5 ] && n=$((n - 1))
    done
    long_date "$d"
}
two_months=$(long_date "$issued + 2 months")
ten_working=$(working_days "$issued" 10)
twelve_months=$(long_date "$issued + 12 months")

for fmt in standard easy-read large-print; do
    out="$tmp/plan-$fmt.pdf"
    "$EHCP" render "$plan" --policy "$policy" --format "$fmt" -o "$out" >"$tmp/log" 2>&1 ||
        { no "$plan ($fmt) did not render:"; cat "$tmp/log"; continue; }
    assert_pdfua "$out" || no "$out is not PDF/UA"
    text=$(pdftotext "$out" - | tr -s ' \n' ' ')
    has "$text" "How your personal budget was worked out" "$fmt"
    has "$text" "Your rights: review, mediation and appeal" "$fmt"
    has "$text" "Contacting Wessex County Council" "$fmt"
    has "$text" "01632 960100" "$fmt"
    has "$text" "£1,950.00" "$fmt"          # 13 points x £150.00
    has "$text" "£2,610.00" "$fmt"          # agreed, with its reason
    has "$text" "I carry my card that says I am autistic." "$fmt"   # keeping safe, own words
    has "$text" "This plan was issued on $(long_date "$issued")" "$fmt"
    has "$text" "Do this by $two_months" "$fmt"        # mediation, Tribunal
    has "$text" "Do this by $ten_working" "$fmt"       # health appeal
    has "$text" "Do this by $twelve_months" "$fmt"     # Ombudsman
    [ "$fmt" = easy-read ] && has "$text" "All the points add up to 13." "$fmt"
    [ "$fmt" = easy-read ] || has "$text" "13 points x £150.00 = £1,950.00" "$fmt"
done

# the policy changes nothing else: without it there are no policy pages
"$EHCP" render "$plan" -o "$tmp/plain.pdf" >"$tmp/log" 2>&1 || { no "plain render failed"; cat "$tmp/log"; }
lacks "$(pdftotext "$tmp/plain.pdf" - | tr -s ' \n' ' ')" "How your personal budget was worked out" "without --policy"

# a draft without a personal budget: contacts only
"$EHCP" render samples/primary-draft.xml --policy "$policy" -o "$tmp/draft.pdf" >"$tmp/log" 2>&1 ||
    { no "draft did not render:"; cat "$tmp/log"; }
text=$(pdftotext "$tmp/draft.pdf" - | tr -s ' \n' ' ')
has "$text" "Contacting Wessex County Council" "draft"
lacks "$text" "How your personal budget was worked out" "draft"
lacks "$text" "Your rights: review, mediation and appeal" "draft"

# the Severnvale policy's bands and health stream
"$EHCP" render samples/post16-college-health.xml --policy samples/policies/severnvale-bands.xml \
    -o "$tmp/post16.pdf" >"$tmp/log" 2>&1 || { no "post16 did not render:"; cat "$tmp/log"; }
text=$(pdftotext "$tmp/post16.pdf" - | tr -s ' \n' ' ')
has "$text" "£6,400.00" "post16"
has "$text" "£1,872.00" "post16"
has "$text" "Contacting Severnvale Borough Council" "post16"

# a plan whose budget working breaks the policy is refused
"$EHCP" render "$plan" --policy samples/policies/severnvale-bands.xml -o "$tmp/wrong.pdf" >"$tmp/log" 2>&1
[ $? -eq 1 ] || no "a plan checked against another authority's policy should be refused (exit 1)"
grep -q 'POLICY-' "$tmp/log" || no "the refusal does not name the POLICY rules"
# a policy with errors is exit 1, a missing one exit 2
"$EHCP" render "$plan" --policy tests/invalid/policy/POLDEF-001.xml -o "$tmp/x.pdf" >/dev/null 2>&1
[ $? -eq 1 ] || no "an invalid policy should exit 1"
"$EHCP" render "$plan" --policy "$tmp/none.xml" -o "$tmp/x.pdf" >/dev/null 2>&1
[ $? -eq 2 ] || no "a missing policy should exit 2"
exit $fail
