#!/bin/bash
# tests/cli/no_network.sh — ehcp never touches the network, whatever a plan
# or template asks for. Each run happens in a new network namespace with no
# interfaces (unshare -n: even loopback is down) under strace, and the test
# fails if any process makes an AF_INET or AF_INET6 socket or connects one.
# The inputs ask for the network every way XML allows: an external entity
# and an external DTD over http, XInclude over http, xsi:schemaLocation and
# an xml-stylesheet processing instruction naming http URLs, a picture with
# an http URL, and a template that calls document('http://...') and
# exsl:document(href='http://...'). Skipped (visibly) without unshare
# permission or strace.
# Environment: EHCP, EHCP_DATADIR.
set -u
cd "$(dirname "$0")/../.."
EHCP=${EHCP:-$PWD/build/bin/ehcp}
export EHCP_DATADIR=${EHCP_DATADIR:-$PWD}
if ! command -v strace >/dev/null 2>&1; then
    echo "SKIP no_network: strace is not installed (apt-get install strace); network use NOT checked"
    exit 0
fi
if ! unshare -n true 2>/dev/null; then
    echo "SKIP no_network: unshare -n is not permitted here (needs root or user namespaces); network use NOT checked"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 runs=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

sample=$(ls samples/*.xml | head -1)
U=http://127.0.0.1:9
# A plan that is otherwise the sample, with URLs in the places XML allows.
sed -e "1a <?xml-stylesheet type=\"text/xsl\" href=\"$U/style.xsl\"?>" \
    -e "0,/<plan /s|<plan |<plan xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:ehcp:plan:1 $U/ehcp.xsd\" |" \
    -e "s|picture=\"[^\"]*\"|picture=\"$U/picture.png\"|g" \
    "$sample" >"$work/urls.xml"
cat >"$work/entity.xml" <<EOF
<?xml version="1.0"?>
<!DOCTYPE plan SYSTEM "$U/plan.dtd" [<!ENTITY x SYSTEM "$U/x">]>
<plan xmlns="urn:ehcp:plan:1">&x;</plan>
EOF
cat >"$work/xinclude.xml" <<EOF
<plan xmlns="urn:ehcp:plan:1" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="$U/part.xml"/></plan>
EOF
# A data folder whose standard template reaches for the network.
mkdir -p "$work/data/templates"
for d in schema fonts; do [ -e "$EHCP_DATADIR/$d" ] && ln -s "$EHCP_DATADIR/$d" "$work/data/$d"; done
for f in "$EHCP_DATADIR"/templates/*; do ln -s "$f" "$work/data/templates/"; done
rm -f "$work/data/templates/standard.xsl"
cat >"$work/data/templates/standard.xsl" <<EOF
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/">
    <xsl:variable name="remote" select="document('$U/lookup.xml')"/>
    <exsl:document href="$U/upload"><xsl:copy-of select="/"/></exsl:document>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>x</title></head>
      <body><p><xsl:value-of select="count(\$remote)"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
EOF

run() { # WHAT DATADIR ehcp-arguments...
    local what=$1 data=$2; shift 2
    runs=$((runs + 1))
    # LeakSanitizer cannot run under ptrace: leaks are checked by the other tests
    EHCP_DATADIR=$data ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" unshare -n strace -f -qq -e trace=socket,connect -o "$work/trace" \
        "$EHCP" "$@" >"$work/out" 2>&1
    local rc=$?
    if grep -E "socket\((AF_INET|AF_INET6|PF_INET)|connect\(.*(AF_INET|sin_port|sin6_port)" "$work/trace" >"$work/net"; then
        fail "$what: network use:"; sed 's/^/    /' "$work/net" | head -5
    elif [ $rc -ge 128 ]; then
        fail "$what: killed by signal $((rc - 128))"
    elif grep -qE "AddressSanitizer|LeakSanitizer|runtime error:" "$work/out"; then
        fail "$what: sanitizer report"
    else
        local local_sockets
        local_sockets=$(grep -c "socket(AF_UNIX" "$work/trace")
        printf 'ok   %-44s exit %s, no AF_INET/AF_INET6 socket (%s local sockets)\n' \
            "$what" "$rc" "$local_sockets"
    fi
}

run "validate: URLs in PI, schemaLocation, pictures" "$EHCP_DATADIR" validate "$work/urls.xml"
run "validate: external DTD and entity over http" "$EHCP_DATADIR" validate "$work/entity.xml"
run "validate: XInclude over http" "$EHCP_DATADIR" validate "$work/xinclude.xml"
if "$EHCP" help render 2>&1 | grep -qi "not implemented"; then
    echo "NOTE: ehcp render is not implemented yet: render runs skipped"
else
    run "render: URLs in PI, schemaLocation" "$EHCP_DATADIR" render "$work/urls.xml" -o "$work/a.pdf"
    run "render easy-read: picture http URLs" "$EHCP_DATADIR" render --format easy-read --force "$work/urls.xml" -o "$work/b.pdf"
    run "render: external entity" "$EHCP_DATADIR" render "$work/entity.xml" -o "$work/c.pdf"
    run "render: XInclude" "$EHCP_DATADIR" render "$work/xinclude.xml" -o "$work/d.pdf"
    run "render: template document() and exsl:document" "$work/data" render --force "$sample" -o "$work/e.pdf"
    if grep -q "error\[TEMPLATE\]\|template" "$work/out"; then
        echo "     (the template's network calls were refused: $(grep -m1 -i 'template' "$work/out" | cut -c1-120))"
    fi
fi
echo "no network: $runs runs, $failures failures"
[ $failures -eq 0 ]
