#!/bin/bash
# bench/gen_table.sh ROWS > table.xhtml: a page document with one 3-column table of
# ROWS body rows, for the long-table scaling check (ehcp render --page-document).
n=$1
cat <<H
<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
  <head>
    <title>Big table</title>
    <meta name="ehcp:profile" content="standard"/>
    <meta name="author" content="Wessex County Council"/>
    <meta name="subject" content="EHC plan"/>
    <meta name="ehcp:running-header" content="Big table"/>
  </head>
  <body>
    <section id="a"><h1 id="h">Rows</h1>
      <table>
        <caption>Many rows</caption>
        <thead><tr><th scope="col">Need</th><th scope="col">Provision</th><th scope="col">Who</th></tr></thead>
        <tbody>
H
awk -v n=$n 'BEGIN{for(i=0;i<n;i++) printf "<tr><td>Need number %d</td><td>Weekly speech and language therapy, 30 minutes, row %d.</td><td>Therapist</td></tr>\n", i, i}'
cat <<H
        </tbody>
      </table>
    </section>
  </body>
</html>
H
