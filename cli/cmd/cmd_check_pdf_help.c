/* cmd_check_pdf_help.c — the help text of "ehcp check-pdf", kept apart from the
 * command itself so the ehcp executable can print it without loading the
 * rendering module (cli/cmd/render_module.h). */
#include "commands.h"

const char cmd_check_pdf_help[] =
    "usage: ehcp check-pdf [--json] [--verbose] FILE.pdf...\n"
    "\n"
    "Checks PDFs against the machine-checkable rules of PDF/UA-1 (ISO 14289-1),\n"
    "named by Matterhorn Protocol checkpoint: identification (pdfuaid), tagging\n"
    "and artifacts, DisplayDocTitle, language, Figure alternative text, headings,\n"
    "tables (TH Scope), annotations and links, fonts (embedded, ToUnicode).\n"
    "Each failure is printed as\n"
    "  file: error[MH-06-001]: what is wrong (ISO 14289-1 7.1)\n"
    "Checks that need a person (is the alternative text right? is the reading\n"
    "order logical?) are not made: a pass here is necessary, not sufficient.\n"
    "\n"
    "  --json       one JSON object: per file, the checkpoints passed and failed\n"
    "               and each failure with its rule, clause and message\n"
    "  --verbose    also list every checkpoint that passed\n"
    "\n"
    "exit status: 0 every file passes, 1 a failure was found, 2 a file cannot be read\n";
