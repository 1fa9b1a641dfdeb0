/*
 * threadstatics.c — storage of [ThreadStatic] fields, one block per field and thread.
 *
 * A field's slot (emitted by the compiler under the field's static symbol, so images share it like any static) is
 * given a process-wide index at the field's first use on any thread. Each thread's table maps indices to its
 * blocks. glibc's thread-local storage is not reliably scanned by the collector, so the table itself is
 * uncollectable memory (a root the collector scans) and only the pointer to it lives in TLS; the blocks are
 * ordinary scanned collector memory kept alive by the table. A pthread key's destructor frees the table when its
 * thread ends, which leaves that thread's blocks to the collector.
 *
 * The fast path is the compiler's (see kiln.h): index < count and a set entry. Everything else comes here.
 */
#include "runtime.h"

#include <gc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* The table of a thread that has no thread statics yet: count 0 sends every access to the slow path. */
static KThreadStatics empty;
__thread KThreadStatics *kiln_thread_statics = &empty;

static pthread_mutex_t indexLock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t nextIndex; /* under indexLock */
static pthread_key_t tableKey;
static pthread_once_t tableKeyOnce = PTHREAD_ONCE_INIT;

/* Runs on the ending thread: a later use (another key's destructor running managed code) starts a fresh table. */
static void free_table(void *table) {
    kiln_thread_statics = &empty;
    GC_FREE(table);
}

static void create_table_key(void) {
    if (pthread_key_create(&tableKey, free_table) != 0) {
        kiln_rt_fail("cannot create the thread-statics key");
    }
}

static uint32_t index_of(uint32_t *slot) {
    uint32_t index = atomic_load_explicit((_Atomic uint32_t *)slot, memory_order_acquire);
    if (index != KILN_THREAD_STATIC_UNASSIGNED) {
        return index;
    }
    pthread_mutex_lock(&indexLock);
    index = atomic_load_explicit((_Atomic uint32_t *)slot, memory_order_relaxed);
    if (index == KILN_THREAD_STATIC_UNASSIGNED) {
        index = nextIndex++;
        atomic_store_explicit((_Atomic uint32_t *)slot, index, memory_order_release);
    }
    pthread_mutex_unlock(&indexLock);
    return index;
}

/* This thread's table, grown to hold index (only its own thread ever reads or writes a table). */
static KThreadStatics *table_with(uint32_t index) {
    KThreadStatics *table = kiln_thread_statics;
    if (index < table->count) {
        return table;
    }
    uint64_t count = table->count < 16 ? 16 : table->count;
    while (count <= index) {
        count *= 2;
    }
    KThreadStatics *grown = GC_MALLOC_UNCOLLECTABLE(sizeof(KThreadStatics) + count * sizeof(void *));
    if (!grown) {
        kiln_rt_fail("out of memory for thread statics");
    }
    memset(grown, 0, sizeof(KThreadStatics) + count * sizeof(void *));
    memcpy(grown->entries, table->entries, table->count * sizeof(void *));
    grown->count = count;
    if (table == &empty) {
        pthread_once(&tableKeyOnce, create_table_key);
    } else {
        GC_FREE(table);
    }
    pthread_setspecific(tableKey, grown);
    kiln_thread_statics = grown;
    return grown;
}

void *kiln_thread_static_address(uint32_t *slot, uint32_t size) {
    uint32_t index = index_of(slot);
    KThreadStatics *table = table_with(index);
    void *block = table->entries[index];
    if (!block) {
        /* zeroed: default(T) on every thread. On cache lines of its own: the pool writes its workers' contexts back to
         * null after every item and reads the worker's queue from here on every push, and a block sharing a line with
         * another thread's block — or, taken from the recycled raw blocks, with another thread's async frames — made
         * those accesses misses on the other core (bench/async-concurrent-gc.sh, versions on: 26.9 ms on two cores and
         * 48.5 on one with blocks from kiln_gc_alloc_raw, 25.5 and 46.2 with these). */
        block = kiln_gc_alloc_lines(size);
        table->entries[index] = block;
    }
    return block;
}
