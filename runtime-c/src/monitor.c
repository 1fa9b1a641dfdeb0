/* monitor.c — System.Threading.Monitor: the lock every object has, kept beside it.
 *
 * Objects have no header word besides their type (kiln.h KObject), so an object's lock lives in a side table: a fixed
 * array of buckets, each a mutex and a chain of lock records, found by hashing the object's address. A record holds
 * the address hidden (GC_HIDE_POINTER) and registered as a disappearing link, so the table never keeps an object
 * alive; when the collector finds the object dead it sets the key to 0, and the next insertion into that bucket frees
 * the records whose keys are 0 and which no thread is waiting on. Objects outside the collected heap (string literals
 * and other constants the compiler emitted) never die: their records keep the hidden address without a link.
 *
 * All of a record's state is guarded by its bucket's mutex: entering is a lookup and two stores under it, and a thread
 * that finds the lock owned sleeps on the record's condition variable, which a release signals when someone waits.
 * Monitor.Wait parks the thread on its own condition variable in the record's wait queue (FIFO, as .NET's), releasing
 * every recursion level; Pulse moves the first waiter out of the queue and it then competes for the lock like any
 * entering thread, re-taking all its levels. Thread identity is a small number per pthread, given at its first lock.
 * Timeouts count on CLOCK_MONOTONIC. */
#include "runtime.h"
#include <gc.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

typedef struct KMonitorWaiter {
    struct KMonitorWaiter *next;
    pthread_cond_t wake;
    bool pulsed;
} KMonitorWaiter;

typedef struct KLockRecord {
    struct KLockRecord *next;
    uintptr_t key;        /* the object's hidden address; 0 once the collector found it dead */
    uint32_t owner;       /* thread number of the owner, 0 when free */
    uint32_t recursion;   /* levels the owner entered */
    uint32_t entering;    /* threads sleeping on `released` until the lock is free */
    pthread_cond_t released;
    KMonitorWaiter *waitHead, *waitTail; /* threads in Monitor.Wait, not yet pulsed */
} KLockRecord;

typedef struct {
    pthread_mutex_t mutex;
    KLockRecord *chain;
} KLockBucket;

#define BUCKET_BITS 12
static KLockBucket buckets[1u << BUCKET_BITS];
static pthread_once_t bucketsReady = PTHREAD_ONCE_INIT;
static pthread_condattr_t monotonic;

static uint32_t nextThreadNumber;
static __thread uint32_t threadNumber;

static void initBuckets(void) {
    for (size_t i = 0; i < sizeof buckets / sizeof buckets[0]; i++) {
        pthread_mutex_init(&buckets[i].mutex, NULL);
    }
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
}

/* This thread's number: 1, 2, ... in the order threads first use a lock; never 0, which means "free". */
uint32_t kiln_monitor_thread_number(void) {
    uint32_t n = threadNumber;
    if (n == 0) {
        n = threadNumber = __atomic_add_fetch(&nextThreadNumber, 1, __ATOMIC_RELAXED);
    }
    return n;
}

