/* thread.c — System.Threading.Thread's native side: threads are pthreads created through Boehm GC (gc.h, built with
 * GC_THREADS, redirects pthread_create to GC_pthread_create, which registers the thread's stack with the collector).
 *
 * Managed code runs on a new thread through the mechanism that already lets native code call managed code: a
 * delegate's native function pointer (Marshal.GetFunctionPointerForDelegate<T>, callbacks.c). The core library hands
 * StartNative the pointer of its own entry delegate (Thread.RunCurrent, no parameters), and the thread calls it after
 * setting its current thread; the entry finds its Thread object through CurrentNative. So no second way into managed
 * code exists, and the reverse stub's fail-fast landing pad stays the last line of defence (Thread.RunCurrent reports
 * unhandled exceptions itself, from an exception filter, before any finally block runs, as .NET does).
 *
 * A NativeThread is shared by the running pthread and the managed Thread object (a reference each): the thread
 * drops its reference when it ends, the object when the collector finds it dead (a finalizer of the collector, as
 * callbacks.c does for delegates). While the thread runs, an uncollectable cell holds the Thread object, so the
 * collector keeps it. All lifecycle state is under one lock; `changed` is signalled when a thread ends, for Join and
 * for the wait for foreground threads after Main returns. */
#include "runtime.h"
#include <gc.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { THREAD_RUNNING = 1, THREAD_STOPPED = 2 };

typedef struct NativeThread {
    KObject **managed;      /* uncollectable cell holding the Thread object while the thread runs */
    void (*entry)(void);    /* the core library's entry delegate, as a native function pointer */
    int state;              /* THREAD_*; under lock */
    int background;         /* under lock */
    int references;         /* under lock */
    int waiting;            /* nesting of Sleep/Join/Monitor.Wait the thread is in (WaitSleepJoin); atomic */
    pthread_t handle;       /* the pthread, once named is set and while state is THREAD_RUNNING; under lock */
    int named;              /* handle is set: names are set through it; under lock */
} NativeThread;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed;
static int foreground_running;  /* started, not ended, not background; under lock */
static int32_t next_managed_id = 2; /* 1 is the main thread's */
static pthread_t main_thread;
static __thread NativeThread *current __attribute__((tls_model("initial-exec")));

void kiln_threads_init(void) {
    main_thread = pthread_self();
    pthread_condattr_t attributes;
    pthread_condattr_init(&attributes);
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    pthread_cond_init(&changed, &attributes);
    pthread_condattr_destroy(&attributes);
}

static NativeThread *new_native_thread(KObject *thread, int references) {
    NativeThread *t = calloc(1, sizeof *t);
    KObject **cell = GC_MALLOC_UNCOLLECTABLE(sizeof *cell);
    if (t == NULL || cell == NULL) {
        free(t);
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    *cell = thread;
    t->managed = cell;
    t->state = THREAD_RUNNING;
    t->references = references;
    return t;
}

static void release(NativeThread *t) {
    pthread_mutex_lock(&lock);
    int left = --t->references;
    pthread_mutex_unlock(&lock);
    if (left == 0) {
        free(t);
    }
}

static void thread_object_collected(void *thread, void *native) {
    (void)thread;
    release(native);
}

static void *thread_main(void *argument) {
    NativeThread *t = argument;
    pthread_mutex_lock(&lock);
    t->handle = pthread_self();
    t->named = 1; /* a name set from now on goes to the OS here; one set before, RunCurrent applies itself */
    pthread_mutex_unlock(&lock);
    current = t;
    kiln_gc_attach_allocator();
    t->entry();
    kiln_gc_detach_allocator();
    KObject **cell;
    pthread_mutex_lock(&lock);
    t->state = THREAD_STOPPED;
    if (!t->background) {
        foreground_running--;
    }
    cell = t->managed;
    t->managed = NULL;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&lock);
    current = NULL;
    GC_FREE(cell);
    release(t);
    return NULL;
}

/* The Thread object of the calling thread, or NULL before the core library attached one (main and foreign threads
 * get theirs at their first Thread.CurrentThread). */
