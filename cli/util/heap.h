/* heap.h — how the process heap is set up at start-up (see heap.c). */
#ifndef EHCP_HEAP_H
#define EHCP_HEAP_H

/* Lets the first 64 MB of malloc's heap be backed by transparent huge
 * pages. Call once, first thing in main. Returns a block that keeps the
 * heap's unaligned start unused (address space, nothing resident): the
 * caller frees it at exit. NULL, having done nothing, where it cannot (not
 * glibc, not Linux, a sanitizer's or valgrind's allocator). */
void *heap_prefer_huge_pages(void);

#endif
