/* cmd_render.c — not yet implemented. */
#include <stdio.h>
#include "commands.h"

const char cmd_render_help[] = "ehcp render: not implemented yet\n";

int cmd_render(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("ehcp: this command is not implemented yet\n", stderr);
    return EXIT_USAGE;
}
