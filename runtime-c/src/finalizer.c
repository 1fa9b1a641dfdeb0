/* finalizer.c — finalizers (C#'s ~T, Object.Finalize overrides) run on a finalizer thread, as .NET runs them.
 *
 * An instance of a type with a finalizer (KTYPE_FINALIZABLE, il Finalizers) is registered with the collector when it
 * is allocated (kiln_gc_alloc_finalizable, which the compiler calls instead of kiln_gc_alloc for those types only), as
 * a "no order" finalizer: .NET promises no order between finalizers, and Boehm's ordered kind would never finalize a
 * cycle. Java finalization is on, so what a finalizable object references stays alive until its finalizer has run.
 *
 * The collector runs finalizers on demand: when a collection queued some, it calls the notifier, which wakes the
 * finalizer thread; that thread drains the queue with GC_invoke_finalizers, which calls run_finalizer for managed
 * objects (the type's Finalize vtable slot) and the runtime's own collector finalizers (callbacks.c's trampolines,
 * thread.c's native thread records) alike; critical finalizers wait until the queue is empty. The thread is started
 * at the first notification, so a program that never queues a finalizer never has it; it is not a managed foreground
 * thread, so it never keeps the process alive, and nothing runs finalizers at exit (as .NET Core). An exception
 * escaping a finalizer unwinds through these C frames without finding a handler and is reported as unhandled
 * (exceptions.c: exit code 134), as in .NET.
 *
 * Short weak references (weak.c) are cleared by the collection that finds the object unreachable, before its finalizer
 * runs; long ones (trackResurrection) only by a collection after it, when the finalizer did not resurrect it.
 *
 * GC.WaitForPendingFinalizers asks for a pass and waits until a pass that started after the request has ended: passes
 * drain the whole queue, so every finalizer queued by the collections before the call has run by then. */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_requested = PTHREAD_COND_INITIALIZER; /* to the finalizer thread */
static pthread_cond_t pass_ended = PTHREAD_COND_INITIALIZER;     /* to WaitForPendingFinalizers */
static uint64_t requested; /* under lock: requests so far (notifications and waits) */
static uint64_t completed; /* under lock: the last request a finished pass covers */
static pthread_once_t start_once = PTHREAD_ONCE_INIT;
static int started;        /* written once, before requests are signalled */
static __thread int on_finalizer_thread;

static void call_finalize(KObject *o) {
    void (*finalize)(KObject *) = (void (*)(KObject *))o->type->vtable[KILN_VTABLE_SLOT_FINALIZE];
    finalize(o);
}

/* Critical finalizers (CriticalFinalizerObject: SafeHandle) the queue handed over, run once it is empty: .NET runs the
 * ordinary finalizers of what a collection found first, so they may still use the handles their objects own. The
 * array is scanned memory the static pointer keeps: it holds the objects until they are finalized. */
static pthread_mutex_t critical_lock = PTHREAD_MUTEX_INITIALIZER;
static KObject **critical;
static size_t critical_count, critical_capacity;

static void defer_critical(KObject *o) {
    pthread_mutex_lock(&critical_lock);
    if (critical_count == critical_capacity) {
        size_t capacity = critical_capacity == 0 ? 64 : 2 * critical_capacity;
        KObject **grown = GC_MALLOC(capacity * sizeof *grown);
        if (grown == NULL) {
            pthread_mutex_unlock(&critical_lock);
            call_finalize(o); /* out of memory: finalized now rather than never */
            return;
        }
        if (critical_count > 0) {
            memcpy(grown, critical, critical_count * sizeof *grown);
        }
        critical = grown;
        critical_capacity = capacity;
    }
    critical[critical_count++] = o;
    pthread_mutex_unlock(&critical_lock);
}

static KObject *next_critical(void) {
    pthread_mutex_lock(&critical_lock);
    KObject *o = NULL;
    if (critical_count > 0) {
        o = critical[--critical_count];
        critical[critical_count] = NULL;
    }
    pthread_mutex_unlock(&critical_lock);
    return o;
}

/* The collector's finalizer of managed objects: the Finalize override the object's type has. */
static void run_finalizer(void *object, void *unused) {
    (void)unused;
    KObject *o = object;
    if (o->type->flags & KTYPE_CRITICAL_FINALIZER) {
        defer_critical(o);
    } else {
        call_finalize(o);
    }
}

static void drain_queue(void) {
    for (;;) {
        while (GC_should_invoke_finalizers()) {
            GC_invoke_finalizers();
        }
        KObject *o = next_critical();
        if (o == NULL) {
            return;
        }
        call_finalize(o);
    }
}

