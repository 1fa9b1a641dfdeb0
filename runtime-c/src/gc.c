/* gc.c — allocation. Everything goes through Boehm GC; this file is the one place to change to replace the allocator.
 *
 * The heap is precise: objects with references are allocated in a collector "kind" of Kiln's own whose mark
 * descriptor is read through the object's first word from its KType (gcDescriptor, computed by the compiler from
 * the type's layout: codegen-llvm GcDescriptors). A bitmap descriptor names the words that hold references; arrays
 * with references and objects too large for a bitmap go to mark_instance below. Pointer-free objects are
 * allocated atomic and never scanned. Only stacks, registers, static data and the runtime's own untyped blocks
 * (continuations, exception headers) are scanned conservatively; interior pointers stay recognised (Boehm's
 * default), for byrefs on stacks and in saved async frames.
 *
 * Small objects come from free lists of this file's own (GC_FAST_MALLOC_GRANS of gc_inline.h), refilled a block at
 * a time by GC_generic_malloc_many: the common case is a pop, without a call into the collector or its lock. The lists
 * are per thread (ThreadAllocator, reached through a thread-local pointer), as Boehm's own thread-local allocation
 * keeps its lists for its kinds. They live in memory the collector does not scan (a free object's first word links to
 * the next, which the typed kind would read as a type), and they are kept as Boehm keeps its own: while the world is
 * stopped for marking, the push-other-roots hook sets the mark bit of every object on every thread's lists, so a
 * collection neither reclaims them nor needs to take them from a thread that may be popping at that moment. The
 * registry of allocators changes only under the allocation lock (GC_call_with_alloc_lock), which marking holds.
 * mark_instance runs on the parallel marker threads too: it only reads.
 *
 * Finalizers are finalizer.c's: the compiler allocates instances of types with one through kiln_gc_alloc_finalizable,
 * so kiln_gc_alloc itself never looks for them. */
#include "runtime.h"
#include <gc.h>
#include <gc/gc_mark.h>
/* gc_inline.h asserts with GC_size on every pop unless told otherwise (it costs as much as the pop) */
#define GC_ASSERT(expr) ((void)0)
/* ... and tells the collector, after each pop of a scanned kind, that the free-list slot changed: a dirty-bit note only
 * incremental collection reads, and Kiln never enables it (GC_enable_incremental), so the call (a tenth of a pop's
 * instructions) goes; it pays for the thread pointer the per-thread lists cost. */
#define GC_end_stubborn_change(p) ((void)(p))
#include <gc/gc_inline.h>
#include "gc_threads.h"
#include <stdlib.h>
#include <string.h>

static unsigned typed_kind;
static size_t extra_bytes;
static GC_word collections_at_start; /* Boehm collects while it starts; .NET's counts start at 0 */ /* 1 with interior pointers: Boehm keeps a byte after each object for one-past-the-end */

/* Boehm's mark stack entry (struct GC_ms_entry of its private gc_pmark.h, 8.2): a start and a descriptor. A mark
 * procedure may push such entries itself; pushing an array's references as one length-descriptor range lets the
 * collector scan them in its own loop (and split large ones) instead of one call per element. */
typedef struct {
    void *start;
    GC_word descr;
} MarkStackEntry;

static struct GC_ms_entry *push_range(void *start, size_t bytes, struct GC_ms_entry *msp, struct GC_ms_entry *limit) {
    MarkStackEntry *top = (MarkStackEntry *)msp;
    if (top + 1 < (MarkStackEntry *)limit) {
        top++;
        top->start = start;
        top->descr = (GC_word)bytes | GC_DS_LENGTH;
        return (struct GC_ms_entry *)top;
    }
    /* no room: mark each reference, which handles the mark stack's overflow itself */
    for (void **p = start, **end = (void **)((char *)start + bytes); p < end; p++) {
        msp = GC_MARK_AND_PUSH(*p, msp, limit, p);
    }
    return msp;
}

