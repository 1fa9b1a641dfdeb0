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

void *kiln_icall_System_Object_GetDescriptor(KObject *o) {
    return (void *)o->type;
}

KString *kiln_icall_System_RuntimeType_DescriptorName(const KType *t) {
    return kiln_string_from_utf8(t->name, strlen(t->name));
}

/* RuntimeType objects, one per descriptor: an open-addressing table in GC memory reached from a static root. */
typedef struct TypeObjectTable {
    size_t capacity, count;
    const KType **keys;
    KObject **values;
} TypeObjectTable;

static TypeObjectTable *type_objects;

static void type_objects_grow(void) {
    TypeObjectTable *old = type_objects;
    TypeObjectTable *t = GC_MALLOC(sizeof *t);
    t->capacity = old == NULL ? 64 : old->capacity * 2;
    t->keys = GC_MALLOC(t->capacity * sizeof *t->keys);
    t->values = GC_MALLOC(t->capacity * sizeof *t->values);
    for (size_t i = 0; old != NULL && i < old->capacity; i++) {
        if (old->keys[i] != NULL) {
            size_t h = ((uintptr_t)old->keys[i] >> 4) & (t->capacity - 1);
            while (t->keys[h] != NULL) h = (h + 1) & (t->capacity - 1);
            t->keys[h] = old->keys[i];
            t->values[h] = old->values[i];
            t->count++;
        }
    }
    type_objects = t;
}

KObject *kiln_icall_System_RuntimeType_FromHandle(const KType *descriptor) {
    if (descriptor == NULL) {
        return NULL;
    }
    if (type_objects == NULL || type_objects->count * 2 >= type_objects->capacity) {
        type_objects_grow();
    }
    size_t h = ((uintptr_t)descriptor >> 4) & (type_objects->capacity - 1);
    while (type_objects->keys[h] != NULL) {
        if (type_objects->keys[h] == descriptor) {
            return type_objects->values[h];
        }
        h = (h + 1) & (type_objects->capacity - 1);
    }
    KObject *type = kiln_gc_alloc(&kiln_type_System_RuntimeType);
    /* RuntimeType's only field, _descriptor, follows the header */
    *(const KType **)((char *)type + KILN_OBJECT_HEADER_SIZE) = descriptor;
    type_objects->keys[h] = descriptor;
    type_objects->values[h] = type;
    type_objects->count++;
    return type;
}
