/* monitor.c — System.Threading.Monitor: the lock every object has, kept beside it.
 *
 * Objects have no header word besides their type (kiln.h KObject), so an object's lock lives in a side table: a fixed
 * array of buckets, each with a chain of lock records, found by hashing the object's address. As a thin lock in an
 * object header would, a record matters only while its lock is in use: one whose lock is free and which nobody waits
 * for is reused for the next object of its bucket that needs one (reusableRecord), so chains stay as short as the
 * number of locks held at once plus a few free ones, and fresh objects' locks allocate nothing.
 *
 * A record holds the address hidden (GC_HIDE_POINTER), so the table never keeps an object alive. An object may die
 * with its lock held (by a thread that never exits it): its record must go before the address is reused. Such
 * records are found the way the collector finds the targets of disappearing links, without registering one per
 * record (that registration, under the collector's lock, was most of the cost of a fresh object's first lock): when a
 * collection has marked everything live and before it reclaims anything (GC_EVENT_RECLAIM_START, the allocation lock
 * held), forgetDeadObjects looks at the buckets in use, sets the key of every record whose object is unmarked to 0 and
 * frees those that no thread is waiting on. Objects live when marking ended stay marked until the next collection
 * (objects on free lists included), so a key is never cleared while its object can still be locked. Objects outside
 * the collected heap (string literals and other constants the compiler emitted) never die.
 *
 * Each bucket has two locks. A spin lock guards the chain and every record's state (owner, recursion, the counts and
 * queues of waiting threads); it is held for a few instructions only, so the uncontended Enter and Exit are one atomic
 * exchange and one store each. Blocking goes through the bucket's "park" mutex and its condition variable: a thread
 * that finds the lock owned counts itself as pending (which keeps the record from reuse), takes the park mutex, looks
 * again under the spin lock, registers as entering and sleeps on the condition; a release that sees someone entering
 * takes the park mutex to wake them, which it can only get once they sleep, so no wake-up is lost. Monitor.Wait parks the thread on its own
 * condition variable in the record's wait queue (FIFO, as .NET's), releasing every recursion level; Pulse moves the
 * first waiter out of the queue (both under the park mutex), counting it as pending, and it then competes for the
 * lock like any entering thread, taking all its levels back. Thread identity is a small number per pthread, given at
 * its first lock. Timeouts count on CLOCK_MONOTONIC. */
#include "runtime.h"
#include <gc.h>
#include <gc/gc_mark.h> /* GC_is_marked */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

typedef struct KMonitorWaiter {
    struct KMonitorWaiter *next;
    pthread_cond_t wake;
    bool pulsed; /* under the park mutex */
} KMonitorWaiter;

typedef struct KLockRecord {
    struct KLockRecord *next;
    uintptr_t key;        /* the object's hidden address; 0 once the collector found it dead */
    uint32_t owner;       /* thread number of the owner, 0 when free */
    uint32_t recursion;   /* levels the owner entered */
    uint32_t entering;    /* threads sleeping on the bucket's `released` until this lock is free */
    uint32_t pending;     /* threads on their way to take it (contended Enters, pulsed or timed-out Waits): no reuse */
    KMonitorWaiter *waitHead, *waitTail; /* threads in Monitor.Wait, not yet pulsed */
} KLockRecord;

typedef struct {
    uint32_t spin;          /* guards chain and records */
    pthread_mutex_t park;   /* taken before sleeping, and by whoever wakes sleepers */
    pthread_cond_t released;
    KLockRecord *chain;
    KLockRecord *spare;     /* a record out of the chain, for the next one to go in */
} KLockBucket;

/* 16384 buckets: chains stay short even when many locked objects died since the last collection; statically
 * initialized (GNU range designators), so untouched buckets cost no memory and the fast path no once-check. */
#define BUCKET_BITS 14
#define BUCKET_COUNT (1u << BUCKET_BITS)
static KLockBucket buckets[BUCKET_COUNT] = {
    [0 ... BUCKET_COUNT - 1] = {0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL}};

/* A bit per bucket that may have records: a collection looks only at those (a bit is set under its bucket's spin lock
 * when a record goes in and cleared under it when the chain is found empty; the atomics are for the neighbours'
 * bits in the same word). */
static uint64_t occupied[BUCKET_COUNT / 64];
static pthread_once_t collectionHook = PTHREAD_ONCE_INIT;
static GC_on_collection_event_proc previousCollectionEvent;