KObject *kiln_icall_System_Threading_Thread_CurrentNative(void) {
    NativeThread *t = current;
    return t != NULL && t->managed != NULL ? *t->managed : NULL;
}

/* Makes thread the calling thread's Thread object (a thread the runtime did not start: main, or one calling back
 * from native code). It stays alive as long as the thread; its handle is returned. */
intptr_t kiln_icall_System_Threading_Thread_AttachCurrent(KObject *thread) {
    NativeThread *t = new_native_thread(thread, 1); /* never released: lives as long as the process */
    t->background = !pthread_equal(pthread_self(), main_thread); /* foreign threads are never waited for */
    t->handle = pthread_self();
    t->named = 1;
    current = t;
    return (intptr_t)t;
}

int32_t kiln_icall_System_Threading_Thread_NextId(void) {
    return __atomic_fetch_add(&next_managed_id, 1, __ATOMIC_RELAXED);
}

int32_t kiln_icall_System_Threading_Thread_IdOfAttached(void) {
    return pthread_equal(pthread_self(), main_thread) ? 1 : kiln_icall_System_Threading_Thread_NextId();
}

/* Starts a thread running entry for the Thread object; returns its handle, or 0 when the system refused. */
intptr_t kiln_icall_System_Threading_Thread_StartNative(KObject *thread, void *entry, int32_t maxStackSize,
                                                        uint8_t background) {
    NativeThread *t = new_native_thread(thread, 2);
    t->entry = (void (*)(void))entry;
    t->background = background;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    if (maxStackSize > 0) {
        /* as .NET: at least what the system needs (PTHREAD_STACK_MIN is far below what managed code wants) */
        size_t size = (size_t)maxStackSize < (256u << 10) ? 256u << 10 : (size_t)maxStackSize;
        pthread_attr_setstacksize(&attributes, (size + 4095) & ~(size_t)4095);
    }
    pthread_mutex_lock(&lock);
    if (!background) {
        foreground_running++;
    }
    pthread_mutex_unlock(&lock);
    pthread_t handle;
    int error = pthread_create(&handle, &attributes, thread_main, t);
    pthread_attr_destroy(&attributes);
    if (error != 0) {
        pthread_mutex_lock(&lock);
        if (!background) {
            foreground_running--;
        }
        pthread_mutex_unlock(&lock);
        GC_FREE(t->managed);
        free(t);
        return 0;
    }
    GC_register_finalizer_no_order(thread, thread_object_collected, t, NULL, NULL);
    return (intptr_t)t;
}

static struct timespec deadline_after(int32_t milliseconds) {
    struct timespec d;
    clock_gettime(CLOCK_MONOTONIC, &d);
    d.tv_sec += milliseconds / 1000;
    d.tv_nsec += (long)(milliseconds % 1000) * 1000000L;
    if (d.tv_nsec >= 1000000000L) {
        d.tv_sec++;
        d.tv_nsec -= 1000000000L;
    }
    return d;
}

/* Waits until the thread ended (timeout -1: without limit); whether it did. The collector may stop the world
 * meanwhile: a thread blocked in pthread_cond_wait answers its signal like any other. */
uint8_t kiln_icall_System_Threading_Thread_JoinNative(intptr_t handle, int32_t timeout) {
    NativeThread *t = (NativeThread *)handle;
    struct timespec deadline = deadline_after(timeout < 0 ? 0 : timeout);
    int ended;
    kiln_thread_wait_begin();
    pthread_mutex_lock(&lock);
    while (t->state != THREAD_STOPPED) {
        int error = timeout < 0 ? pthread_cond_wait(&changed, &lock) : pthread_cond_timedwait(&changed, &lock, &deadline);
        if (error == ETIMEDOUT) {
            break;
        }
    }
    ended = t->state == THREAD_STOPPED;
    pthread_mutex_unlock(&lock);
    kiln_thread_wait_end();
    return (uint8_t)ended;
}

