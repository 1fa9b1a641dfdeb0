/* parking.c — how a thread sleeps until another wakes it: one futex word per thread (a "parker").
 *
 * The monitor and LowLevelMonitor keep their own queues of sleeping threads under their own locks; a thread that must
 * sleep puts its parker in such a queue, drops the lock and parks; whoever takes it out of the queue (under that lock)
 * unparks it after dropping the lock. So a hand-off costs one FUTEX_WAIT in the sleeper and one FUTEX_WAKE in the
 * waker, and nothing when the sleeper had not gone to sleep yet — a pthread condition variable and its mutex cost
 * two to four more (the woken thread takes the mutex again, often while the waker still holds it).
 *
 * The word is EMPTY, PARKED (its thread sleeps or is about to) or NOTIFIED (an unpark came and was not consumed yet).
 * kiln_unpark stores NOTIFIED and calls FUTEX_WAKE only when it replaced PARKED. Protocol, which the callers keep:
 * a parker is taken out of a queue at most once per time its thread put it in, and whoever takes it out unparks it;
 * a thread whose timed park ran out and that finds itself already taken out of its queue consumes the unpark that is
 * on its way (kiln_park with no deadline) before it goes on. So the word is EMPTY whenever its thread is in no
 * queue, and no unpark ever arrives late at a thread that went on to sleep for something else.
 *
 * Parkers are allocated once and recycled (emptied) when their thread ends, never freed: a waker's FUTEX_WAKE may
 * come after its sleeper already saw NOTIFIED, went on and ended; it then reaches a recycled parker at worst, whose
 * owner takes it for a spurious wake-up and sleeps again. The queues' users also take an unpark that finds their node
 * still queued for a stray one, so even an unpark sent outside the protocol only costs a wake-up. The futexes are
 * process-private. */
#include "runtime.h"
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { PARKER_EMPTY = 0, PARKER_PARKED = 1, PARKER_NOTIFIED = 2 };

struct KParker {
    uint32_t word;
    struct KParker *nextFree; /* in the free list, under freeLock */
};

static __thread KParker *current;
static pthread_mutex_t freeLock = PTHREAD_MUTEX_INITIALIZER;
static KParker *freeParkers;
static pthread_key_t endOfThread;
static pthread_once_t endOfThreadOnce = PTHREAD_ONCE_INIT;

static void recycle(void *parker) {
    KParker *p = parker;
    __atomic_store_n(&p->word, PARKER_EMPTY, __ATOMIC_RELAXED);
    pthread_mutex_lock(&freeLock);
    p->nextFree = freeParkers;
    freeParkers = p;
    pthread_mutex_unlock(&freeLock);
}

static void makeEndOfThreadKey(void) {
    pthread_key_create(&endOfThread, recycle);
}

KParker *kiln_parker_current(void) {
    KParker *p = current;
    if (p != NULL) {
        return p;
    }
    pthread_once(&endOfThreadOnce, makeEndOfThreadKey);
    pthread_mutex_lock(&freeLock);
    p = freeParkers;
    if (p != NULL) {
        freeParkers = p->nextFree;
    }
    pthread_mutex_unlock(&freeLock);
    if (p == NULL) {
        p = calloc(1, sizeof *p);
        if (p == NULL) {
            kiln_rt_fail("out of memory for a thread's parker");
        }
    }
    current = p;
    pthread_setspecific(endOfThread, p);
    return p;
}

static long futex(uint32_t *word, int op, uint32_t value, const struct timespec *deadline) {
    return syscall(SYS_futex, word, op, value, deadline, NULL, FUTEX_BITSET_MATCH_ANY);
}

/* Sleeps until unparked (and consumes the unpark: true) or until deadline, an absolute CLOCK_MONOTONIC time (NULL:
 * none), passes (false, and no unpark is pending). Signals (the collector stopping the world) and spurious wake-ups
 * only send it back to sleep. */
bool kiln_park(KParker *p, const struct timespec *deadline) {
    uint32_t seen = PARKER_EMPTY;
    __atomic_compare_exchange_n(&p->word, &seen, PARKER_PARKED, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE);
    for (;;) {
        if (seen == PARKER_NOTIFIED) {
            __atomic_store_n(&p->word, PARKER_EMPTY, __ATOMIC_RELAXED);
            return true;
        }
        /* FUTEX_WAIT_BITSET: an absolute deadline on CLOCK_MONOTONIC, so a wait interrupted by a signal resumes with
         * what is left */
        long r = futex(&p->word, FUTEX_WAIT_BITSET_PRIVATE, PARKER_PARKED, deadline);
        if (r != 0 && errno == ETIMEDOUT) {
            seen = PARKER_PARKED;
            if (__atomic_compare_exchange_n(&p->word, &seen, PARKER_EMPTY, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
                return false;
            }
            continue; /* notified as the time ran out: consume it */
        }
        seen = __atomic_load_n(&p->word, __ATOMIC_ACQUIRE);
    }
}

/* Wakes p's thread, or makes its next park return at once. The system call only when it sleeps. */
void kiln_unpark(KParker *p) {
    if (__atomic_exchange_n(&p->word, PARKER_NOTIFIED, __ATOMIC_RELEASE) == PARKER_PARKED) {
        futex(&p->word, FUTEX_WAKE_PRIVATE, 1, NULL);
    }
}

/* An absolute CLOCK_MONOTONIC deadline milliseconds (>= 0) from now. */
struct timespec kiln_deadline_after(int32_t milliseconds) {
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
