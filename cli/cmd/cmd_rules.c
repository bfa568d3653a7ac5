/* cmd_rules.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_rules_help[] = "ehcp rules: not implemented yet\n";

int cmd_rules(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
