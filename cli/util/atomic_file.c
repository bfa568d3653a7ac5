/* atomic_file.c — temporary file, fsync, rename, fsync of the folder. */
#define _POSIX_C_SOURCE 200809L
#include "atomic_file.h"
#include "xmem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int path_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) return 0;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return xstrdup(".");
    if (slash == path) return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

int atomic_write(const char *path, const void *data, size_t len, diag_list *diags)
{
    if (strcmp(path, "-") == 0) {
        if (write_all(STDOUT_FILENO, data, len) != 0) {
            diag_add(diags, "<stdout>", 0, 0, DIAG_ERROR, "IO", NULL,
                     "cannot write to standard output: %s", strerror(errno));
            return -1;
        }
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "the output path is a folder; give a file name");
        return -1;
    }
    char *dir = folder_of(path);
    char *tmp = xasprintf("%s/.ehcp-XXXXXX", dir);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot create a temporary file in '%s': %s", dir, strerror(errno));
        free(tmp);
        free(dir);
        return -1;
    }
    /* mkstemp makes 0600; outputs are ordinary documents */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    int failed = write_all(fd, data, len) != 0 || fsync(fd) != 0;
    int saved = errno;
    if (close(fd) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    if (!failed && rename(tmp, path) != 0) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        unlink(tmp);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot write the output file: %s; the previous file, if any, is unchanged",
                 strerror(saved));
    } else {
        int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    free(tmp);
    free(dir);
    return failed ? -1 : 0;
}