/* Finalizers run deep frames whose dead words the frames of the wait below would sit on, and the collector scans this
 * thread's stack conservatively while it waits: zeroed first, they cannot keep the last objects finalized (or what
 * those referenced, such as an array a list outgrew) alive for as long as the thread sleeps. */
static __attribute__((noinline)) void clear_stale_stack(void) {
    volatile char area[64 * 1024];
    memset((char *)area, 0, sizeof area);
    __asm__ volatile("" : : "r"(area) : "memory");
}


static void *finalizer_main(void *unused) {
    (void)unused;
    on_finalizer_thread = 1;
    kiln_gc_attach_allocator(); /* finalizers allocate; the thread never ends, so it never detaches */
    pthread_mutex_lock(&lock);
    for (;;) {
        while (completed == requested) {
            pthread_cond_wait(&work_requested, &lock);
        }
        uint64_t covered = requested;
        pthread_mutex_unlock(&lock);
        drain_queue();
        clear_stale_stack();
        pthread_mutex_lock(&lock);
        completed = covered;
        pthread_cond_broadcast(&pass_ended);
    }
    return NULL;
}

static void start_thread(void) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_t handle;
    /* gc.h (GC_THREADS) makes this GC_pthread_create: the thread is registered with the collector */
    started = pthread_create(&handle, &attributes, finalizer_main, NULL) == 0;
    pthread_attr_destroy(&attributes);
}

/* Asks the finalizer thread for a pass (started first, outside the lock: creating a thread takes the collector's
 * lock); returns the request's number, or 0 when there is no finalizer thread. */
static uint64_t request_pass(void) {
    pthread_once(&start_once, start_thread);
    if (!started) {
        return 0;
    }
    pthread_mutex_lock(&lock);
    uint64_t ticket = ++requested;
    pthread_cond_signal(&work_requested);
    pthread_mutex_unlock(&lock);
    return ticket;
}

/* The collector's notifier: called, without its lock, on the thread whose allocation or GC.Collect ended a collection
 * that queued finalizers. */
static void finalizers_queued(void) {
    request_pass();
}

void kiln_finalizers_init(void) {
    GC_set_java_finalization(1);
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(finalizers_queued);
}

static void register_object(KObject *o) {
    GC_register_finalizer_no_order(o, run_finalizer, NULL, NULL, NULL);
}

void *kiln_gc_alloc_finalizable(const KType *t) {
    KObject *o = kiln_gc_alloc(t);
    register_object(o);
    return o;
}

/* A copy of a finalizable object (MemberwiseClone) has a finalizer of its own, as in .NET. */
void kiln_finalizer_register_copy(KObject *copy) {
    if (copy->type->flags & KTYPE_FINALIZABLE) {
        register_object(copy);
    }
}

/* GC.SuppressFinalize: objects without a finalizer are left alone (a delegate's collector finalizer belongs to the
 * runtime). The managed side checked for null. */
void kiln_icall_System_GC_SuppressFinalizeImpl(KObject *o) {
    if ((o->type->flags & KTYPE_FINALIZABLE) && GC_base(o) == o) {
        GC_register_finalizer_no_order(o, NULL, NULL, NULL, NULL);
    }
}

/* GC.ReRegisterForFinalize: registers again (once, however often it is called: Boehm keeps one finalizer per
 * object), also an object whose finalizer ran and that it resurrected. */
void kiln_icall_System_GC_ReRegisterForFinalizeImpl(KObject *o) {
    if ((o->type->flags & KTYPE_FINALIZABLE) && GC_base(o) == o) {
        register_object(o);
    }
}

/* GC.WaitForPendingFinalizers. On the finalizer thread itself it returns at once, as CoreCLR's does (waiting for
 * the pass it is part of would never end). */
void kiln_icall_System_GC_WaitForPendingFinalizers(void) {
    if (on_finalizer_thread) {
        return;
    }
    pthread_mutex_lock(&lock);
    int busy = completed != requested;
    pthread_mutex_unlock(&lock);
    if (!busy && !GC_should_invoke_finalizers()) {
        return;
    }
    uint64_t ticket = request_pass();
    if (ticket == 0) {
        drain_queue(); /* no thread could be started: run them here rather than not at all */
        return;
    }
    pthread_mutex_lock(&lock);
    while (completed < ticket) {
        pthread_cond_wait(&pass_ended, &lock);
    }
    pthread_mutex_unlock(&lock);
}
