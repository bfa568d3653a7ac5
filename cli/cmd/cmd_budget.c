/* cmd_budget.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_budget_help[] = "ehcp budget: not implemented yet\n";

int cmd_budget(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