static struct GC_ms_entry *push_offsets(char *base, const int32_t *refs, struct GC_ms_entry *msp,
                                        struct GC_ms_entry *limit) {
    for (int32_t i = 1; i <= refs[0]; i++) {
        void **slot = (void **)(base + refs[i]);
        msp = GC_MARK_AND_PUSH(*slot, msp, limit, slot);
    }
    return msp;
}

/* The mark procedure of descriptors GC_MAKE_PROC(KILN_GC_MARK_PROC_INDEX, env): reached only through a KType's
 * gcDescriptor, so the object's first word is its type. */
static struct GC_ms_entry *mark_instance(GC_word *addr, struct GC_ms_entry *msp, struct GC_ms_entry *limit, GC_word env) {
    const KType *t = (const KType *)addr[0];
    if (env == KILN_GC_MARK_ENV_OFFSETS) {
        return push_offsets((char *)addr + ((t->flags & KTYPE_VALUETYPE) ? KILN_OBJECT_HEADER_SIZE : 0), t->refOffsets,
                            msp, limit);
    }
    KArray *array = (KArray *)addr;
    size_t length = (size_t)(uint32_t)array->length;
    char *data = (t->flags & KTYPE_MDARRAY)
        ? (char *)addr + KILN_MDARRAY_BOUNDS_OFFSET + 8u * (size_t)((KMdArray *)addr)->rank
        : (char *)array->data;
    const KType *element = t->element;
    if (!(element->flags & KTYPE_VALUETYPE)) {
        return length == 0 ? msp : push_range(data, length * sizeof(void *), msp, limit);
    }
    /* structs with references: only their reference fields */
    for (size_t i = 0; i < length; i++) {
        msp = push_offsets(data + i * t->elementSize, element->refOffsets, msp, limit);
    }
    return msp;
}

/* ---- the heap limit ----
 * DOTNET_GCHeapHardLimit (as .NET reads it: hexadecimal, with or without 0x; also under the older COMPlus_ prefix) or
 * KILN_GC_HEAP_HARD_LIMIT (bytes, decimal, with an optional k/m/g suffix) bound the heap (GC_set_max_heap_size). An
 * allocation the collector cannot satisfy within it throws OutOfMemoryException: creating and throwing that exception
 * allocates too, so the limit is raised by a reserve for the throw and put back at the next collection. */
#define OOM_RESERVE_BYTES (4u << 20)
static size_t heap_limit;
static int limit_raised;

static size_t parse_hex_limit(const char *text) {
    char *end;
    unsigned long long value = strtoull(text, &end, 16); /* strtoull accepts the 0x prefix itself */
    return end != text && *end == '\0' ? (size_t)value : 0;
}

static size_t parse_byte_count(const char *text) {
    char *end;
    unsigned long long value = strtoull(text, &end, 10);
    if (end == text) {
        return 0;
    }
    switch (*end) {
    case 'k': case 'K': value <<= 10; end++; break;
    case 'm': case 'M': value <<= 20; end++; break;
    case 'g': case 'G': value <<= 30; end++; break;
    default: break;
    }
    return *end == '\0' ? (size_t)value : 0;
}

static size_t configured_heap_limit(void) {
    const char *kiln = getenv("KILN_GC_HEAP_HARD_LIMIT");
    if (kiln != NULL) {
        return parse_byte_count(kiln);
    }
    const char *dotnet = getenv("DOTNET_GCHeapHardLimit");
    if (dotnet == NULL) {
        dotnet = getenv("COMPlus_GCHeapHardLimit");
    }
    return dotnet != NULL ? parse_hex_limit(dotnet) : 0;
}

_Noreturn static void throw_out_of_memory(void) {
    /* any thread may run out; the first raises the limit, the next collection puts it back */
    if (heap_limit != 0 && !__atomic_exchange_n(&limit_raised, 1, __ATOMIC_ACQ_REL)) {
        GC_set_max_heap_size(heap_limit + OOM_RESERVE_BYTES);
    }
    kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
}

/* .NET reports nothing when memory runs short but throws; Boehm's warnings ("Out of Memory!", "Repeated allocation of
 * very large block") would be extra output on stderr. */
static void ignore_warning(char *message, GC_word argument) {
    (void)message;
    (void)argument;
}