uint8_t kiln_icall_System_Threading_Thread_IsAliveNative(intptr_t handle) {
    NativeThread *t = (NativeThread *)handle;
    pthread_mutex_lock(&lock);
    int alive = t->state == THREAD_RUNNING;
    pthread_mutex_unlock(&lock);
    return (uint8_t)alive;
}

void kiln_icall_System_Threading_Thread_SetBackgroundNative(intptr_t handle, uint8_t background) {
    NativeThread *t = (NativeThread *)handle;
    pthread_mutex_lock(&lock);
    if (t->state == THREAD_RUNNING && t->background != (background != 0)) {
        foreground_running += background ? -1 : 1;
        pthread_cond_broadcast(&changed);
    }
    t->background = background != 0;
    pthread_mutex_unlock(&lock);
}

/* After Main returns: the process ends when the last foreground thread does (background threads end with it). */
void kiln_threads_wait_for_foreground(void) {
    pthread_mutex_lock(&lock);
    while (foreground_running > 0) {
        pthread_cond_wait(&changed, &lock);
    }
    pthread_mutex_unlock(&lock);
}

void kiln_icall_System_Threading_Thread_SleepNative(int32_t milliseconds) {
    if (milliseconds == 0) {
        sched_yield();
        return;
    }
    struct timespec left = {milliseconds / 1000, (long)(milliseconds % 1000) * 1000000L};
    kiln_thread_wait_begin();
    while (nanosleep(&left, &left) != 0 && errno == EINTR) {
        /* the collector's stop signal interrupts a sleep: sleep what is left */
    }
    kiln_thread_wait_end();
}

/* A thread the runtime does not know (native, before its first Thread.CurrentThread) has no state to report. */
void kiln_thread_wait_begin(void) {
    NativeThread *t = current;
    if (t != NULL) {
        __atomic_add_fetch(&t->waiting, 1, __ATOMIC_RELEASE);
    }
}

void kiln_thread_wait_end(void) {
    NativeThread *t = current;
    if (t != NULL) {
        __atomic_sub_fetch(&t->waiting, 1, __ATOMIC_RELEASE);
    }
}

/* Whether the thread is in Sleep, Join or Monitor.Wait (ThreadState.WaitSleepJoin): a snapshot, as in .NET. */
uint8_t kiln_icall_System_Threading_Thread_IsWaitingNative(intptr_t handle) {
    NativeThread *t = (NativeThread *)handle;
    return (uint8_t)(__atomic_load_n(&t->waiting, __ATOMIC_ACQUIRE) > 0);
}

/* Gives the OS thread the managed name (ps -L, top -H, gdb, /proc/<pid>/task/<tid>/comm), as .NET does on Linux:
 * UTF-8, cut to the 15 bytes Linux keeps (at a character boundary). Only while the thread runs: a detached pthread
 * that ended may not be named. */
static void set_name(NativeThread *t, const KString *name) {
    char full[64];
    char bytes[16];
    size_t length = 0;
    if (name != NULL) {
        int32_t count = name->length < 15 ? name->length : 15; /* at most 4 bytes each: 60 fit in full */
        length = kiln_utf8_encode(name->chars, count, full);
        if (length > 15) {
            length = 15;
            while (length > 0 && ((unsigned char)full[length] & 0xC0) == 0x80) {
                length--; /* back to the first byte of the character that did not fit */
            }
        }
        memcpy(bytes, full, length);
    }
    bytes[length] = 0;
    pthread_mutex_lock(&lock);
    if (t->state == THREAD_RUNNING && t->named) {
        pthread_setname_np(t->handle, bytes);
    }
    pthread_mutex_unlock(&lock);
}

uint8_t kiln_icall_System_Threading_Thread_YieldNative(void) {
    return sched_yield() == 0;
}

void kiln_icall_System_Threading_Thread_SetNameNative(intptr_t handle, KString *name) {
    set_name((NativeThread *)handle, name);
}

/* A thread named before Start names itself as it starts (its handle may not be in its Thread object yet). */
void kiln_icall_System_Threading_Thread_SetCurrentNameNative(KString *name) {
    if (current != NULL) {
        set_name(current, name);
    }
}
