#!/bin/bash
# tests/hostile/gen.sh DIR — writes the hostile inputs too big to keep in git
# into DIR, each with its .expect file (same format as cases/*.expect; see
# tests/hostile/README.md). Fast: the 200 MB file is sparse (it must be
# refused by its size, before a byte is read), the rest are made by python3
# in well under a second each.
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

python3 - "$P" <<'PY'
import os, sys
P = sys.argv[1]
def w(name, data, expect):
    with open(name, 'wb' if isinstance(data, bytes) else 'w') as f:
        f.write(data)
    with open(name.rsplit('.', 1)[0] + '.expect', 'w') as f:
        f.write(expect.strip() + '\n')

# 50 MB in one text node: over the input limit by default...
body = f'<plan {P}><meta>' + 'x' * (50 * 1000 * 1000) + '</meta></plan>'
w('text-50mb.xml', body,
  '# a 50 MB text node: over the input size limit\n'
  'validate: 1 error[LIMIT]: the file is 50000050 bytes, more than the limit of 16777216\n'
  'timeout: 10')
# ... and with the input limit raised, over the text limit.
os.symlink('text-50mb.xml', 'text-50mb-raised.xml')   # same bytes, no second 50 MB write
with open('text-50mb-raised.expect', 'w') as f:
    f.write('# the same 50 MB text node with EHCP_MAX_INPUT_BYTES raised: the text limit stops it\n'
            'env: EHCP_MAX_INPUT_BYTES=60000000\n'
            'validate: 1 error[LIMIT]: a piece of text is longer than 1048576 bytes\n'
            'timeout: 20\n')
# Just over the text limit: our own check (libxml2's stops at 10,000,000).
w('text-2mb.xml', f'<plan {P}><meta>' + 'y' * (2 << 20) + '</meta></plan>',
  '# a 2 MiB text node: over EHCP_MAX_TEXT_BYTES (1 MiB)\n'
  'validate: 1 error[LIMIT]: a piece of text is longer than 1048576 bytes')
# 10 MB attribute: libxml2's own cap (10,000,000) fires first.
w('attr-10mb.xml', f'<plan {P} id="' + 'z' * (10 << 20) + '"/>',
  '# a 10 MiB attribute value: libxml2 refuses values over 10,000,000 bytes\n'
  'validate: 1 error[LIMIT]: a text or attribute value is longer than the parser accepts')
w('attr-2mb.xml', f'<plan {P} id="' + 'z' * (2 << 20) + '"/>',
  "# a 2 MiB attribute value: over EHCP_MAX_TEXT_BYTES\n"
  "validate: 1 error[LIMIT]: attribute 'id' is longer than 1048576 bytes")
# 100,000 levels: libxml2 stops at 256 without XML_PARSE_HUGE.
w('deep-100000.xml', f'<plan {P}>' + '<meta>' * 100000 + '</meta>' * 100000 + '</plan>',
  '# elements nested 100,000 deep\n'
  'validate: 1 error[LIMIT]: elements are nested too deeply')
# 100 levels: under libxml2's cap, over ours (EHCP_MAX_DEPTH 64).
w('deep-100.xml', f'<plan {P}>' + '<meta>' * 100 + '</meta>' * 100 + '</plan>',
  '# elements nested 100 deep\n'
  'validate: 1 error[LIMIT]: elements are nested more than 64 deep')
# Quadratic blow-up: one 50,000-byte entity used 50,000 times (2.5 GB
# expanded) from a 200 KB file.
ent = 'a' * 50000
w('quadratic-blowup.xml',
  f'<?xml version="1.0"?>\n<!DOCTYPE plan [<!ENTITY a "{ent}">]>\n<plan {P}><meta>'
  + '&a;' * 50000 + '</meta></plan>',
  '# quadratic blow-up: a 50 KB entity referenced 50,000 times\n'
  'validate: 1 error[XML]: the file has a DOCTYPE declaration')
# 200,000 attributes on one element: libxml2 2.9.14 compares attributes
# pairwise (over a minute); the pre-scan refuses it at once.
w('many-attributes.xml', f'<plan {P} ' + ' '.join(f'a{i}="x"' for i in range(200000)) + '/>',
  '# 200,000 attributes on one element (quadratic duplicate check in libxml2)\n'
  'validate: 1 error[LIMIT]: an element has more than 256 attributes\n'
  'timeout: 10')
w('many-namespaces.xml', f'<plan {P} ' + ' '.join(f'xmlns:p{i}="urn:x:{i}"' for i in range(100000)) + '/>',
  '# 100,000 namespace declarations on one element\n'
  'validate: 1 error[LIMIT]: an element has more than 256 attributes\n'
  'timeout: 10')
PY

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
