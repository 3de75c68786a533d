// glibc's allocator controls (`mallopt`), which the Glibc module does not export: the command
// sets its mapping threshold once at start (see MemoryTuning.swift).
#ifndef REPORTKIT_MALLOC_SHIM_H
#define REPORTKIT_MALLOC_SHIM_H
#include <malloc.h>

static inline int reportkit_set_mmap_threshold(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}
#endif
