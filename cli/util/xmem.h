/* xmem.h — allocation that never returns NULL: on failure we print one line
 * and exit(2), because every caller would otherwise do exactly that. */
#ifndef EHCP_XMEM_H
#define EHCP_XMEM_H
#include <stddef.h>
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer (used for PDF bytes, JSON, text). */
typedef struct {
    unsigned char *data;
    size_t len;
    size_t cap;
} bytebuf;
void bytebuf_init(bytebuf *b);
void bytebuf_append(bytebuf *b, const void *data, size_t n);
void bytebuf_append_str(bytebuf *b, const char *s);
void bytebuf_free(bytebuf *b);
#endif
