/* callbacks.c — delegates as native function pointers (reverse P/Invoke), as NativeAOT and Mono do it: the compiler
 * emits, per delegate type it marshals, a reverse stub with the native signature that takes the delegate in the
 * static-chain register (r10, LLVM's `nest` parameter) and calls its Invoke. A native function pointer for one
 * delegate instance is a small trampoline made here at run time in executable memory:
 *
 *     mov r10, <delegate>      49 BA imm64
 *     mov r11, <reverse stub>  49 BB imm64
 *     jmp r11                  41 FF E3
 *
 * The same delegate gets the same pointer for as long as it lives. As in .NET, the trampoline keeps the delegate
 * alive only as long as the program does (native code that keeps a pointer needs the program to keep the delegate,
 * GC.KeepAlive or a field): nothing the collector scans holds the delegate here; a finalizer of the collector
 * takes its trampoline back when it dies, so passing a new lambda to qsort in a loop costs no memory. */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* What the compiler emits (DelegateMarshalling): each delegate type it made stubs for. The executable's table is
 * linked in (weak: the image launcher has none); each image has its own, which the loader adds. */
typedef struct KMarshalledDelegate {
    const KType *type;
    void *reverseStub; /* native signature, delegate in r10: what trampolines jump to */
    void *forwardStub; /* (boxed IntPtr target, Invoke's parameters): a delegate's method calling a native pointer */
} KMarshalledDelegate;
typedef struct KMarshalledDelegates {
    int32_t count;
    int32_t reserved;
    KMarshalledDelegate entries[];
} KMarshalledDelegates;
extern const KMarshalledDelegates kiln_marshalled_delegates __attribute__((weak));

#define TRAMPOLINE_SIZE 32

/* A delegate's trampoline, in a hash table keyed by the delegate's address (the collector does not move objects).
 * The table is malloc'd memory the collector does not scan: it holds the delegate weakly. */
typedef struct Callback {
    struct Callback *next;
    const KObject *delegate;
    uint8_t *trampoline;
} Callback;

static pthread_mutex_t callbacks_lock = PTHREAD_MUTEX_INITIALIZER;
static Callback **buckets;
static size_t bucketCount, callbackCount;
static uint8_t **pages; /* every page of trampolines, to recognize their addresses */
static size_t pageCount, pageCapacity, pageSize;
static uint8_t *next_slot, *page_end; /* the page trampolines are being written into */
static uint8_t *free_slots;           /* slots of collected delegates, linked through their bytes 8..15 */

static void *allocate(size_t size) {
    void *p = calloc(1, size);
    if (p == NULL) {
        kiln_rt_fail("out of memory marshalling a delegate");
    }
    return p;
}

static size_t bucket_of(const KObject *delegate) {
    uintptr_t a = (uintptr_t)delegate >> 4;
    return (size_t)(a ^ (a >> 17)) & (bucketCount - 1);
}

static void grow_buckets(void) {
    size_t count = bucketCount == 0 ? 256 : bucketCount * 2;
    Callback **grown = allocate(count * sizeof *grown);
    Callback **old = buckets;
    size_t oldCount = bucketCount;
    buckets = grown;
    bucketCount = count;
    for (size_t i = 0; i < oldCount; i++) {
        for (Callback *c = old[i], *next; c != NULL; c = next) {
            next = c->next;
            size_t b = bucket_of(c->delegate);
            c->next = buckets[b];
            buckets[b] = c;
        }
    }
    free(old);
}

/* A trampoline slot: a collected delegate's, or a new one. Pages are mapped writable and executable (no thread can
 * run a slot before it is written and its pointer returned) and never unmapped. */
static uint8_t *new_trampoline(void) {
    if (free_slots != NULL) {
        uint8_t *t = free_slots;
        memcpy(&free_slots, t + 8, sizeof free_slots);
        return t;
    }
    if (next_slot == NULL || next_slot + TRAMPOLINE_SIZE > page_end) {
        pageSize = (size_t)sysconf(_SC_PAGESIZE);
        void *p = mmap(NULL, pageSize, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            kiln_rt_fail("cannot map executable memory for a delegate's native function pointer");
        }
        if (pageCount == pageCapacity) {
            pageCapacity = pageCapacity == 0 ? 16 : pageCapacity * 2;
            uint8_t **grown = realloc(pages, pageCapacity * sizeof *grown);
            if (grown == NULL) {
                kiln_rt_fail("out of memory marshalling a delegate");
            }
            pages = grown;
        }
        pages[pageCount++] = p;
        next_slot = p;
        page_end = next_slot + pageSize;
    }
    uint8_t *t = next_slot;
    next_slot += TRAMPOLINE_SIZE;
    return t;
}

static void write_trampoline(uint8_t *t, const void *context, const void *target) {
    uintptr_t c = (uintptr_t)context, f = (uintptr_t)target;
    t[0] = 0x49, t[1] = 0xBA;
    memcpy(t + 2, &c, 8);
    t[10] = 0x49, t[11] = 0xBB;
    memcpy(t + 12, &f, 8);
    t[20] = 0x41, t[21] = 0xFF, t[22] = 0xE3;
    memset(t + 23, 0xCC, TRAMPOLINE_SIZE - 23); /* int3 */
}

/* The collector's finalizer of a marshalled delegate: its entry goes, its slot becomes free (int3s, so that a
 * pointer native code kept against the rules traps instead of running someone else's delegate until reused). */
