/* cmd_help.c — maps a command name to its help text (defined beside each
 * command in its cmd_*.c file). */
#include <string.h>
#include "commands.h"

typedef struct {
    const char *name;
    const char *text;
} help_entry;

static const help_entry help[] = {
    { "validate", cmd_validate_help },
    { "render", cmd_render_help },
    { "new", cmd_new_help },
    { "check-pdf", cmd_check_pdf_help },
    { "diff", cmd_diff_help },
    { "review", cmd_review_help },
    { "budget", cmd_budget_help },
    { "rules", cmd_rules_help },
};

const char *cmd_help_text(const char *name)
{
    for (size_t i = 0; i < sizeof help / sizeof help[0]; i++)
        if (strcmp(help[i].name, name) == 0) return help[i].text;
    return "no help for this command\n";
}
