#!/bin/bash
# tests/reference/update.sh — regenerates the reference page images
# (tests/reference/page-*.png) from tests/reference/plan.xml. Run it only
# after a deliberate change to how pages look, look at the new images, and
# commit them with that change. See tests/reference/README.md.
#   tests/reference/update.sh [path/to/ehcp]   (default: build/bin/ehcp)
set -eu
cd "$(dirname "$0")/../.."
export EHCP=${1:-${EHCP:-$PWD/build/bin/ehcp}}
export EHCP_DATADIR=$PWD
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
. tests/reference/common.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref_pages "$tmp"
for n in $(seq 1 "$REF_PAGES"); do
    cp "$tmp/page-$n.png" "tests/reference/page-$n.png"
    echo "wrote tests/reference/page-$n.png"
done
