/* dl_symbol.h — a function from a library opened with dlopen (librsvg,
 * libexslt, the rendering module), without the object-to-function pointer
 * cast ISO C leaves undefined. */
#ifndef EHCP_DL_SYMBOL_H
#define EHCP_DL_SYMBOL_H

#include <stddef.h>

/* Stores the address of name in lib into *fn_ptr (a function pointer of
 * fn_size bytes). 1, or 0 when lib has no such symbol. */
int dl_symbol(void *lib, const char *name, void *fn_ptr, size_t fn_size);

#endif
