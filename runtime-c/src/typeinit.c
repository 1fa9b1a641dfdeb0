/*
 * typeinit.c — running class constructors once per process when several threads touch a type.
 *
 * Each type with a class constructor has a one-byte state the compiler emits (its "cctor flag", a shared
 * symbol in images): 0 not initialized, 1 initialized, 2 failed. Compiled code tests `flag == 1` with an
 * acquire load and calls the type's runner only otherwise; the runner asks kiln_typeinit_begin what to do.
 *
 * The rules are .NET's (ECMA-335 II.10.5.3.3 and CoreCLR's class-init locks):
 *  - the first thread runs the class constructor, the others wait until it finished or failed;
 *  - the thread running it sees the type as initialized when it comes back to it (re-entrance);
 *  - a thread that would wait for a type whose initializing thread (transitively) waits for a type this thread
 *    is initializing does not wait: it sees the partially initialized type, so a cycle never deadlocks;
 *  - a failure is final: every thread then gets the same TypeInitializationException (the runner keeps it).
 *
 * One mutex and one condition variable serve all types: class constructors run rarely and briefly, and the
 * cycle check needs a consistent view of who waits for whom anyway.
 */
#include "runtime.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

/* A class constructor that is running: which flag it guards and the thread that runs it. */
typedef struct Initialization {
    uint8_t *flag;
    struct InitThread *owner;
    struct Initialization *next;      /* all running ones, under lock */
    struct Initialization *nextOwned; /* the owner's, innermost first; only the owner reads or changes these */
} Initialization;

/*
 * What other threads need to know about a thread for the cycle check: the flag of the type it waits for (the flag,
 * not its Initialization: that is freed when the class constructor ends, before the waiter wakes up and clears this).
 */
typedef struct InitThread {
    uint8_t *waitingFor;
    Initialization *owned; /* the class constructors this thread is running, innermost first */
} InitThread;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t finished = PTHREAD_COND_INITIALIZER;
static Initialization *running; /* under lock */
static __thread InitThread self;

static Initialization *find(uint8_t *flag) {
    for (Initialization *i = running; i; i = i->next) {
        if (i->flag == flag) {
            return i;
        }
    }
    return NULL;
}

/* Whether waiting for init would close a cycle: its owner waits (through others) for something we run. */
static bool waits_for_me(Initialization *init) {
    for (Initialization *i = init; i; i = i->owner->waitingFor ? find(i->owner->waitingFor) : NULL) {
        if (i->owner == &self) {
            return true;
        }
    }
    return false;
}

int32_t kiln_typeinit_begin(uint8_t *flag) {
    uint8_t state = atomic_load_explicit((_Atomic uint8_t *)flag, memory_order_acquire);
    if (state != KILN_TYPEINIT_NOT_STARTED) {
        return state;
    }
    /* re-entrance without the lock: code the class constructor calls uses the type's statics all the time */
    for (Initialization *i = self.owned; i; i = i->nextOwned) {
        if (i->flag == flag) {
            return KILN_TYPEINIT_DONE;
        }
    }
    pthread_mutex_lock(&lock);
    int32_t result;
    for (;;) {
        state = atomic_load_explicit((_Atomic uint8_t *)flag, memory_order_acquire);
        if (state != KILN_TYPEINIT_NOT_STARTED) {
            result = state;
            break;
        }
        Initialization *init = find(flag);
        if (!init) {
            init = malloc(sizeof *init);
            if (!init) {
                pthread_mutex_unlock(&lock);
                abort();
            }
            init->flag = flag;
            init->owner = &self;
            init->next = running;
            running = init;
            init->nextOwned = self.owned;
            self.owned = init;
            result = KILN_TYPEINIT_RUN;
            break;
        }
        if (waits_for_me(init)) {
            result = KILN_TYPEINIT_DONE; /* our own (re-entrance) or a cycle's: use it as it is */
            break;
        }
        self.waitingFor = flag;
        pthread_cond_wait(&finished, &lock);
        self.waitingFor = NULL;
    }
    pthread_mutex_unlock(&lock);
    return result;
}

void kiln_typeinit_end(uint8_t *flag, int32_t state) {
    pthread_mutex_lock(&lock);
    for (Initialization **p = &running; *p; p = &(*p)->next) {
        if ((*p)->flag == flag) {
            Initialization *done = *p;
            *p = done->next;
            for (Initialization **o = &self.owned; *o; o = &(*o)->nextOwned) {
                if (*o == done) {
                    *o = done->nextOwned;
                    break;
                }
            }
            free(done);
            break;
        }
    }
    /* release: the statics the class constructor wrote (and a failure's exception) are visible with the flag */
    atomic_store_explicit((_Atomic uint8_t *)flag, (uint8_t)state, memory_order_release);
    pthread_cond_broadcast(&finished);
    pthread_mutex_unlock(&lock);
}
