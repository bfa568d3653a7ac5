/* cmd_check_pdf.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_check_pdf_help[] = "ehcp check-pdf: not implemented yet\n";

int cmd_check_pdf(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