static KLockBucket *bucketOf(const KObject *obj) {
    uint64_t h = (uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ull; /* Fibonacci hashing: the high bits mix best */
    return &buckets[h >> (64 - BUCKET_BITS)];
}

/* The key is written by the collector (with the world stopped) as well as by us: read it as one word. */
static uintptr_t keyOf(const KLockRecord *r) {
    return __atomic_load_n(&r->key, __ATOMIC_RELAXED);
}

static bool isIdle(const KLockRecord *r) {
    return r->entering == 0 && r->waitHead == NULL;
}

static void freeDeadRecords(KLockBucket *b) {
    KLockRecord **link = &b->chain;
    while (*link != NULL) {
        KLockRecord *r = *link;
        if (keyOf(r) == 0 && isIdle(r)) {
            *link = r->next;
            pthread_cond_destroy(&r->released);
            free(r);
        } else {
            link = &r->next;
        }
    }
}

/* The record of obj, created when `create`; the bucket's mutex is held. NULL only when !create and there is none. */
static KLockRecord *findRecord(KLockBucket *b, KObject *obj, bool create) {
    uintptr_t key = GC_HIDE_POINTER(obj);
    for (KLockRecord *r = b->chain; r != NULL; r = r->next) {
        if (keyOf(r) == key) {
            return r;
        }
    }
    if (!create) {
        return NULL;
    }
    freeDeadRecords(b);
    KLockRecord *r = calloc(1, sizeof *r);
    if (r == NULL) {
        pthread_mutex_unlock(&b->mutex);
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    pthread_cond_init(&r->released, &monotonic);
    r->key = key;
    if (GC_base(obj) != NULL && GC_general_register_disappearing_link((void **)&r->key, obj) == GC_NO_MEMORY) {
        free(r);
        pthread_mutex_unlock(&b->mutex);
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    r->next = b->chain;
    b->chain = r;
    return r;
}

static KLockBucket *lockBucket(const KObject *obj) {
    pthread_once(&bucketsReady, initBuckets);
    KLockBucket *b = bucketOf(obj);
    pthread_mutex_lock(&b->mutex);
    return b;
}

/* An absolute CLOCK_MONOTONIC deadline milliseconds from now. */
static struct timespec deadlineAfter(int32_t milliseconds) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += milliseconds / 1000;
    t.tv_nsec += (long)(milliseconds % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

/* Sleeps on cond until signalled or the deadline (NULL: none) passes; false when it passed. */
static bool sleepOn(pthread_cond_t *cond, KLockBucket *b, const struct timespec *deadline) {
    if (deadline == NULL) {
        pthread_cond_wait(cond, &b->mutex);
        return true;
    }
    return pthread_cond_timedwait(cond, &b->mutex, deadline) != ETIMEDOUT;
}

/* Takes r for self, waiting up to the deadline (NULL: forever; a passed deadline: not at all). */
static bool acquire(KLockRecord *r, KLockBucket *b, uint32_t self, uint32_t levels, const struct timespec *deadline,
                    bool mayWait) {
    if (r->owner == self) {
        r->recursion += levels;
        return true;
    }
    if (r->owner != 0 && !mayWait) {
        return false;
    }
    while (r->owner != 0) {
        r->entering++;
        bool signalled = sleepOn(&r->released, b, deadline);
        r->entering--;
        if (!signalled && r->owner != 0) {
            return false;
        }
    }
    r->owner = self;
    r->recursion = levels;
    return true;
}

static void release(KLockRecord *r) {
    r->owner = 0;
    r->recursion = 0;
    if (r->entering != 0) {
        pthread_cond_signal(&r->released);
    }
}

/* Monitor.TryEnter's core. timeout: milliseconds, -1 forever, 0 only when free now. Returns 1 when entered. */
int32_t kiln_monitor_enter(KObject *obj, int32_t timeout) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = lockBucket(obj);
    KLockRecord *r = findRecord(b, obj, true);
    struct timespec deadline;
    if (timeout > 0) {
        deadline = deadlineAfter(timeout);
    }
    bool entered = acquire(r, b, self, 1, timeout > 0 ? &deadline : NULL, timeout != 0);
    pthread_mutex_unlock(&b->mutex);
    return entered;
}

/* Monitor.Exit's core: 0 when this thread does not own obj's lock (the caller throws SynchronizationLockException). */
int32_t kiln_monitor_exit(KObject *obj) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = lockBucket(obj);
    KLockRecord *r = findRecord(b, obj, false);
    bool owned = r != NULL && r->owner == self;
    if (owned && --r->recursion == 0) {
        release(r);
    }
    pthread_mutex_unlock(&b->mutex);
    return owned;
}

int32_t kiln_monitor_is_entered(KObject *obj) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = lockBucket(obj);
    KLockRecord *r = findRecord(b, obj, false);
    bool owned = r != NULL && r->owner == self;
    pthread_mutex_unlock(&b->mutex);
    return owned;
}

static void unlinkWaiter(KLockRecord *r, KMonitorWaiter *w) {
    KMonitorWaiter *previous = NULL;
    for (KMonitorWaiter *x = r->waitHead; x != NULL; previous = x, x = x->next) {
        if (x == w) {
            if (previous == NULL) {
                r->waitHead = w->next;
            } else {
                previous->next = w->next;
            }
            if (r->waitTail == w) {
                r->waitTail = previous;
            }
            return;
        }
    }
}

/* Monitor.Wait's core: -1 when this thread does not own obj, else 1 when pulsed and 0 when the timeout passed (the
 * lock, with all its recursion levels, is held again either way). timeout: milliseconds, -1 forever. */
int32_t kiln_monitor_wait(KObject *obj, int32_t timeout) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = lockBucket(obj);
    KLockRecord *r = findRecord(b, obj, false);
    if (r == NULL || r->owner != self) {
        pthread_mutex_unlock(&b->mutex);
        return -1;
    }
    KMonitorWaiter w = {.next = NULL, .pulsed = false};
    pthread_cond_init(&w.wake, &monotonic);
    if (r->waitTail == NULL) {
        r->waitHead = &w;
    } else {
        r->waitTail->next = &w;
    }
    r->waitTail = &w;
    uint32_t levels = r->recursion;
    release(r);
    struct timespec deadline;
    if (timeout >= 0) {
        deadline = deadlineAfter(timeout);
    }
    while (!w.pulsed) {
        if (!sleepOn(&w.wake, b, timeout >= 0 ? &deadline : NULL) && !w.pulsed) {
            unlinkWaiter(r, &w);
            break;
        }
    }
    acquire(r, b, self, levels, NULL, true);
    pthread_mutex_unlock(&b->mutex);
    pthread_cond_destroy(&w.wake);
    return w.pulsed;
}

