/* dl_symbol.c — see dl_symbol.h. */
#include "dl_symbol.h"
#include <dlfcn.h>
#include <string.h>

int dl_symbol(void *lib, const char *name, void *fn_ptr, size_t fn_size)
{
    void *sym = dlsym(lib, name);
    if (!sym || fn_size != sizeof sym) return 0;
    memcpy(fn_ptr, &sym, fn_size);   /* the POSIX way: copy the address */
    return 1;
}
