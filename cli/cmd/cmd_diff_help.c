/* cmd_diff_help.c — the help text of "ehcp diff", kept apart from the
 * command itself so the ehcp executable can print it without loading the
 * rendering module (cli/cmd/render_module.h). */
#include "commands.h"

const char cmd_diff_help[] =
    "usage: ehcp diff OLD.xml NEW.xml [--format text|json]\n"
    "                 [--notice OUT.pdf] [--notice-xml OUT.xml]\n"
    "                 [--issued YYYY-MM-DD] [--comment-days N]\n\n"
    "Shows what changed between two versions of a plan, section by section:\n"
    "needs (B-D), outcomes (E), provision (F-H2), placement (I), budget (J), then\n"
    "the person, the dates and section A. Items are matched by id, so\n"
    "reordering is not a change; for a changed item the fields that differ are\n"
    "listed.\n\n"
    "  --format text|json   text (default) or one JSON object with a \"changes\" array\n"
    "  --notice OUT.pdf     also write the amendment notice (the proposed changes and\n"
    "                       the date by which to comment) as an accessible PDF\n"
    "  --notice-xml OUT     also write the changes as the XML that\n"
    "                       templates/amendment-notice.xsl turns into the notice of\n"
    "                       proposed amendments (SEND Regulations 2014 reg 22(2))\n"
    "  --issued DATE        the date the notice is sent (default: today)\n"
    "  --comment-days N     days for comment, counted from the issue day (default 15)\n\n"
    "exit status: 0 no changes, 1 changes found, 2 usage or file error\n";
