/* cmd_new.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_new_help[] = "ehcp new: not implemented yet\n";

int cmd_new(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
