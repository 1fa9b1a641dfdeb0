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
 * frees those that no thread is waiting on (one per bucket stays as its spare). Objects live when marking ended stay
 * marked until the next collection (objects on free lists included), so a key is never cleared while its object can
 * still be locked. Objects outside the collected heap (string literals and other constants the compiler emitted)
 * never die.
 *
 * Each bucket has one spin lock, which guards the chain and every record's state (owner, recursion, the queues of
 * sleeping threads); it is held for a few instructions only, so the uncontended Enter and Exit are one atomic exchange
 * and one store each. A thread that must sleep puts a node (on its stack, with its parker: parking.c) in one of its
 * record's two FIFO queues under the spin lock and parks after dropping it: a contended Enter in the entering queue,
 * Monitor.Wait in the wait queue. A release that finds the entering queue non-empty takes its first node out and
 * unparks that thread after dropping the spin lock; since the sleeper looked at the owner under the same spin lock
 * before queueing, no wake-up is lost. The woken thread competes for the lock (a thread arriving meanwhile may take it
 * first, as in .NET); one that loses goes back to the front of the queue. Pulse moves the first waiter (PulseAll:
 * every waiter) from the wait queue to the entering queue without waking it: the pulser holds the lock, so waking it
 * would only make it sleep again on the entering side; the pulser's release wakes it, and it takes back all its
 * recursion levels. So a Wait/Pulse hand-off is one FUTEX_WAKE and one FUTEX_WAIT. Thread identity is a small
 * number per pthread, given at its first lock. Timeouts count on CLOCK_MONOTONIC. */
#include "runtime.h"
#include <gc.h>
#include <gc/gc_mark.h> /* GC_is_marked */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

/* A thread asleep on a record, in one of its queues (or in none once taken out); lives on the sleeper's stack. */
typedef enum { QUEUED_NOWHERE, QUEUED_ENTERING, QUEUED_WAITING } KQueue;

typedef struct KMonitorWaiter {
    struct KMonitorWaiter *next;
    KParker *parker;
    KQueue queue;   /* under the spin lock */
    bool pulsed;    /* Monitor.Wait: moved out of the wait queue by Pulse; under the spin lock */
} KMonitorWaiter;

typedef struct {
    KMonitorWaiter *head, *tail;
} KWaiterQueue;

typedef struct KLockRecord {
    struct KLockRecord *next;
    uintptr_t key;         /* the object's hidden address; 0 once the collector found it dead */
    uint32_t owner;        /* thread number of the owner, 0 when free */
    uint32_t recursion;    /* levels the owner entered */
    uint32_t pending;      /* threads in a contended Enter or in Wait, until they own it again: no reuse */
    KWaiterQueue entering; /* threads asleep until the lock is free */
    KWaiterQueue waiting;  /* threads in Monitor.Wait, not yet pulsed */
} KLockRecord;

typedef struct {
    uint32_t spin;          /* guards chain and records */
    KLockRecord *chain;
    KLockRecord *spare;     /* a record out of the chain, for the next one to go in */
} KLockBucket;

/* 16384 buckets: chains stay short even when many locked objects died since the last collection; all zero, so
 * untouched buckets cost no memory and the fast path no once-check. */
#define BUCKET_BITS 14
#define BUCKET_COUNT (1u << BUCKET_BITS)
static KLockBucket buckets[BUCKET_COUNT];

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
    return r->pending == 0;
}

/* Takes dead records nobody waits on out of b's chain; one becomes the bucket's spare when it has none (the next
 * object of the bucket to be locked takes it instead of allocating one), the others are freed. */