static void delegate_collected(void *delegate, void *trampoline) {
    pthread_mutex_lock(&callbacks_lock);
    for (Callback **link = &buckets[bucket_of(delegate)]; *link != NULL; link = &(*link)->next) {
        if ((*link)->delegate == delegate) {
            Callback *gone = *link;
            *link = gone->next;
            free(gone);
            callbackCount--;
            break;
        }
    }
    uint8_t *t = trampoline;
    memset(t, 0xCC, TRAMPOLINE_SIZE);
    memcpy(t + 8, &free_slots, sizeof free_slots);
    free_slots = t;
    pthread_mutex_unlock(&callbacks_lock);
}

void *kiln_delegate_to_native(KObject *delegate, void *reverseStub) {
    if (delegate == NULL) {
        return NULL;
    }
    uint8_t *trampoline = NULL;
    int created = 0;
    kiln_gc_allow_callback_threads(); /* native code may call the pointer from a thread of its own */
    pthread_mutex_lock(&callbacks_lock);
    if (bucketCount == 0 || callbackCount > 2 * bucketCount) {
        grow_buckets();
    }
    size_t b = bucket_of(delegate);
    for (Callback *c = buckets[b]; c != NULL; c = c->next) {
        if (c->delegate == delegate) {
            trampoline = c->trampoline;
            break;
        }
    }
    if (trampoline == NULL) {
        trampoline = new_trampoline();
        write_trampoline(trampoline, delegate, reverseStub);
        Callback *c = allocate(sizeof *c);
        c->delegate = delegate;
        c->trampoline = trampoline;
        c->next = buckets[b];
        buckets[b] = c;
        callbackCount++;
        created = 1;
    }
    pthread_mutex_unlock(&callbacks_lock);
    /* outside the lock: registering may collect, and finalizers take the lock. A delegate outside the collected heap
     * never dies. */
    if (created && GC_base(delegate) == delegate) {
        GC_register_finalizer_no_order(delegate, delegate_collected, trampoline, NULL, NULL);
    }
    return trampoline;
}

/* The delegate whose live trampoline fn is, or NULL when fn is no such pointer (read from the trampoline itself). */
static KObject *delegate_of(const void *fn) {
    KObject *found = NULL;
    const uint8_t *t = fn;
    pthread_mutex_lock(&callbacks_lock);
    for (size_t i = 0; i < pageCount; i++) {
        if (t >= pages[i] && t < pages[i] + pageSize && (size_t)(t - pages[i]) % TRAMPOLINE_SIZE == 0) {
            if (t[0] == 0x49 && t[1] == 0xBA) {
                memcpy(&found, t + 2, sizeof found);
            }
            break;
        }
    }
    pthread_mutex_unlock(&callbacks_lock);
    return found;
}

#define MAX_IMAGE_TABLES 64
static const KMarshalledDelegates *imageTables[MAX_IMAGE_TABLES];
static int imageTableCount;

void kiln_callbacks_add_table(const void *table) {
    if (table != NULL && imageTableCount < MAX_IMAGE_TABLES) {
        imageTables[imageTableCount++] = table;
    }
}

static const KMarshalledDelegate *find_in(const KMarshalledDelegates *table, const KType *type) {
    for (int32_t i = 0; table != NULL && i < table->count; i++) {
        if (table->entries[i].type == type) {
            return &table->entries[i];
        }
    }
    return NULL;
}

static const KMarshalledDelegate *marshalled(const KType *type) {
    const KMarshalledDelegate *found = find_in(&kiln_marshalled_delegates, type);
    for (int i = 0; found == NULL && i < imageTableCount; i++) {
        found = find_in(imageTables[i], type);
    }
    return found;
}

/* Marshal.GetFunctionPointerForDelegate: NULL when the compiler made no reverse stub for the delegate's type. */
void *kiln_icall_System_Runtime_InteropServices_Marshal_FunctionPointerImpl(KObject *delegate) {
    const KMarshalledDelegate *m = marshalled(delegate->type);
    return m == NULL ? NULL : kiln_delegate_to_native(delegate, m->reverseStub);
}

/* Marshal.GetDelegateForFunctionPointer of a pointer GetFunctionPointerForDelegate made: that delegate, as in .NET. */
KObject *kiln_icall_System_Runtime_InteropServices_Marshal_CallbackDelegateImpl(void *fn) {
    return delegate_of(fn);
}

/* The forward stub of a delegate type (its descriptor), NULL when the compiler made none. */
void *kiln_icall_System_Runtime_InteropServices_Marshal_ForwardStubImpl(const KType *type) {
    const KMarshalledDelegate *m = marshalled(type);
    return m == NULL ? NULL : m->forwardStub;
}

/* A new, empty delegate of the type (its descriptor); the caller sets its target and method. */
KObject *kiln_icall_System_Runtime_InteropServices_Marshal_AllocateDelegateImpl(const KType *type) {
    return kiln_gc_alloc(type);
}

/* A string argument of a callback: the native caller keeps its memory (nothing is freed, unlike a returned one). */
KString *kiln_callback_string_from_utf8(const char *s) {
    return s == NULL ? NULL : kiln_string_from_utf8(s, strlen(s));
}

KString *kiln_callback_string_from_utf16(const uint16_t *s) {
    if (s == NULL) {
        return NULL;
    }
    int32_t length = 0;
    while (s[length] != 0) {
        length++;
    }
    KString *result = kiln_string_alloc(length);
    memcpy(result->chars, s, (size_t)length * sizeof(uint16_t));
    return result;
}
