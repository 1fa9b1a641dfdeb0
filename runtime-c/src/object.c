/* object.c — System.Object's runtime services. */
#include "runtime.h"
#include <string.h>
#include <gc.h>

int32_t kiln_icall_System_Object_GetHashCodeImpl(KObject *o) {
    /* The collector does not move objects, so the address is a stable identity; mix it so that nearby objects
     * spread across hash buckets. */
    uint64_t x = (uint64_t)(uintptr_t)o;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (int32_t)(x & 0x7FFFFFFF);
}

KString *kiln_icall_System_Object_GetTypeName(KObject *o) {
    const char *name = o->type->name;
    return kiln_string_from_utf8(name, strlen(name));
}

int32_t kiln_icall_System_Array_get_Length(KArray *array) {
    if (array == NULL) {
        kiln_ex_throw_builtin(KILN_EX_NULL_REFERENCE);
    }
    return array->length;
}

/* A shallow copy: same type, same bytes (Object.MemberwiseClone, delegate combination). */
KObject *kiln_icall_System_Delegate_MemberwiseCloneImpl(KObject *o) {
    const KType *t = o->type;
    size_t size = t->baseSize;
    if (t->flags & (KTYPE_ARRAY | KTYPE_STRING)) {
        int32_t length = *(int32_t *)((char *)o + 8);
        size = t->baseSize + (size_t)length * t->elementSize + ((t->flags & KTYPE_STRING) ? 2 : 0);
    }
    KObject *copy = (t->flags & (KTYPE_HAS_REFS | KTYPE_ELEM_REFS)) ? GC_MALLOC(size) : GC_MALLOC_ATOMIC(size);
    if (copy == NULL) {
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    memcpy(copy, o, size);
    return copy;
}