static void freeDeadRecords(KLockBucket *b) {
    KLockRecord **link = &b->chain;
    while (*link != NULL) {
        KLockRecord *r = *link;
        if (keyOf(r) == 0 && isIdle(r)) {
            *link = r->next;
            if (b->spare == NULL) {
                r->next = NULL;
                r->owner = 0; /* its object may have died locked */
                r->recursion = 0;
                b->spare = r;
            } else {
                free(r);
            }
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

static void enqueue(KWaiterQueue *q, KMonitorWaiter *w, bool atFront) {
    if (atFront) {
        w->next = q->head;
        q->head = w;
        if (q->tail == NULL) {
            q->tail = w;
        }
        return;
    }
    w->next = NULL;
    if (q->tail == NULL) {
        q->head = w;
    } else {
        q->tail->next = w;
    }
    q->tail = w;
}

static KMonitorWaiter *dequeue(KWaiterQueue *q) {
    KMonitorWaiter *w = q->head;
    if (w != NULL) {
        q->head = w->next;
        if (q->head == NULL) {
            q->tail = NULL;
        }
        w->next = NULL;
    }
    return w;
}

static void unlinkWaiter(KWaiterQueue *q, KMonitorWaiter *w) {
    KMonitorWaiter *previous = NULL;
    for (KMonitorWaiter *x = q->head; x != NULL; previous = x, x = x->next) {
        if (x == w) {
            if (previous == NULL) {
                q->head = w->next;
            } else {
                previous->next = w->next;
            }
            if (q->tail == w) {
                q->tail = previous;
            }
            w->next = NULL;
            return;
        }
    }
}

/* Frees r for the next owner (spin lock held). Returns the parker of the entering thread taken out of the queue, to
 * unpark once the spin lock is dropped, or NULL. */
static KParker *release(KLockRecord *r) {
    __atomic_store_n(&r->owner, 0, __ATOMIC_RELAXED); /* atomic for spinUntilFree's look without the spin lock */
    r->recursion = 0;
    KMonitorWaiter *w = dequeue(&r->entering);
    if (w == NULL) {
        return NULL;
    }
    w->queue = QUEUED_NOWHERE;
    return w->parker;
}

/* Sleeps with w in one of r's queues (spin lock not held) until a release takes it out and unparks it (true), or
 * until the deadline (NULL: none) passes while it is still queued (false; this takes it out). An unpark that finds w
 * still queued is a stray one (parking.c's protocol sends none; a recycled parker might get one) and changes nothing.
 * Meanwhile the thread reports WaitSleepJoin (Thread.ThreadState), as .NET does in a contended Enter and in Wait. */
static bool sleepQueued(KLockBucket *b, KLockRecord *r, KMonitorWaiter *w, const struct timespec *deadline) {
    kiln_thread_wait_begin();
    bool woken;
    for (;;) {
        woken = kiln_park(w->parker, deadline);
        spinLock(b);
        KQueue queue = w->queue;
        if (queue != QUEUED_NOWHERE && !woken) {
            unlinkWaiter(queue == QUEUED_ENTERING ? &r->entering : &r->waiting, w);
            w->queue = QUEUED_NOWHERE;
        }
        spinUnlock(b);
        if (queue == QUEUED_NOWHERE) {
            if (!woken) {
                kiln_park(w->parker, NULL); /* taken out as the time ran out: its unpark is on the way (parking.c) */
                woken = true;
            }
            break;
        }
        if (!woken) {
            break;
        }
    }
    kiln_thread_wait_end();
    return woken;
}

/* Takes r with `levels` recursion levels, sleeping in its entering queue while another thread owns it, until the
 * deadline (NULL: none) passes. Called with the spin lock held and this thread counted in r->pending (which kept r
 * from reuse since), returns with the spin lock dropped and the count taken off. False when the deadline passed
 * first (r is owned by another thread then). */
static bool acquireQueued(KLockBucket *b, KLockRecord *r, KMonitorWaiter *w, uint32_t self, uint32_t levels,
                          const struct timespec *deadline) {
    bool atFront = false;
    while (r->owner != 0) {
        w->queue = QUEUED_ENTERING;
        enqueue(&r->entering, w, atFront);
        spinUnlock(b);
        bool woken = sleepQueued(b, r, w, deadline);
        spinLock(b);
        if (!woken && r->owner != 0) {
            r->pending--;
            spinUnlock(b);
            return false;
        }
        atFront = true; /* woken, and another thread took the lock first: it keeps its place */
    }
    __atomic_store_n(&r->owner, self, __ATOMIC_RELAXED);
    r->recursion = levels;
    r->pending--;
    spinUnlock(b);
    return true;
}

/* .NET's Monitor spins before it sleeps (30 steps of growing length, ~7 µs at most), since most locks are held for
 * less than a sleep and a wake-up cost: until r is free or the steps run out. The record stays (the caller counts
 * itself in r->pending); its owner is read without the spin lock, which the caller takes before it believes it. */
enum { MONITOR_SPIN_COUNT = 30 };

static void spinUntilFree(KLockRecord *r) {
    for (uint32_t i = 0; i < MONITOR_SPIN_COUNT; i++) {
        if (!kiln_spin_backoff(i) || __atomic_load_n(&r->owner, __ATOMIC_RELAXED) == 0) {
            return;
        }
    }
}

/* Monitor.TryEnter's core. timeout: milliseconds, -1 forever, 0 only when free now. Returns 1 when entered. */
int32_t kiln_monitor_enter(KObject *obj, int32_t timeout) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    KLockRecord *r = lockRecord(b, obj);
    if (r->owner == self || r->owner == 0) {
        r->recursion = r->owner == self ? r->recursion + 1 : 1;
        __atomic_store_n(&r->owner, self, __ATOMIC_RELAXED);
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
    spinUntilFree(r); /* when it is free now, acquireQueued takes it without sleeping */
    /* what sleeping needs, made without the spin lock held */
    struct timespec deadline;
    if (timeout > 0) {
        deadline = kiln_deadline_after(timeout);
    }
    KMonitorWaiter w = {.next = NULL, .parker = kiln_parker_current(), .queue = QUEUED_NOWHERE, .pulsed = false};
    spinLock(b);
    bool entered = acquireQueued(b, r, &w, self, 1, timeout > 0 ? &deadline : NULL);
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
    KParker *wake = owned && --r->recursion == 0 ? release(r) : NULL;
    spinUnlock(b);
    if (wake != NULL) {
        kiln_unpark(wake);
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

/* Monitor.Wait's core: -1 when this thread does not own obj, else 1 when pulsed and 0 when the timeout passed (the
 * lock, with all its recursion levels, is held again either way). timeout: milliseconds, -1 forever. */
int32_t kiln_monitor_wait(KObject *obj, int32_t timeout) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    struct timespec deadline;
    if (timeout >= 0) {
        deadline = kiln_deadline_after(timeout);
    }
    KMonitorWaiter w = {.next = NULL, .parker = kiln_parker_current(), .queue = QUEUED_WAITING, .pulsed = false};
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
    if (r == NULL || r->owner != self) {
        spinUnlock(b);
        return -1;
    }
    enqueue(&r->waiting, &w, false);
    uint32_t levels = r->recursion;
    r->pending++; /* until it owns the lock again */
    KParker *wake = release(r);
    spinUnlock(b);
    if (wake != NULL) {
        kiln_unpark(wake);
    }
    sleepQueued(b, r, &w, timeout >= 0 ? &deadline : NULL);
    spinLock(b);
    bool pulsed = w.pulsed;
    acquireQueued(b, r, &w, self, levels, NULL);
    GC_reachable_here(obj); /* as in kiln_monitor_enter */
    return pulsed;
}

/* Monitor.Pulse (all: PulseAll)'s core: 0 when this thread does not own obj. The pulsed waiters move to the
 * entering queue asleep; the release of the lock wakes them one at a time. */
int32_t kiln_monitor_pulse(KObject *obj, int32_t all) {
    uint32_t self = kiln_monitor_thread_number();
    KLockBucket *b = bucketOf(obj);
    spinLock(b);
    KLockRecord *r = findRecord(b, obj);
    bool owned = r != NULL && r->owner == self;
    if (owned) {
        do {
            KMonitorWaiter *w = dequeue(&r->waiting);
            if (w == NULL) {
                break;
            }
            w->pulsed = true;
            w->queue = QUEUED_ENTERING;
            enqueue(&r->entering, w, false);
        } while (all);
    }
    spinUnlock(b);
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
