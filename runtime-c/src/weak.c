/* weak.c — weak references (WeakReference, WeakReference<T>, ConditionalWeakTable's keys).
 *
 * A weak slot is one word inside a managed object (an IntPtr field, which the precise heap does not scan) holding
 * the target's address hidden (GC_HIDE_POINTER), registered with the collector as a disappearing link: when the
 * target becomes unreachable the collector sets the word to 0. Short weak references (.NET's default) are cleared
 * before finalization, long ones (trackResurrection) after it — GC_register_long_link — so a long one still sees an
 * object its finalizer resurrected (finalizer.c, memory/finalizer-weak-resurrection.cs). When the object holding the slot is collected, the collector drops the link
 * itself. Weak GCHandles (GCHandleType.Weak, WeakTrackResurrection) hold a WeakReference in their table entry.
 *
 * Targets outside the collected heap (string literals and other constants the compiler emitted) never die: their slot
 * holds the hidden address without a link. */
#include "runtime.h"
#include <gc.h>

static void unregister(void **slot) {
    GC_unregister_disappearing_link(slot);
    GC_unregister_long_link(slot);
}

void kiln_icall_System_WeakSlot_Set(uintptr_t *slot, KObject *target, uint8_t trackResurrection) {
    void **link = (void **)slot;
    if (*slot != 0) {
        unregister(link);
    }
    if (target == NULL) {
        *slot = 0;
        return;
    }
    *slot = GC_HIDE_POINTER(target);
    if (GC_base(target) != NULL) {
        int status = trackResurrection ? GC_register_long_link(link, target)
                                       : GC_general_register_disappearing_link(link, target);
        if (status == GC_NO_MEMORY) {
            *slot = 0;
            kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
        }
    }
}

/* Read under the allocation lock: with marker threads, a collection may clear the slot between reading the hidden
 * word and using the address (gc.h, GC_register_disappearing_link). */
static void *reveal(void *slot) {
    uintptr_t hidden = *(volatile uintptr_t *)slot;
    return hidden == 0 ? NULL : GC_REVEAL_POINTER(hidden);
}

KObject *kiln_icall_System_WeakSlot_Get(uintptr_t *slot) {
    return *slot == 0 ? NULL : GC_call_with_alloc_lock(reveal, slot);
}

void kiln_icall_System_WeakSlot_Free(uintptr_t *slot) {
    if (*slot != 0) {
        unregister((void **)slot);
        *slot = 0;
    }
}