static uint32_t nextThreadNumber;
static int64_t contentions; /* Monitor.LockContentionCount: entries that found the lock owned and waited */
static __thread uint32_t threadNumber;

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

/* Its holder never blocks or allocates while holding it; but it may be preempted, so after a short spin give the
 * processor away instead of burning it. */
static void spinLock(KLockBucket *b) {
    unsigned spins = 0;
    while (__atomic_exchange_n(&b->spin, 1, __ATOMIC_ACQUIRE) != 0) {
        while (__atomic_load_n(&b->spin, __ATOMIC_RELAXED) != 0) {
            if (++spins < 64) {
                __builtin_ia32_pause();
            } else {
                sched_yield();
            }
        }
    }
}

static void spinUnlock(KLockBucket *b) {
    __atomic_store_n(&b->spin, 0, __ATOMIC_RELEASE);
}

/* The key is written by the collector (with the world stopped) as well as by us: read it as one word. */
static uintptr_t keyOf(const KLockRecord *r) {
    return __atomic_load_n(&r->key, __ATOMIC_RELAXED);
}

static bool isIdle(const KLockRecord *r) {
    return r->pending == 0 && r->waitHead == NULL;
}

static void freeDeadRecords(KLockBucket *b) {
    KLockRecord **link = &b->chain;
    while (*link != NULL) {
        KLockRecord *r = *link;
        if (keyOf(r) == 0 && isIdle(r)) {
            *link = r->next;
            free(r);
        } else {
            link = &r->next;
        }
    }
}

static size_t indexOf(const KLockBucket *b) {
    return (size_t)(b - buckets);
}

static void markOccupied(const KLockBucket *b) {
    size_t i = indexOf(b);
    uint64_t bit = 1ull << (i % 64);
    if ((__atomic_load_n(&occupied[i / 64], __ATOMIC_RELAXED) & bit) == 0) {
        __atomic_fetch_or(&occupied[i / 64], bit, __ATOMIC_RELAXED);
    }
}

/* Clears the keys of b's records whose objects the collection that just marked found dead, and frees them unless
 * a thread waits on them (spin lock held). A waiting thread holds its object, so such a record's object is alive
 * unless the thread is leaving: it goes at a later collection. */
static void forgetDeadObjectsIn(KLockBucket *b) {
    for (KLockRecord *r = b->chain; r != NULL; r = r->next) {
        uintptr_t key = keyOf(r);
        if (key == 0) {
            continue;
        }
        void *base = GC_base(GC_REVEAL_POINTER(key));
        if (base != NULL && !GC_is_marked(base)) {
            __atomic_store_n(&r->key, 0, __ATOMIC_RELAXED);
        }
    }
    freeDeadRecords(b);
    if (b->chain == NULL) {
        size_t i = indexOf(b);
        __atomic_fetch_and(&occupied[i / 64], ~(1ull << (i % 64)), __ATOMIC_RELAXED);
    }
}

/* Runs in the collecting thread with the allocation lock held and the world running again: the mark bits are final
 * for this collection, nothing is reclaimed yet. Spin-lock holders never allocate, so taking their locks here cannot
 * wait for this collection. */
static void forgetDeadObjects(void) {
    for (size_t w = 0; w < BUCKET_COUNT / 64; w++) {
        uint64_t bits = __atomic_load_n(&occupied[w], __ATOMIC_RELAXED);
        while (bits != 0) {
            KLockBucket *b = &buckets[w * 64 + (size_t)__builtin_ctzll(bits)];
            bits &= bits - 1;
            spinLock(b);
            forgetDeadObjectsIn(b);
            spinUnlock(b);
        }
    }
}

static void GC_CALLBACK onCollectionEvent(GC_EventType event) {
    if (event == GC_EVENT_RECLAIM_START) {
        forgetDeadObjects();
    }
    if (previousCollectionEvent != NULL) {
        previousCollectionEvent(event);
    }
}

static void hookCollections(void) {
    previousCollectionEvent = GC_get_on_collection_event();
    GC_set_on_collection_event(onCollectionEvent);
}

/* The record of obj in its bucket (whose spin lock is held), or NULL. */
static KLockRecord *findRecord(KLockBucket *b, KObject *obj) {
    uintptr_t key = GC_HIDE_POINTER(obj);
    for (KLockRecord *r = b->chain; r != NULL; r = r->next) {
        if (keyOf(r) == key) {
            return r;
        }
    }
    return NULL;
}

