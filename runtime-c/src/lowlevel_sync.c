/* lowlevel_sync.c — the core library's LowLevelMonitor: a mutex and a condition variable (pthread) that the thread
 * pool, the timer thread and blocking task waits use directly, as .NET's own LowLevelMonitor does, so they depend
 * neither on Monitor nor on the wait handles built over it. Timed waits use the monotonic clock, so changing the
 * wall clock does not stretch or cut them. Monitors live outside the collected heap (they are never moved and hold
 * no references) and are created once per owner that lives as long as the process or pooled by the core library. */
#include "runtime.h"
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

typedef struct KLowLevelMonitor {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
} KLowLevelMonitor;

void *kiln_icall_System_Threading_LowLevelMonitor_Create(void) {
    KLowLevelMonitor *m = malloc(sizeof *m);
    if (m == NULL) {
        kiln_rt_fail("out of memory creating a LowLevelMonitor");
    }
    pthread_mutex_init(&m->mutex, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&m->cond, &attr);
    pthread_condattr_destroy(&attr);
    return m;
}

void kiln_icall_System_Threading_LowLevelMonitor_Acquire(void *monitor) {
    pthread_mutex_lock(&((KLowLevelMonitor *)monitor)->mutex);
}

void kiln_icall_System_Threading_LowLevelMonitor_Release(void *monitor) {
    pthread_mutex_unlock(&((KLowLevelMonitor *)monitor)->mutex);
}

/* Waits (the caller holds the lock) until signalled or until timeoutMilliseconds pass (-1: no limit). Returns 0 only
 * when the time ran out; like every condition wait it may also return early, so callers re-check their condition. */
int32_t kiln_icall_System_Threading_LowLevelMonitor_Wait(void *monitor, int32_t timeoutMilliseconds) {
    KLowLevelMonitor *m = monitor;
    if (timeoutMilliseconds < 0) {
        pthread_cond_wait(&m->cond, &m->mutex);
        return 1;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeoutMilliseconds / 1000;
    deadline.tv_nsec += (long)(timeoutMilliseconds % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    return pthread_cond_timedwait(&m->cond, &m->mutex, &deadline) == ETIMEDOUT ? 0 : 1;
}

void kiln_icall_System_Threading_LowLevelMonitor_Signal(void *monitor) {
    pthread_cond_signal(&((KLowLevelMonitor *)monitor)->cond);
}

void kiln_icall_System_Threading_LowLevelMonitor_SignalAll(void *monitor) {
    pthread_cond_broadcast(&((KLowLevelMonitor *)monitor)->cond);
}

/* Milliseconds of the monotonic clock, for deadlines of timed waits and timers. */
int64_t kiln_icall_System_Threading_LowLevelMonitor_NowMilliseconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
