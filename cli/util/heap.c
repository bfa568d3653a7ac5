/* heap.c — see heap.h.
 *
 * Why: a render touches 15 to 30 MB of fresh heap once, and each 4 KiB page
 * costs a page fault the first time. On the virtual machines we build and
 * measure on, a fault costs ~12 us (touching 3,600 fresh pages: 43 ms), so
 * the ~2,000 heap faults of a typical render were a large part of the gap
 * between a cold render and the same plan in a warm batch worker. Marked
 * MADV_HUGEPAGE, the heap is backed by 2 MiB pages: one fault per 2 MiB.
 * glibc does this itself with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a
 * program cannot set for itself, so:
 *  1. malloc grows its brk heap by at least HEAP_HUGE_RESERVE at a time
 *     (address space only: nothing is resident until touched);
 *  2. one allocation makes the heap grow now, and the grown part is marked
 *     MADV_HUGEPAGE (the kernel's THP mode "madvise", Debian's default);
 *  3. that allocation is kept, resized to end where the first huge page
 *     starts, so the allocations that follow start there.
 * Later growth (plans of hundreds of pages) gets ordinary pages: marking
 * all of it cost the 298-page plan 5 MB of peak memory (buffers that
 * grow by doubling leave untouched tails, which 2 MiB pages make resident).
 * Setting M_TOP_PAD freezes glibc's adaptive mmap threshold at 128 KiB, so
 * it is set too: blocks up to HEAP_MMAP_THRESHOLD come from the heap, as the
 * adaptive threshold would have them after the first few frees. */
#include "heap.h"
#include <stdint.h>
#include <stdlib.h>
#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#define HEAP_HUGE_RESERVE ((size_t)64 << 20)
#define HEAP_MMAP_THRESHOLD ((size_t)4 << 20)
#define HEAP_GROW_NOW ((size_t)512 << 10)   /* more than the first top chunk */
#define HUGE_PAGE ((uintptr_t)2 << 20)

void *heap_prefer_huge_pages(void)
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!mallopt(M_MMAP_THRESHOLD, (int)HEAP_MMAP_THRESHOLD) ||
        !mallopt(M_TOP_PAD, (int)HEAP_HUGE_RESERVE))
        return NULL;
    char *p = malloc(HEAP_GROW_NOW);
    char *brk_end = sbrk(0);
    /* Only when p came from the brk heap that just grew: under a sanitizer
     * malloc is not glibc's, and p is nowhere near the program break. */
    if (!p || brk_end == (void *)-1 || p >= brk_end ||
        (size_t)(brk_end - p) > HEAP_HUGE_RESERVE + 2 * HEAP_GROW_NOW) {
        free(p);
        return NULL;
    }
    /* malloc wrote the header of the free space after p: a page there is
     * mapped already, and a 2 MiB range holding a 4 KiB page stays in 4 KiB
     * pages, so the huge pages start above it. */
    uintptr_t touched = (uintptr_t)p + HEAP_GROW_NOW + 64;
    uintptr_t from = (touched + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    if (from >= (uintptr_t)brk_end) {
        free(p);
        return NULL;
    }
    madvise((void *)from, (uintptr_t)brk_end - from, MADV_HUGEPAGE);
    /* Below `from` the heap has 4 KiB pages: p keeps that gap, untouched,
     * so that allocations start on the first huge page (~250 faults fewer).
     * It stays in the brk heap, resized in place into the free space above. */
    char *gap = realloc(p, from - (uintptr_t)p);
    return gap ? gap : p;
#else
    return NULL;
#endif
}
