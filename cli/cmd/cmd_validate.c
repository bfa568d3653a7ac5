/* cmd_validate.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_validate_help[] = "ehcp validate: not implemented yet\n";

int cmd_validate(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