/* Monitor.Pulse (all: PulseAll)'s core: 0 when this thread does not own obj. */
int32_t kiln_monitor_pulse(KObject *obj, int32_t all) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = lockBucket(obj);
    KLockRecord *r = findRecord(b, obj, false);
    bool owned = r != NULL && r->owner == self;
    if (owned) {
        do {
            KMonitorWaiter *w = r->waitHead;
            if (w == NULL) {
                break;
            }
            r->waitHead = w->next;
            if (r->waitHead == NULL) {
                r->waitTail = NULL;
            }
            w->pulsed = true;
            pthread_cond_signal(&w->wake);
        } while (all);
    }
    pthread_mutex_unlock(&b->mutex);
    return owned;
}

/* The number of lock records in the table, dead ones included (tests of the collection of dead objects' records). */
size_t kiln_monitor_record_count(void) {
    pthread_once(&bucketsReady, initBuckets);
    size_t n = 0;
    for (size_t i = 0; i < sizeof buckets / sizeof buckets[0]; i++) {
        pthread_mutex_lock(&buckets[i].mutex);
        for (KLockRecord *r = buckets[i].chain; r != NULL; r = r->next) {
            n++;
        }
        pthread_mutex_unlock(&buckets[i].mutex);
    }
    return n;
}

/* Frees every dead record not waited on (tests; insertions do it per bucket). */
void kiln_monitor_sweep(void) {
    pthread_once(&bucketsReady, initBuckets);
    for (size_t i = 0; i < sizeof buckets / sizeof buckets[0]; i++) {
        pthread_mutex_lock(&buckets[i].mutex);
        freeDeadRecords(&buckets[i]);
        pthread_mutex_unlock(&buckets[i].mutex);
    }
}

/* ---- the core library's internal calls (System.Threading.Monitor) ---- */

uint8_t kiln_icall_System_Threading_Monitor_TryEnterCore(KObject *obj, int32_t timeout) {
    return (uint8_t)kiln_monitor_enter(obj, timeout);
}

uint8_t kiln_icall_System_Threading_Monitor_ExitCore(KObject *obj) {
    return (uint8_t)kiln_monitor_exit(obj);
}

uint8_t kiln_icall_System_Threading_Monitor_IsEnteredCore(KObject *obj) {
    return (uint8_t)kiln_monitor_is_entered(obj);
}

int32_t kiln_icall_System_Threading_Monitor_WaitCore(KObject *obj, int32_t timeout) {
    return kiln_monitor_wait(obj, timeout);
}

uint8_t kiln_icall_System_Threading_Monitor_PulseCore(KObject *obj, uint8_t all) {
    return (uint8_t)kiln_monitor_pulse(obj, all);
}