static void collection_starts(void) {
    /* Runs with the allocation lock held; allocates nothing. */
    if (__atomic_exchange_n(&limit_raised, 0, __ATOMIC_ACQ_REL)) {
        GC_set_max_heap_size(heap_limit);
    }
}

void kiln_gc_init(void) {
    GC_INIT();
    GC_set_warn_proc(ignore_warning);
    heap_limit = configured_heap_limit();
    if (heap_limit != 0) {
        GC_set_max_heap_size(heap_limit);
    }
    /* Fewer, larger collections: managed programs allocate many short-lived objects. Boehm's own GC_FREE_SPACE_DIVISOR
     * (read by GC_INIT) wins when it is set, for measuring the trade-off. */
    if (getenv("GC_FREE_SPACE_DIVISOR") == NULL) {
        GC_set_free_space_divisor(2);
    }
    /* An 8 MiB start: a smaller heap stays in cache for programs with a small live set, and the divisor grows it as the
     * live set does (measured against 32 MiB: peak RSS of the allocation loop 11 instead of 37 MiB, of binary-trees 18
     * and 20 56 and 239 instead of 63 and 271 MiB, the same cpu time). */
    GC_expand_hp(heap_limit != 0 && heap_limit < (16u << 20) ? heap_limit / 2 : 8u << 20);
    extra_bytes = GC_get_all_interior_pointers() ? 1 : 0;
    if (GC_new_proc(mark_instance) != KILN_GC_MARK_PROC_INDEX) {
        kiln_rt_fail("the collector gave Kiln's mark procedure another index than the compiler's descriptors name");
    }
    /* The kind's descriptor: the word 8 bytes into the type the object's first word points to (GC_DS_PER_OBJECT with a
     * negative displacement, gc_mark.h), i.e. KType.gcDescriptor. Objects are cleared when allocated. */
    GC_word per_type = (GC_word)(-(GC_signed_word)offsetof(KType, gcDescriptor) - GC_INDIR_PER_OBJ_BIAS + GC_DS_PER_OBJECT);
    typed_kind = GC_new_kind(GC_new_free_list(), per_type, 0, 1);
    GC_set_start_callback(collection_starts);
    kiln_gc_threads_init();
    kiln_finalizers_init();
    collections_at_start = GC_get_gc_no();
}

