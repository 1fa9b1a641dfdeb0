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

/* ValueType.Equals without an override: same type, equal bytes outside reference fields, and Object.Equals on each
 * reference field (so a struct holding strings compares them by value, as .NET does). */
uint8_t kiln_icall_System_ValueType_EqualsImpl(KObject *a, KObject *b) {
    if (b == NULL || a->type != b->type) {
        return 0;
    }
    const KType *t = a->type;
    const uint8_t *pa = (const uint8_t *)a + KILN_OBJECT_HEADER_SIZE;
    const uint8_t *pb = (const uint8_t *)b + KILN_OBJECT_HEADER_SIZE;
    size_t size = t->baseSize - KILN_OBJECT_HEADER_SIZE;
    const int32_t *refs = t->refOffsets;
    int32_t count = refs != NULL ? refs[0] : 0;
    size_t at = 0;
    for (int32_t i = 0; i <= count; i++) {
        size_t next = i < count ? (size_t)refs[1 + i] : size;
        if (next > at && memcmp(pa + at, pb + at, next - at) != 0) {
            return 0;
        }
        if (i < count) {
            KObject *ra = *(KObject **)(pa + next);
            KObject *rb = *(KObject **)(pb + next);
            if (ra != rb && (ra == NULL || rb == NULL || !kiln_object_equals(ra, rb))) {
                return 0;
            }
            at = next + sizeof(void *);
        }
    }
    return 1;
}

int32_t kiln_icall_System_ValueType_HashCodeImpl(KObject *o) {
    const uint8_t *p = (const uint8_t *)o + KILN_OBJECT_HEADER_SIZE;
    size_t size = o->type->baseSize - KILN_OBJECT_HEADER_SIZE;
    uint32_t hash = 2166136261u;
    const int32_t *refs = o->type->refOffsets;
    size_t limit = refs != NULL && refs[0] > 0 ? (size_t)refs[1] : size; /* bytes before the first reference */
    for (size_t i = 0; i < limit; i++) {
        hash = (hash ^ p[i]) * 16777619u;
    }
    return (int32_t)(hash & 0x7FFFFFFF);
}
