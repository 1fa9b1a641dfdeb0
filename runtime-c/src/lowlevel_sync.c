/* lowlevel_sync.c — the core library's LowLevelMonitor: a lock and a condition that the thread pool, the timer thread
 * and blocking task waits use directly, as .NET's own LowLevelMonitor does, so they depend neither on Monitor nor on
 * the wait handles built over it. Monitors live outside the collected heap (they are never moved and hold no
 * references) and are created once per owner that lives as long as the process or pooled by the core library.
 *
 * Both halves are futex words. The lock is the classic three-state futex mutex (free, held, held with sleepers: only
 * a release that finds sleepers makes a system call). A waiting thread queues a node with its parker (parking.c)
 * under the lock and parks after releasing it. Signal, called under the lock, only moves the first node to a
 * "signalled" list; the release of the lock takes that list and unparks its threads after the lock is free, so a
 * woken thread never wakes only to sleep again on a lock its waker still holds (what a pthread condition variable
 * signalled under its mutex costs). Timed waits run on the monotonic clock, so changing the wall clock does not
 * stretch or cut them. */
#include "runtime.h"
#include <linux/futex.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { LOCK_FREE = 0, LOCK_HELD = 1, LOCK_CONTENDED = 2 };

typedef struct KLowLevelWaiter {
    struct KLowLevelWaiter *next;
    KParker *parker;
    bool queued; /* in the wait queue, not yet signalled; under the lock */
} KLowLevelWaiter;

typedef struct KLowLevelMonitor {
    uint32_t lock;
    KLowLevelWaiter *head, *tail; /* waiting threads, in order; under the lock */
    KLowLevelWaiter *signalled;   /* taken out by Signal, unparked by the next release; under the lock */
} KLowLevelMonitor;

static void futexWait(uint32_t *word, uint32_t value) {
    syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, value, NULL, NULL, 0);
}

static void futexWake(uint32_t *word) {
    syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Rounds of spinning before a contended acquire sleeps, as .NET's LowLevelLock (SpinCount 8). */
enum { LOCK_SPINS = 8 };

static void lockAcquire(KLowLevelMonitor *m) {
    uint32_t seen = LOCK_FREE;
    if (__atomic_compare_exchange_n(&m->lock, &seen, LOCK_HELD, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        return;
    }
    /* held: its holders (the pool's queues, the timer queue) keep it for a few dozen instructions, so spin a little
     * first — sleeping and being woken costs two system calls and a context switch each, far longer than the wait
     * (the pool's global queue, fed by a thread starting 10,000 async chains while two workers took from it: ~300
     * futex calls a run, and the wait was the only thing the feeder did besides its own work) */
    for (uint32_t i = 0; i < LOCK_SPINS && kiln_spin_backoff(i); i++) {
        seen = __atomic_load_n(&m->lock, __ATOMIC_RELAXED);
        if (seen == LOCK_FREE
            && __atomic_compare_exchange_n(&m->lock, &seen, LOCK_HELD, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
            return;
        }
    }
    /* held: mark it contended and sleep until a release frees it; a thread that takes it this way keeps the mark,
     * since other sleepers may remain */
    if (seen != LOCK_CONTENDED) {
        seen = __atomic_exchange_n(&m->lock, LOCK_CONTENDED, __ATOMIC_ACQUIRE);
    }
    while (seen != LOCK_FREE) {
        futexWait(&m->lock, LOCK_CONTENDED);
        seen = __atomic_exchange_n(&m->lock, LOCK_CONTENDED, __ATOMIC_ACQUIRE);
    }
}

/* Frees the lock and then wakes the threads Signal took out of the queue meanwhile. */
static void lockRelease(KLowLevelMonitor *m) {
    KLowLevelWaiter *wake = m->signalled;
    m->signalled = NULL;
    if (__atomic_exchange_n(&m->lock, LOCK_FREE, __ATOMIC_RELEASE) == LOCK_CONTENDED) {
        futexWake(&m->lock);
    }
    while (wake != NULL) {
        KLowLevelWaiter *next = wake->next; /* read first: once unparked, the node's thread may go on */
        kiln_unpark(wake->parker);
        wake = next;
    }
}

void *kiln_icall_System_Threading_LowLevelMonitor_Create(void) {
    KLowLevelMonitor *m = calloc(1, sizeof *m);
    if (m == NULL) {
        kiln_rt_fail("out of memory creating a LowLevelMonitor");
    }
    return m;
}

void kiln_icall_System_Threading_LowLevelMonitor_Acquire(void *monitor) {
    lockAcquire(monitor);
}

void kiln_icall_System_Threading_LowLevelMonitor_Release(void *monitor) {
    lockRelease(monitor);
}

static void unlinkWaiter(KLowLevelMonitor *m, KLowLevelWaiter *w) {
    KLowLevelWaiter *previous = NULL;
    for (KLowLevelWaiter *x = m->head; x != NULL; previous = x, x = x->next) {
        if (x == w) {
            if (previous == NULL) {
                m->head = w->next;
            } else {
                previous->next = w->next;
            }
            if (m->tail == w) {
                m->tail = previous;
            }
            return;
        }
    }
}

static KLowLevelWaiter *takeFirst(KLowLevelMonitor *m) {
    KLowLevelWaiter *w = m->head;
    if (w != NULL) {
        m->head = w->next;
        if (m->head == NULL) {
            m->tail = NULL;
        }
        w->queued = false;
        w->next = m->signalled;
        m->signalled = w;
    }
    return w;
}

/* Waits (the caller holds the lock) until signalled or until timeoutMilliseconds pass (-1: no limit). Returns 0 only
 * when the time ran out; like every condition wait it may also return early, so callers re-check their condition.
 * The lock is held again on return. */
int32_t kiln_icall_System_Threading_LowLevelMonitor_Wait(void *monitor, int32_t timeoutMilliseconds) {
    KLowLevelMonitor *m = monitor;
    struct timespec deadline;
    if (timeoutMilliseconds >= 0) {
        deadline = kiln_deadline_after(timeoutMilliseconds);
    }
    KLowLevelWaiter w = {.next = NULL, .parker = kiln_parker_current(), .queued = true};
    if (m->tail == NULL) {
        m->head = &w;
    } else {
        m->tail->next = &w;
    }
    m->tail = &w;
    lockRelease(m);
    bool woken = kiln_park(w.parker, timeoutMilliseconds >= 0 ? &deadline : NULL);
    lockAcquire(m);
    if (w.queued) {
        /* the time ran out, or a stray unpark (parking.c's protocol sends none; a recycled parker might get one):
         * an early return, which callers allow for */
        unlinkWaiter(m, &w);
        return woken;
    }
    if (!woken) {
        /* signalled as the time ran out: the release that took the node out unparks it (parking.c's protocol); the
         * lock is not needed for that */
        kiln_park(w.parker, NULL);
    }
    return 1;
}

void kiln_icall_System_Threading_LowLevelMonitor_Signal(void *monitor) {
    takeFirst(monitor);
}

void kiln_icall_System_Threading_LowLevelMonitor_SignalAll(void *monitor) {
    while (takeFirst(monitor) != NULL) {
    }
}

/* Milliseconds of the monotonic clock, for deadlines of timed waits and timers. */
int64_t kiln_icall_System_Threading_LowLevelMonitor_NowMilliseconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
