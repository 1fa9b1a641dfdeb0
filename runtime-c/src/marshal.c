/* marshal.c — what Marshal, GCHandle and RuntimeType need of objects and descriptors for interop: the address of
 * an object's data (pinning: Boehm GC never moves objects, so it stays valid while the object is referenced), whether
 * an object holds references (those cannot be pinned), a value type's boxed size, and fresh boxes. */
#include "runtime.h"

void *kiln_icall_System_Runtime_InteropServices_Marshal_DataAddress(KObject *o) {
    if (o == NULL) {
        return NULL;
    }
    const KType *t = o->type;
    if (t->flags & KTYPE_STRING) {
        return (char *)o + KILN_STRING_CHARS_OFFSET;
    }
    if (t->flags & (KTYPE_ARRAY | KTYPE_MDARRAY)) {
        return (char *)o + t->baseSize; /* the fixed part (length, bounds) comes first */
    }
    return (char *)o + KILN_OBJECT_HEADER_SIZE;
}

uint8_t kiln_icall_System_Runtime_InteropServices_Marshal_HasReferences(const KObject *o) {
    return o != NULL && (o->type->flags & KTYPE_HAS_REFS) != 0;
}

int32_t kiln_icall_System_Runtime_InteropServices_Marshal_ElementSize(const KObject *array) {
    return (int32_t)array->type->elementSize;
}

KObject *kiln_icall_System_Runtime_InteropServices_Marshal_AllocateBox(const KType *t) {
    return kiln_gc_alloc(t);
}

int32_t kiln_icall_System_RuntimeType_BaseSizeImpl(const KType *t) {
    return (int32_t)t->baseSize;
}
