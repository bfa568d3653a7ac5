/* commands.h — one function per subcommand, each in its own cmd_*.c file.
 * Each returns the process exit status: 0 success / valid, 1 invalid input
 * (findings), 2 usage or I/O error. */
#ifndef EHCP_COMMANDS_H
#define EHCP_COMMANDS_H

enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

int cmd_validate(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_check_pdf(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_budget(int argc, char **argv);
int cmd_rules(int argc, char **argv);

/* Each cmd_*.c also defines its help text, printed by "ehcp help CMD" and
 * "ehcp CMD --help". */
extern const char cmd_validate_help[];
extern const char cmd_render_help[];
extern const char cmd_new_help[];
extern const char cmd_check_pdf_help[];
extern const char cmd_diff_help[];
extern const char cmd_review_help[];
extern const char cmd_budget_help[];
extern const char cmd_rules_help[];

const char *cmd_help_text(const char *name);

#define EHCP_VERSION "0.1.0"

#endif
