/* atomic_file.c — temporary file, fsync, rename, fsync of the folder.
 *
 * Signals. While the temporary file exists, SIGINT, SIGTERM, SIGHUP and
 * SIGQUIT are blocked (pthread_sigmask), and unblocked once the file has
 * been renamed or removed: a signal that arrives in that window is then
 * delivered with its default action, after the cleanup. We block rather
 * than install handlers because a handler would need global state (the
 * temporary name) and async-signal-safe cleanup, and because the window is
 * short: the bytes are already in memory, so it is one write, one fsync and
 * one rename. Outside the window no file of ours is open, so an interrupted
 * render leaves nothing behind. SIGKILL cannot be blocked; a kill -9 in the
 * window can leave a ".ehcp-XXXXXX" file (never the target half-written).
 *
 * Full disks and file size limits. ENOSPC, EDQUOT and EFBIG from write or
 * fsync become one diagnostic; the temporary file is removed and the target
 * is untouched. Exceeding `ulimit -f` normally kills the process with
 * SIGXFSZ before write can return EFBIG, so SIGXFSZ is ignored for the
 * duration of the write (the previous disposition is restored afterwards;
 * it is not blocked, because a blocked SIGXFSZ stays pending and kills us
 * when unblocked). */
#define _POSIX_C_SOURCE 200809L
#include "atomic_file.h"
#include "xmem.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
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

/* What atomic_write changed about signals, to put back afterwards. */
typedef struct {
    sigset_t old_mask;
    struct sigaction old_xfsz;
} signal_scope;

static void signals_hold(signal_scope *s)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigaddset(&block, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &block, &s->old_mask);
    struct sigaction ign;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGXFSZ, &ign, &s->old_xfsz);
}

static void signals_release(const signal_scope *s)
{
    sigaction(SIGXFSZ, &s->old_xfsz, NULL);
    /* a pending SIGINT/SIGTERM is delivered here, after the cleanup */
    pthread_sigmask(SIG_SETMASK, &s->old_mask, NULL);
}

static const char *plain_write_error(int e)
{
    switch (e) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return "the disk is full; free some space and run again";
    case EFBIG:
        return "the file would be larger than this system allows (see ulimit -f)";
    case EACCES:
    case EPERM:
        return "permission denied; choose a folder you can write to";
    case EROFS:
        return "the disk is read-only";
    default:
        return NULL;
    }
}

/* Streams (a character device such as /dev/null or a terminal, a FIFO) are
 * written directly: renaming over them would replace the device node. */
static int write_stream(const char *path, const void *data, size_t len, diag_list *diags)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0 || write_all(fd, data, len) != 0) {
        int e = errno;
        if (fd >= 0) close(fd);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot write the output: %s", strerror(e));
        return -1;
    }
    close(fd);
    return 0;
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
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "the output path is a folder; give a file name");
            return -1;
        }
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return write_stream(path, data, len, diags);
        if (!S_ISREG(st.st_mode)) {
            diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                     "the output path exists and is not a regular file; give another name");
            return -1;
        }
    }
    char *dir = folder_of(path);
    char *tmp = xasprintf("%s/.ehcp-XXXXXX", dir);
    signal_scope scope;
    signals_hold(&scope);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        signals_release(&scope);
        const char *plain = plain_write_error(e);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot create a temporary file in '%s': %s%s%s", dir, strerror(e),
                 plain ? "; " : "", plain ? plain : "");
        free(tmp);
        free(dir);
        return -1;
    }
    /* mkstemp makes 0600; outputs are ordinary documents. The umask cannot
     * be read without setting it; the two calls are back to back. */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        /* not fatal: the file stays private to its owner */
    }
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
    if (failed) unlink(tmp);
    signals_release(&scope);
    if (failed) {
        const char *plain = plain_write_error(saved);
        diag_add(diags, path, 0, 0, DIAG_ERROR, "IO", NULL,
                 "cannot write the output file: %s%s%s; the previous file, if any, is unchanged",
                 strerror(saved), plain ? "; " : "", plain ? plain : "");
    } else {
        /* make the rename itself durable */
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
