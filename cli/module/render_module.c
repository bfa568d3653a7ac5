/* render_module.c — the entry of the rendering module (see
 * cli/cmd/render_module.h): the only symbol ehcp-render.so exports. */
#include <string.h>
#include "../cmd/commands.h"
#include "../cmd/render_module.h"

int ehcp_render_module_run(const char *name, int argc, char **argv);

int ehcp_render_module_run(const char *name, int argc, char **argv)
{
    if (!strcmp(name, "render")) return cmd_render(argc, argv);
    if (!strcmp(name, "check-pdf")) return cmd_check_pdf(argc, argv);
    if (!strcmp(name, "diff")) return cmd_diff(argc, argv);
    return -1;
}