/* A record for another object of b to use (spin lock held), or NULL: one from the chain whose lock is free and which
 * nobody waits for (a second such goes to the spare), else the spare. A record stays in the chain after its lock is
 * freed, so that locking the same object again finds it, until the bucket needs a record for another object: so a
 * chain holds the locks in use and at most a few free ones. */
static KLockRecord *reusableRecord(KLockBucket *b) {
    KLockRecord *taken = NULL;
    KLockRecord **link = &b->chain;
    while (*link != NULL) {
        KLockRecord *r = *link;
        if (r->owner == 0 && isIdle(r) && (taken == NULL || b->spare == NULL)) {
            *link = r->next;
            if (taken == NULL) {
                taken = r;
            } else {
                b->spare = r;
            }
        } else {
            link = &r->next;
        }
    }
    if (taken == NULL) {
        taken = b->spare;
        b->spare = NULL;
    }
    return taken;
}

/* A record to put in. Made without the spin lock held: allocation may take a while. */
static KLockRecord *newRecord(void) {
    pthread_once(&collectionHook, hookCollections);
    KLockRecord *r = calloc(1, sizeof *r);
    if (r == NULL) {
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    return r;
}

/* The record of obj, put in when it has none (from the bucket's spare, or a new one); returns with the bucket's spin
 * lock held. */
static KLockRecord *lockRecord(KLockBucket *b, KObject *obj) {
    spinLock(b);
    for (;;) {
        KLockRecord *r = findRecord(b, obj);
        if (r != NULL) {
            return r;
        }
        r = reusableRecord(b);
        if (r != NULL) {
            r->key = GC_HIDE_POINTER(obj);
            r->next = b->chain;
            b->chain = r;
            markOccupied(b);
            return r;
        }
        spinUnlock(b);
        KLockRecord *made = newRecord();
        spinLock(b);
        if (b->spare == NULL) {
            b->spare = made;
        } else {
            spinUnlock(b);
            free(made);
            spinLock(b);
        }
        /* and look again: another thread may have put obj's record in meanwhile */
    }
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

/* Sleeps on cond (the park mutex held) until signalled or the deadline (NULL: none) passes; false when it passed.
 * Meanwhile the thread reports WaitSleepJoin (Thread.ThreadState), as .NET does in a contended Enter and in Wait. */
static bool sleepOn(pthread_cond_t *cond, KLockBucket *b, const struct timespec *deadline) {
    bool signalled = true;
    kiln_thread_wait_begin();
    if (deadline == NULL) {
        pthread_cond_wait(cond, &b->park);
    } else {
        signalled = pthread_cond_clockwait(cond, &b->park, CLOCK_MONOTONIC, deadline) != ETIMEDOUT;
    }
    kiln_thread_wait_end();
    return signalled;
}

/* Frees r for the next owner (spin lock held); true when threads sleep waiting for it (wakeEntering, after unlock). */
static bool release(KLockRecord *r) {
    r->owner = 0;
    r->recursion = 0;
    return r->entering != 0;
}

static void wakeEntering(KLockBucket *b) {
    pthread_mutex_lock(&b->park);
    pthread_cond_broadcast(&b->released);
    pthread_mutex_unlock(&b->park);
}

/* Takes r with `levels` recursion levels, sleeping until it is free or the deadline (NULL: none) passes. The park
 * mutex is held, the spin lock not; the caller counted this thread in r->pending (under the spin lock), which kept
 * r from reuse since, and this takes it off. False when the deadline passed first. */
static bool acquireParked(KLockRecord *r, KLockBucket *b, uint32_t self, uint32_t levels, const struct timespec *deadline) {
    spinLock(b);
    bool taken = true;
    while (r->owner != 0) {
        r->entering++;
        spinUnlock(b);
        bool signalled = sleepOn(&b->released, b, deadline);
        spinLock(b);
        r->entering--;
        if (!signalled && r->owner != 0) {
            taken = false; /* r stays: it is owned */
            break;
        }
    }
    r->pending--;
    if (taken) {
        r->owner = self;
        r->recursion = levels;
    }
    spinUnlock(b);
    return taken;
}

/* Monitor.TryEnter's core. timeout: milliseconds, -1 forever, 0 only when free now. Returns 1 when entered. */
int32_t kiln_monitor_enter(KObject *obj, int32_t timeout) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    KLockRecord *r = lockRecord(b, obj);
    if (r->owner == self || r->owner == 0) {
        r->recursion = r->owner == self ? r->recursion + 1 : 1;
        r->owner = self;
        spinUnlock(b);
        return 1;
    }
    if (timeout == 0) {
        spinUnlock(b);
        return 0;
    }
    r->pending++;
    spinUnlock(b);
    __atomic_add_fetch(&contentions, 1, __ATOMIC_RELAXED);
    struct timespec deadline;
    if (timeout > 0) {
        deadline = deadlineAfter(timeout);
    }
    pthread_mutex_lock(&b->park);
    bool entered = acquireParked(r, b, self, 1, timeout > 0 ? &deadline : NULL);
    pthread_mutex_unlock(&b->park);
    GC_reachable_here(obj); /* r is used up to here: a collection meanwhile must not find obj dead */
    return entered;
}

/* Monitor.Exit's core: 0 when this thread does not own obj's lock (the caller throws SynchronizationLockException). */
int32_t kiln_monitor_exit(KObject *obj) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
    bool owned = r != NULL && r->owner == self;
    bool wake = owned && --r->recursion == 0 && release(r);
    spinUnlock(b);
    if (wake) {
        wakeEntering(b);
    }
    return owned;
}

