/* gc.c — allocation. Everything goes through Boehm GC; pointer-free objects are allocated atomic so the
 * collector never scans them. This file is the one place to change to replace the allocator. */
#include "runtime.h"
#include <gc.h>
#include <string.h>

static int64_t allocated_bytes;

void kiln_gc_init(void) {
    GC_INIT();
    /* Fewer, larger collections: managed programs allocate many short-lived objects. */
    GC_set_free_space_divisor(2);
    GC_expand_hp(32u << 20);
}

static void *allocate(size_t size, int scanned) {
    void *p = scanned ? GC_MALLOC(size) : GC_MALLOC_ATOMIC(size);
    if (p == NULL) {
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    if (!scanned) {
        memset(p, 0, size); /* GC_MALLOC clears memory; GC_MALLOC_ATOMIC does not */
    }
    allocated_bytes += (int64_t)size;
    return p;
}

void *kiln_gc_alloc_raw(size_t size) {
    return allocate(size, 1);
}

void *kiln_gc_alloc(const KType *t) {
    KObject *o = allocate(t->baseSize, (t->flags & KTYPE_HAS_REFS) != 0);
    o->type = t;
    return o;
}

KArray *kiln_gc_alloc_array(const KType *arrayType, int32_t length) {
    if (length < 0) {
        kiln_ex_throw_builtin(KILN_EX_OVERFLOW);
    }
    uint64_t size = (uint64_t)arrayType->baseSize + (uint64_t)length * arrayType->elementSize;
    if (size > (uint64_t)INT32_MAX * 8) {
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    KArray *a = allocate((size_t)size, (arrayType->flags & KTYPE_ELEM_REFS) != 0);
    a->type = arrayType;
    a->length = length;
    return a;
}

KMdArray *kiln_gc_alloc_mdarray(const KType *arrayType, int32_t rank, const int32_t *lengths, const int32_t *lowerBounds) {
    uint64_t total = 1;
    for (int32_t d = 0; d < rank; d++) {
        if (lengths[d] < 0) {
            kiln_ex_throw_builtin(KILN_EX_OVERFLOW);
        }
        total *= (uint64_t)lengths[d];
        if (total > INT32_MAX) {
            kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
        }
    }
    uint64_t size = (uint64_t)KILN_MDARRAY_BOUNDS_OFFSET + 8u * (uint64_t)rank + total * arrayType->elementSize;
    KMdArray *a = allocate((size_t)size, (arrayType->flags & KTYPE_ELEM_REFS) != 0);
    a->type = arrayType;
    a->length = (int32_t)total;
    a->rank = rank;
    for (int32_t d = 0; d < rank; d++) {
        a->bounds[d] = lengths[d];
        a->bounds[rank + d] = lowerBounds != NULL ? lowerBounds[d] : 0;
    }
    return a;
}

int64_t kiln_gc_total_allocated(void) {
    return allocated_bytes;
}

int64_t kiln_icall_System_GC_GetTotalAllocatedBytes(uint8_t precise) {
    (void)precise;
    return allocated_bytes;
}

void kiln_icall_System_GC_Collect(void) {
    GC_gcollect();
}

int64_t kiln_icall_System_GC_GetTotalMemory(uint8_t forceFullCollection) {
    if (forceFullCollection) {
        GC_gcollect();
    }
    return (int64_t)(GC_get_heap_size() - GC_get_free_bytes());
}

int32_t kiln_icall_System_GC_CollectionCountImpl(void) {
    return (int32_t)GC_get_gc_no();
}
