/* cmd_diff.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_diff_help[] = "ehcp diff: not implemented yet\n";

int cmd_diff(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