int32_t kiln_monitor_is_entered(KObject *obj) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
    bool owned = r != NULL && r->owner == self;
    spinUnlock(b);
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
    KLockBucket *b = bucketOf(obj);
    pthread_mutex_lock(&b->park);
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
    if (r == NULL || r->owner != self) {
        spinUnlock(b);
        pthread_mutex_unlock(&b->park);
        return -1;
    }
    KMonitorWaiter w = {.next = NULL, .wake = PTHREAD_COND_INITIALIZER, .pulsed = false};
    if (r->waitTail == NULL) {
        r->waitHead = &w;
    } else {
        r->waitTail->next = &w;
    }
    r->waitTail = &w;
    uint32_t levels = r->recursion;
    bool wake = release(r);
    spinUnlock(b);
    if (wake) {
        pthread_cond_broadcast(&b->released); /* the park mutex is ours already */
    }
    struct timespec deadline;
    if (timeout >= 0) {
        deadline = deadlineAfter(timeout);
    }
    while (!w.pulsed) {
        if (!sleepOn(&w.wake, b, timeout >= 0 ? &deadline : NULL) && !w.pulsed) {
            spinLock(b);
            unlinkWaiter(r, &w);
            r->pending++; /* for acquireParked, as Pulse counts the waiters it moves out */
            spinUnlock(b);
            break;
        }
    }
    acquireParked(r, b, self, levels, NULL);
    pthread_mutex_unlock(&b->park);
    pthread_cond_destroy(&w.wake);
    GC_reachable_here(obj); /* as in kiln_monitor_enter */
    return w.pulsed;
}

/* Monitor.Pulse (all: PulseAll)'s core: 0 when this thread does not own obj. */
int32_t kiln_monitor_pulse(KObject *obj, int32_t all) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    pthread_mutex_lock(&b->park);
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
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
            r->pending++; /* the waiter competes for the lock now (acquireParked): no reuse of r till it has */
            pthread_cond_signal(&w->wake);
        } while (all);
    }
    spinUnlock(b);
    pthread_mutex_unlock(&b->park);
    return owned;
}

/* The number of lock records in the table, dead ones included (tests of the collection of dead objects' records). */
size_t kiln_monitor_record_count(void) {
    size_t n = 0;
    for (size_t i = 0; i < sizeof buckets / sizeof buckets[0]; i++) {
        spinLock(&buckets[i]);
        for (KLockRecord *r = buckets[i].chain; r != NULL; r = r->next) {
            n++;
        }
        spinUnlock(&buckets[i]);
    }
    return n;
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

int64_t kiln_icall_System_Threading_Monitor_get_LockContentionCount(void) {
    return __atomic_load_n(&contentions, __ATOMIC_RELAXED);
}

uint8_t kiln_icall_System_Threading_Monitor_PulseCore(KObject *obj, uint8_t all) {
    return (uint8_t)kiln_monitor_pulse(obj, all);
}
