/* heap.h — how the process heap is set up at start-up (see heap.c). */
#ifndef EHCP_HEAP_H
#define EHCP_HEAP_H

/* Lets the first HEAP_HUGE_RESERVE bytes of malloc's heap be backed by
 * transparent huge pages. Call once, first thing in main. Does nothing
 * where it cannot (not glibc, not Linux, a sanitizer's allocator). */
void heap_prefer_huge_pages(void);

#endif
