#!/bin/bash
# tests/hostile/gen.sh DIR — writes the hostile inputs too big to keep in git
# into DIR, each with its .expect file (same format as cases/*.expect; see
# tests/hostile/README.md). Fast: the 200 MB file is sparse (it must be
# refused by its size, before a byte is read), the rest are made with head, tr and awk
# (no python: CI installs only what tools/install-deps lists).
set -eu
dir=$1
mkdir -p "$dir"
cd "$dir"
P='xmlns="urn:ehcp:plan:1"'

# 200 MB: refused from fstat alone. A sparse file costs no disk and no time.
truncate -s 200M big-200mb.xml
cat > big-200mb.expect <<'E'
# a 200 MB file: refused by size before reading (EHCP_MAX_INPUT_BYTES)
validate: 1 error[LIMIT]: the file is 209715200 bytes, more than the limit of 16777216
timeout: 5
E

rep() { # rep TEXT COUNT: TEXT written COUNT times, fast, without python
    local text=$1 count=$2
    if [ ${#text} -eq 1 ]; then
        head -c "$count" /dev/zero | tr '\0' "$text"
    else
        awk -v t="$text" -v n="$count" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'
    fi
}
case_file() { # case_file NAME.xml: the input on stdin, the expectation in $expect
    cat >"$1"
    printf '%s\n' "$expect" >"${1%.*}.expect"
}

# 50 MB in one text node: over the input limit by default...
expect='# a 50 MB text node: over the input size limit
validate: 1 error[LIMIT]: the file is 50000050 bytes, more than the limit of 16777216
timeout: 10'
{ printf '<plan %s><meta>' "$P"; rep x 50000000; printf '</meta></plan>'; } | case_file text-50mb.xml
# ... and with the input limit raised, over the text limit (same bytes, linked)
ln -s text-50mb.xml text-50mb-raised.xml
cat > text-50mb-raised.expect <<'E'
# the same 50 MB text node with EHCP_MAX_INPUT_BYTES raised: the text limit stops it
env: EHCP_MAX_INPUT_BYTES=60000000
validate: 1 error[LIMIT]: a piece of text is longer than 1048576 bytes
timeout: 20
E
# just over the text limit: our own check (libxml2's stops at 10,000,000)
expect='# a 2 MiB text node: over EHCP_MAX_TEXT_BYTES (1 MiB)
validate: 1 error[LIMIT]: a piece of text is longer than 1048576 bytes'
{ printf '<plan %s><meta>' "$P"; rep y $((2 << 20)); printf '</meta></plan>'; } | case_file text-2mb.xml
# 10 MiB attribute: libxml2's own cap (10,000,000 bytes) fires first
expect='# a 10 MiB attribute value: libxml2 refuses values over 10,000,000 bytes
validate: 1 error[LIMIT]: a text or attribute value is longer than the parser accepts'
{ printf '<plan %s id="' "$P"; rep z $((10 << 20)); printf '"/>'; } | case_file attr-10mb.xml
expect="# a 2 MiB attribute value: over EHCP_MAX_TEXT_BYTES
validate: 1 error[LIMIT]: attribute 'id' is longer than 1048576 bytes"
{ printf '<plan %s id="' "$P"; rep z $((2 << 20)); printf '"/>'; } | case_file attr-2mb.xml
# 100,000 levels: libxml2 stops at 256 without XML_PARSE_HUGE
expect='# elements nested 100,000 deep
validate: 1 error[LIMIT]: elements are nested too deeply'
{ printf '<plan %s>' "$P"; rep '<meta>' 100000; rep '</meta>' 100000; printf '</plan>'; } |
    case_file deep-100000.xml
# 100 levels: under libxml2's cap, over ours (EHCP_MAX_DEPTH 64)
expect='# elements nested 100 deep
validate: 1 error[LIMIT]: elements are nested more than 64 deep'
{ printf '<plan %s>' "$P"; rep '<meta>' 100; rep '</meta>' 100; printf '</plan>'; } |
    case_file deep-100.xml
# Quadratic blow-up: one 50,000-byte entity used 50,000 times (2.5 GB
# expanded) from a 200 KB file.
expect='# quadratic blow-up: a 50 KB entity referenced 50,000 times
validate: 1 error[XML]: the file has a DOCTYPE declaration'
{ printf '<?xml version="1.0"?>\n<!DOCTYPE plan [<!ENTITY a "'; rep a 50000
  printf '">]>\n<plan %s><meta>' "$P"; rep '&a;' 50000; printf '</meta></plan>'; } |
    case_file quadratic-blowup.xml
# 200,000 attributes on one element: libxml2 2.9.14 compares attributes
# pairwise (over a minute); the pre-scan refuses it at once.
expect='# 200,000 attributes on one element (quadratic duplicate check in libxml2)
validate: 1 error[LIMIT]: an element has more than 256 attributes
timeout: 10'
{ printf '<plan %s' "$P"; awk 'BEGIN { for (i = 0; i < 200000; i++) printf " a%d=\"x\"", i }'
  printf '/>'; } | case_file many-attributes.xml
expect='# 100,000 namespace declarations on one element
validate: 1 error[LIMIT]: an element has more than 256 attributes
timeout: 10'
{ printf '<plan %s' "$P"; awk 'BEGIN { for (i = 0; i < 100000; i++) printf " xmlns:p%d=\"urn:x:%d\"", i, i }'
  printf '/>'; } | case_file many-namespaces.xml

# Things git cannot hold: a folder, a FIFO, links to system files, a name
# that does not exist. ("validate: 2": input that cannot be read is an I/O
# error, exit 2, not a finding.)
mkdir -p folder.xml
cat > folder.expect <<'E'
# a folder given where a plan file is expected
input: folder.xml
validate: 2 error[IO]: this is a folder, not a file
E
mkfifo fifo.xml
cat > fifo.expect <<'E'
# a FIFO with no writer: opening it must not wait for ever
validate: 2 error[IO]: this is not a regular file
timeout: 5
E
ln -s /dev/zero devzero.xml
cat > devzero.expect <<'E'
# a link to /dev/zero (endless input)
validate: 2 error[IO]: this is not a regular file
timeout: 5
E
ln -s /etc/passwd passwd.xml
cat > passwd.expect <<'E'
# a link to a system file: refused as XML without quoting a byte of it
validate: 1 error[XML]: the file does not start with an XML element
leak: root:x:0:0
E
cat > missing.expect <<'E'
# a file that does not exist
input: does-not-exist.xml
validate: 2 error[IO]: cannot open the file: No such file or directory
E