static inline size_t granules_for(size_t size) {
    return (size + extra_bytes + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES;
}

/* Only the owning thread writes its count; others read it (GC.GetTotalAllocatedBytes), hence the relaxed atomics,
 * which compile to plain moves. */
static inline void count_allocated(ThreadAllocator *a, size_t size) {
    __atomic_store_n(&a->allocatedBytes, a->allocatedBytes + (int64_t)size, __ATOMIC_RELAXED);
}

/* Atomic memory is not cleared. The small objects most allocations are (a closure's display class of value fields, a
 * box) are cleared with a store per word of their granules, which the free-list block holds whole: a call of memset
 * cost more than the pop itself. */
static inline void clear_small_atomic(void *p, size_t granules) {
    uint64_t *w = p;
    switch (granules) {
    case 4: w[6] = 0; w[7] = 0; /* fall through */
    case 3: w[4] = 0; w[5] = 0; /* fall through */
    case 2: w[2] = 0; w[3] = 0; /* fall through */
    default: w[0] = 0; w[1] = 0; break;
    }
}

static inline void clear_atomic(void *p, size_t size, size_t granules) {
    if (granules <= 4) {
        clear_small_atomic(p, granules);
    } else {
        memset(p, 0, size);
    }
}

/* An object of size bytes: scanned ones come cleared from their kind's free lists; pointer-free ones hold garbage,
 * which the caller clears (all of it: allocate; or what it does not fill itself). */
static void *allocate_uncleared(size_t size, int scanned) {
    void *p;
    size_t granules = granules_for(size);
    ThreadAllocator *a = current_allocator();
    if (scanned) {
        GC_FAST_MALLOC_GRANS(p, granules, a->typedFreeLists, 0, typed_kind, GC_malloc_kind(size, (int)typed_kind),
                             *(void **)p = 0);
    } else {
        GC_FAST_MALLOC_GRANS(p, granules, a->atomicFreeLists, 0, GC_I_PTRFREE, GC_MALLOC_ATOMIC(size), (void)0);
    }
    if (p == NULL) {
        throw_out_of_memory();
    }
    count_allocated(a, size);
    return p;
}

static void *allocate(size_t size, int scanned) {
    void *p = allocate_uncleared(size, scanned);
    if (!scanned) {
        clear_atomic(p, size, granules_for(size));
    }
    return p;
}

void *kiln_gc_alloc_raw(size_t size) {
    size_t granules = granules_for(size);
    ThreadAllocator *a = current_allocator();
    if (granules < KILN_RECYCLED_GRANULES) {
        void *p = a->recycledRaw[granules];
        if (p != NULL) {
            /* reused, not allocated: the thread's count (GC.GetAllocatedBytesForCurrentThread) is of new memory */
            a->recycledRaw[granules] = *(void **)p;
            a->recycledCount[granules]--;
            *(void **)p = NULL;
            return p;
        }
    }
    void *p = GC_MALLOC(size); /* conservatively scanned: what it holds has no descriptor */
    if (p == NULL) {
        throw_out_of_memory();
    }
    count_allocated(a, size);
    return p;
}

/* The caller knows nothing refers to p (a raw block of size bytes) any more: the thread's next raw allocation of its
 * size takes it. It is cleared now, so that it holds no stale references while it waits; a block of more than
 * KILN_RECYCLED_GRANULES granules, or one more than KILN_RECYCLED_PER_SIZE of its size, is left to the collector. */
void kiln_gc_recycle_raw(void *p, size_t size) {
    size_t granules = granules_for(size);
    ThreadAllocator *a = current_allocator();
    /* (an unregistered allocator's lists would not be kept by the collector: every thread running managed code has
     * one, but the check is cheap) */
    if (granules == 0 || granules >= KILN_RECYCLED_GRANULES || a->recycledCount[granules] >= KILN_RECYCLED_PER_SIZE
        || !a->registered) {
        return;
    }
    /* the block has at least these granules (Boehm rounds a size up to whole granules, with the same extra byte);
     * a granule is cleared with one 16-byte store: memset's `rep stos` took three quarters of this function's time on
     * frames of a few granules */
    typedef uint64_t Granule __attribute__((vector_size(GC_GRANULE_BYTES), aligned(GC_GRANULE_BYTES)));
    Granule *g = p;
    for (size_t i = 0; i < granules; i++) {
        g[i] = (Granule){0, 0};
        __asm__ volatile("" ::: "memory"); /* keeps the loop a loop: the compiler would make it a memset again */
    }
    *(void **)p = a->recycledRaw[granules];
    a->recycledRaw[granules] = p;
    a->recycledCount[granules]++;
}

/* Per-thread data that one thread writes on a hot path while others write theirs (thread statics): zeroed, scanned,
 * aligned to a cache line and rounded up to whole lines, so that no other object — another thread's block, or a
 * recycled async frame of another thread — shares a line with it. Never from the recycled blocks. */
void *kiln_gc_alloc_lines(size_t size) {
    size_t lines = (size + KILN_CACHE_LINE - 1) / KILN_CACHE_LINE;
    size_t bytes = (lines == 0 ? 1 : lines) * KILN_CACHE_LINE;
    void *p = GC_memalign(KILN_CACHE_LINE, bytes);
    if (p == NULL) {
        throw_out_of_memory();
    }
    count_allocated(current_allocator(), bytes);
    return p;
}

void *kiln_gc_alloc_atomic(size_t size) {
    void *p;
    ThreadAllocator *a = current_allocator();
    GC_FAST_MALLOC_GRANS(p, granules_for(size), a->atomicFreeLists, 0, GC_I_PTRFREE, GC_MALLOC_ATOMIC(size), (void)0);
    if (p == NULL) {
        throw_out_of_memory();
    }
    count_allocated(a, size);
    return p;
}

void *kiln_gc_alloc_instance(const KType *t, size_t size) {
    return allocate(size, (t->flags & (KTYPE_HAS_REFS | KTYPE_ELEM_REFS)) != 0);
}

static __attribute__((noinline)) void *alloc_object_slowly(const KType *t) {
    KObject *o = allocate(t->baseSize, (t->flags & KTYPE_HAS_REFS) != 0);
    o->type = t;
    return o;
}

/* The pop of GC_FAST_MALLOC_GRANS (its test, with no direct granules) written out for the one case of a free list that
 * has an object: without the macro's refill and count paths in the same function, the pop needs no saved registers
 * (they were a fifth of a small object's instructions, most of what a closure costs). Everything else goes through
 * allocate. */
void *kiln_gc_alloc(const KType *t) {
    size_t size = t->baseSize;
    size_t granules = granules_for(size);
    int scanned = (t->flags & KTYPE_HAS_REFS) != 0;
    /* pointer-free objects of more than 4 granules would need memset here: its call would cost the fast path its
     * freedom from saved registers */
    if (GC_EXPECT(scanned ? granules < GC_TINY_FREELISTS : granules <= 4, 1)) {
        ThreadAllocator *a = current_allocator();
        void **list = (scanned ? a->typedFreeLists : a->atomicFreeLists) + granules;
        void *p = *list;
        if (GC_EXPECT((GC_word)p > GC_TINY_FREELISTS + 1, 1)) {
            void *next = *(void **)p;
            *list = next;
            GC_PREFETCH_FOR_WRITE(next);
            if (scanned) {
                *(void **)p = 0; /* the typed kind clears objects, all but the link word */
            } else {
                clear_small_atomic(p, granules);
            }
            count_allocated(a, size);
            ((KObject *)p)->type = t;
            return p;
        }
    }
    return alloc_object_slowly(t);
}
KArray *kiln_gc_alloc_array(const KType *arrayType, int32_t length) {
    if (length < 0) {
        kiln_ex_throw_builtin(KILN_EX_OVERFLOW);
    }
    uint64_t size = (uint64_t)arrayType->baseSize + (uint64_t)length * arrayType->elementSize;
    if (size > (uint64_t)INT32_MAX * 8) {
        throw_out_of_memory();
    }
    KArray *a = allocate((size_t)size, (arrayType->flags & KTYPE_ELEM_REFS) != 0);
    a->type = arrayType;
    a->length = length;
    return a;
}

KArray *kiln_gc_alloc_array_resized(const KArray *source, int32_t count, int32_t length) {
    const KType *arrayType = source->type;
    if (count < 0 || count > source->length || length < count) {
        kiln_ex_throw_builtin(KILN_EX_INDEX_OUT_OF_RANGE); /* the managed callers check */
    }
    uint64_t size = (uint64_t)arrayType->baseSize + (uint64_t)length * arrayType->elementSize;
    if (size > (uint64_t)INT32_MAX * 8) {
        throw_out_of_memory();
    }
    int scanned = (arrayType->flags & KTYPE_ELEM_REFS) != 0;
    KArray *a = allocate_uncleared((size_t)size, scanned);
    size_t copied = (size_t)count * arrayType->elementSize;
    memcpy(a->data, source->data, copied);
    if (!scanned) {
        /* the header's padding and the elements past the copy: what a cleared allocation would have left zero */
        a->padding = 0;
        memset(a->data + copied, 0, (size_t)length * arrayType->elementSize - copied);
    }
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
            throw_out_of_memory();
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
    return kiln_gc_allocated_by_all_threads();
}

int64_t kiln_icall_System_GC_GetTotalAllocatedBytes(uint8_t precise) {
    (void)precise;
    return kiln_gc_allocated_by_all_threads();
}

int64_t kiln_icall_System_GC_GetAllocatedBytesForCurrentThread(void) {
    return __atomic_load_n(&current_allocator()->allocatedBytes, __ATOMIC_RELAXED);
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
    return (int32_t)(GC_get_gc_no() - collections_at_start);
}

void kiln_icall_System_GC_KeepAlive(KObject *o) {
    (void)o; /* being an opaque call is the whole point */
}
