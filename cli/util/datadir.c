/* datadir.c — see datadir.h. */
#define _POSIX_C_SOURCE 200809L
#include "datadir.h"
#include "xmem.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef EHCP_DATADIR_DEFAULT
#define EHCP_DATADIR_DEFAULT "/usr/local/share/ehcp"
#endif

char *datadir_path(const char *datadir, const char *rel)
{
    return xasprintf("%s/%s", datadir, rel);
}

static int has_schema(const char *dir)
{
    char *p = datadir_path(dir, "schema/ehcp.xsd");
    int ok = access(p, R_OK) == 0;
    free(p);
    return ok;
}

char *datadir_find(void)
{
    const char *env = getenv("EHCP_DATADIR");
    if (env && *env) return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        /* strip the file name, then one folder (bin/ehcp -> .) */
        for (int up = 0; up < 2; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = '\0';
            if (up == 1 && has_schema(exe)) return xstrdup(exe);
        }
    }
    return xstrdup(EHCP_DATADIR_DEFAULT);
}
