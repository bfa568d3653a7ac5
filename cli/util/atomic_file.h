/* atomic_file.h — every output ehcp writes goes through here: the bytes go to
 * a temporary file beside the target, are flushed to disk, and the file is
 * renamed over the target only when complete. A failure leaves the previous
 * target untouched and no temporary file behind. */
#ifndef EHCP_ATOMIC_FILE_H
#define EHCP_ATOMIC_FILE_H

#include <stddef.h>
#include "diag.h"

/* Writes len bytes to path atomically; path "-" writes to standard output,
 * and an existing character device or FIFO (/dev/null, a pipe) is written
 * directly. Returns 0, or -1 after adding one "IO" error to diags (a full
 * disk or `ulimit -f` included: the previous target is then unchanged and
 * no temporary file is left). SIGINT, SIGTERM, SIGHUP and SIGQUIT are held
 * back while the temporary file exists and delivered after it is renamed or
 * removed; SIGXFSZ is ignored during the write (see atomic_file.c). Callers
 * refuse an output path that names one of their inputs (path_same_file)
 * before calling. */
int atomic_write(const char *path, const void *data, size_t len, diag_list *diags);

/* 1 when a and b name the same existing file (same device and inode), so
 * hard links, symbolic links and "./x" vs "x" are all caught. */
int path_same_file(const char *a, const char *b);

#endif
