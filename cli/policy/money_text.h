/* money_text.h — pence as families read them: "£1,234.50", "£0.00",
 * "-£12.00". Money is integer pence everywhere in ehcp; this is the only
 * place it becomes pounds, and it never uses floating point. */
#ifndef EHCP_MONEY_TEXT_H
#define EHCP_MONEY_TEXT_H
#include <stddef.h>
/* Writes into out (32 bytes always suffice). */
void money_format(long long pence, char *out, size_t size);
#endif
