/* cmd_review.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_review_help[] = "ehcp review: not implemented yet\n";

int cmd_review(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
