/* render_module_load.c — see render_module.h. Linked into the executable. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "commands.h"
#include "render_module.h"
#include "../util/dl_symbol.h"
#include "../util/xmem.h"

#ifndef EHCP_LIBDIR_DEFAULT
#define EHCP_LIBDIR_DEFAULT "/usr/local/lib/ehcp"
#endif

/* The module beside the executable, else the install folder. */
static char *module_path(void)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char *p = xasprintf("%s/%s", exe, EHCP_RENDER_MODULE);
            if (access(p, R_OK) == 0) return p;
            free(p);
        }
    }
    return xasprintf("%s/%s", EHCP_LIBDIR_DEFAULT, EHCP_RENDER_MODULE);
}

int render_module_run(const char *name, int argc, char **argv)
{
    char *path = module_path();
    /* The handle is never closed: the command's libraries (GLib, fontconfig,
     * the C++ runtime of qpdf) register exit handlers and some cannot be
     * unloaded, so the module stays until the process ends. */
    void *module = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!module) {
        fprintf(stderr, "ehcp: cannot load the rendering module %s: %s\n"
                "ehcp: 'ehcp %s' needs it; rebuild with make, or reinstall ehcp\n",
                path, dlerror(), name);
        free(path);
        return EXIT_USAGE;
    }
    render_module_entry run = NULL;
    if (!dl_symbol(module, EHCP_RENDER_MODULE_ENTRY, &run, sizeof run)) {
        const char *why = dlerror();
        fprintf(stderr, "ehcp: %s is not an ehcp rendering module (%s); rebuild with make, "
                "or reinstall ehcp\n", path, why ? why : "no " EHCP_RENDER_MODULE_ENTRY);
        free(path);
        return EXIT_USAGE;
    }
    free(path);
    int status = run(name, argc, argv);
    return status < 0 ? EXIT_USAGE : status;
}
