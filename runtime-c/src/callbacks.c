/* callbacks.c — delegates as native function pointers (reverse P/Invoke), as NativeAOT and Mono do it: the compiler
 * emits, per delegate type it marshals, a reverse stub with the native signature that takes the delegate in the
 * static-chain register (r10, LLVM's `nest` parameter) and calls its Invoke. A native function pointer for one
 * delegate instance is a small trampoline made here at run time in executable memory:
 *
 *     mov r10, <delegate>      49 BA imm64
 *     mov r11, <reverse stub>  49 BB imm64
 *     jmp r11                  41 FF E3
 *
 * The same delegate always gets the same pointer. Native code may keep a pointer and call it long after the call
 * that passed it returned (a stored callback), so every delegate that was ever marshalled stays alive, with its
 * trampoline, for the rest of the process: the table of them is memory the collector scans but never frees
 * (.NET lets the delegate die once managed code drops it; keeping it is the safe side of that contract). */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdint.h>
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

typedef struct Callback {
    KObject *delegate; /* scanned: keeps the delegate alive */
    uint8_t *trampoline;
} Callback;

static pthread_mutex_t callbacks_lock = PTHREAD_MUTEX_INITIALIZER;
static Callback *callbacks; /* GC_MALLOC_UNCOLLECTABLE: scanned, never freed */
static size_t callbackCount, callbackCapacity;
static uint8_t *page, *pageEnd; /* the executable page trampolines are being written into */

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

/* A trampoline slot. Pages are mapped writable and executable (no other thread can run a slot before it is
 * written and its pointer returned); they are never unmapped. */
static uint8_t *new_trampoline(void) {
    if (page == NULL || page + TRAMPOLINE_SIZE > pageEnd) {
        size_t size = (size_t)sysconf(_SC_PAGESIZE);
        void *p = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            kiln_rt_fail("cannot map executable memory for a delegate's native function pointer");
        }
        page = p;
        pageEnd = page + size;
    }
    uint8_t *t = page;
    page += TRAMPOLINE_SIZE;
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

static void remember(KObject *delegate, uint8_t *trampoline) {
    if (callbackCount == callbackCapacity) {
        size_t capacity = callbackCapacity == 0 ? 64 : callbackCapacity * 2;
        Callback *grown = GC_MALLOC_UNCOLLECTABLE(capacity * sizeof *grown);
        if (grown == NULL) {
            kiln_rt_fail("out of memory marshalling a delegate");
        }
        if (callbacks != NULL) {
            memcpy(grown, callbacks, callbackCount * sizeof *grown);
            GC_FREE(callbacks);
        }
        callbacks = grown;
        callbackCapacity = capacity;
    }
    callbacks[callbackCount].delegate = delegate;
    callbacks[callbackCount].trampoline = trampoline;
    callbackCount++;
}

void *kiln_delegate_to_native(KObject *delegate, void *reverseStub) {
    if (delegate == NULL) {
        return NULL;
    }
    pthread_mutex_lock(&callbacks_lock);
    uint8_t *trampoline = NULL;
    for (size_t i = 0; i < callbackCount; i++) {
        if (callbacks[i].delegate == delegate) {
            trampoline = callbacks[i].trampoline;
            break;
        }
    }
    if (trampoline == NULL) {
        trampoline = new_trampoline();
        write_trampoline(trampoline, delegate, reverseStub);
        remember(delegate, trampoline);
    }
    pthread_mutex_unlock(&callbacks_lock);
    return trampoline;
}

/* The delegate whose trampoline fn is, or NULL when fn is no such pointer. */
static KObject *delegate_of(const void *fn) {
    KObject *found = NULL;
    pthread_mutex_lock(&callbacks_lock);
    for (size_t i = 0; i < callbackCount; i++) {
        if (callbacks[i].trampoline == fn) {
            found = callbacks[i].delegate;
            break;
        }
    }
    pthread_mutex_unlock(&callbacks_lock);
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
