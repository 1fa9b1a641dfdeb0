/* object.c — System.Object's runtime services. */
#include "runtime.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Where an array's elements start: offset 16 for single-dimensional arrays, after the bounds for the others. */
static uint8_t *array_data(KArray *array) {
    if (array->type->flags & KTYPE_MDARRAY) {
        KMdArray *md = (KMdArray *)array;
        return (uint8_t *)md + KILN_MDARRAY_BOUNDS_OFFSET + 8u * (size_t)md->rank;
    }
    return array->data;
}

static int32_t array_rank(const KArray *array) {
    return (array->type->flags & KTYPE_MDARRAY) ? ((const KMdArray *)array)->rank : 1;
}

int32_t kiln_icall_System_Array_RankImpl(KArray *array) {
    if (array == NULL) {
        kiln_ex_throw_builtin(KILN_EX_NULL_REFERENCE);
    }
    return array_rank(array);
}

int32_t kiln_icall_System_Array_BoundImpl(KArray *array, int32_t dimension, uint8_t lower) {
    if (!(array->type->flags & KTYPE_MDARRAY)) {
        return lower ? 0 : array->length;
    }
    KMdArray *md = (KMdArray *)array;
    return md->bounds[lower ? md->rank + dimension : dimension];
}

/* A shallow copy: same type, same bytes (Object.MemberwiseClone, delegate combination). */
KObject *kiln_icall_System_Delegate_MemberwiseCloneImpl(KObject *o) {
    const KType *t = o->type;
    size_t size = t->baseSize;
    if (t->flags & (KTYPE_ARRAY | KTYPE_STRING)) {
        int32_t length = *(int32_t *)((char *)o + 8);
        size = t->baseSize + (size_t)length * t->elementSize + ((t->flags & KTYPE_STRING) ? 2 : 0);
    } else if (t->flags & KTYPE_MDARRAY) {
        const KMdArray *a = (const KMdArray *)o;
        size = KILN_MDARRAY_BOUNDS_OFFSET + 8u * (size_t)a->rank + (size_t)a->length * t->elementSize;
    }
    KObject *copy = kiln_gc_alloc_instance(t, size);
    memcpy(copy, o, size);
    kiln_finalizer_register_copy(copy);
    return copy;
}

void *kiln_icall_System_Object_GetDescriptor(KObject *o) {
    return (void *)o->type;
}

KString *kiln_icall_System_RuntimeType_DescriptorName(const KType *t) {
    return kiln_string_from_utf8(t->name, strlen(t->name));
}

/* What Type's properties read of a descriptor: base and element types, KTYPE_* flags (bit 16: an enum), and
 * assignability (the casting rules, as isinst applies them). */
const KType *kiln_icall_System_RuntimeType_BaseImpl(const KType *t) {
    return t->base;
}

const KType *kiln_icall_System_RuntimeType_ElementImpl(const KType *t) {
    return t->element;
}

int32_t kiln_icall_System_RuntimeType_FlagsImpl(const KType *t) {
    return (int32_t)((t->flags & (KTYPE_BEFORE_FIELD_INIT - 1u)) | (t->enumInfo != NULL ? 1u << 16 : 0));
}

/* Type.Attributes: the TypeAttributes the compiler packed into the flags (codegen DescriptorTypeAttributes). */
int32_t kiln_icall_System_RuntimeType_AttributesImpl(const KType *t) {
    uint32_t attributes = t->flags >> KTYPE_ATTRIBUTES_SHIFT;
    attributes |= ((t->flags >> KTYPE_STRING_FORMAT_SHIFT) & 3u) << 16;
    if (t->flags & KTYPE_BEFORE_FIELD_INIT) {
        attributes |= 0x100000u;
    }
    return (int32_t)attributes;
}

uint8_t kiln_icall_System_RuntimeType_AssignableImpl(const KType *from, const KType *to) {
    return (uint8_t)(kiln_cast_is_assignable(from, to) != 0);
}

/* RuntimeType objects, one per descriptor: an open-addressing table in GC memory reached from a static root.
 * `typeof` and GetType() read it on every call, from every thread, so reads take no lock: a lock every read took
 * would move its cache line between the cores on each call (runtime async's awaits compare awaiter types this way).
 * Entries are never removed or changed; a writer (under type_objects_lock) stores the value before publishing the key
 * with a release store, and a grown table is filled before it is published, so a reader that finds a key finds its
 * value. A reader still probing a replaced table keeps it alive through its own stack. */
typedef struct TypeObjectTable {
    size_t capacity, count;
    const KType **keys;
    KObject **values;
} TypeObjectTable;

static TypeObjectTable *type_objects;
static pthread_mutex_t type_objects_lock = PTHREAD_MUTEX_INITIALIZER;

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
    __atomic_store_n(&type_objects, t, __ATOMIC_RELEASE);
}

/* The slot of descriptor in table t (its own or the empty one where it belongs). */
static size_t type_object_slot(TypeObjectTable *t, const KType *descriptor) {
    size_t h = ((uintptr_t)descriptor >> 4) & (t->capacity - 1);
    for (;;) {
        const KType *key = __atomic_load_n(&t->keys[h], __ATOMIC_ACQUIRE);
        if (key == NULL || key == descriptor) {
            return h;
        }
        h = (h + 1) & (t->capacity - 1);
    }
}

/* The RuntimeType of descriptor if one was made, without a lock. */
static KObject *type_object_find(const KType *descriptor) {
    TypeObjectTable *t = __atomic_load_n(&type_objects, __ATOMIC_ACQUIRE);
    if (t == NULL) {
        return NULL;
    }
    size_t h = type_object_slot(t, descriptor);
    return __atomic_load_n(&t->keys[h], __ATOMIC_ACQUIRE) == descriptor ? t->values[h] : NULL;
}

/* One RuntimeType per descriptor on every thread (typeof identity): a new object is allocated outside the lock
 * (allocation may collect or throw) and kept only if no other thread won. */
KObject *kiln_icall_System_RuntimeType_FromHandle(const KType *descriptor) {
    if (descriptor == NULL) {
        return NULL;
    }
    KObject *found = type_object_find(descriptor);
    if (found != NULL) {
        return found;
    }
    KObject *type = kiln_gc_alloc(kiln_rt_program->runtimeType);
    /* RuntimeType's only field, _descriptor, follows the header */
    *(const KType **)((char *)type + KILN_OBJECT_HEADER_SIZE) = descriptor;
    pthread_mutex_lock(&type_objects_lock);
    if (type_objects == NULL || type_objects->count * 2 >= type_objects->capacity) {
        type_objects_grow();
    }
    size_t h = type_object_slot(type_objects, descriptor);
    if (type_objects->keys[h] == NULL) {
        type_objects->values[h] = type;
        __atomic_store_n(&type_objects->keys[h], descriptor, __ATOMIC_RELEASE);
        type_objects->count++;
    }
    found = type_objects->values[h];
    pthread_mutex_unlock(&type_objects_lock);
    return found;
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
            if (ra != rb && (ra == NULL || rb == NULL || !kiln_rt_program->objectEquals(ra, rb))) {
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

/* The value of a boxed enum, sign-extended from its size (the underlying type's signedness does not matter for
 * matching members, which were widened the same way). */
static int64_t enum_value(const KObject *boxed) {
    const uint8_t *p = (const uint8_t *)boxed + KILN_OBJECT_HEADER_SIZE;
    int isUnsigned = boxed->type->enumInfo != NULL && boxed->type->enumInfo->isUnsigned;
    switch (boxed->type->baseSize - KILN_OBJECT_HEADER_SIZE) {
        case 1: return isUnsigned ? (int64_t)p[0] : (int64_t)(int8_t)p[0];
        case 2: { uint16_t v; memcpy(&v, p, 2); return isUnsigned ? (int64_t)v : (int64_t)(int16_t)v; }
        case 4: { uint32_t v; memcpy(&v, p, 4); return isUnsigned ? (int64_t)v : (int64_t)(int32_t)v; }
        default: { int64_t v; memcpy(&v, p, 8); return v; }
    }
}

static KString *utf8_string(const char *text) {
    return kiln_string_from_utf8(text, strlen(text));
}

/* The names of the members chosen[n-1] .. chosen[0] (ascending values) joined by ", ". */
static KString *joined_member_names(const KEnumInfo *info, const int32_t *chosen, int n) {
    size_t length = 0;
    for (int k = 0; k < n; k++) {
        length += strlen(info->names[chosen[k]]) + (k > 0 ? 2 : 0);
    }
    char *text = malloc(length + 1);
    if (text == NULL) {
        kiln_rt_fail("out of memory formatting an enum value");
    }
    size_t used = 0;
    for (int k = n - 1; k >= 0; k--) {
        if (k != n - 1) {
            memcpy(text + used, ", ", 2);
            used += 2;
        }
        size_t part = strlen(info->names[chosen[k]]);
        memcpy(text + used, info->names[chosen[k]], part);
        used += part;
    }
    KString *result = kiln_string_from_utf8(text, used);
    free(text);
    return result;
}

/* A [Flags] value (or any value formatted with "F") as .NET 8+ names it (TryFormatFlagNames); NULL when it needs the
 * number. The members are sorted by their value as an unsigned number, declaration order among equal values (the
 * compiler's table). 0 is the first zero-valued member; a value equal to members is the last of them (the walk goes
 * down from the largest); else every member whose bits are all still unclaimed, largest first, until no bit is left.
 * Zero-valued members never join a list: .NET stops once the bits are used up, where .NET 7 and Mono went on and
 * listed every zero-valued member but the first (dotnet/runtime#95617). */
static KString *enum_flags_name(const KEnumInfo *info, int64_t value) {
    if (value == 0) {
        return info->count > 0 && info->values[0] == 0 ? utf8_string(info->names[0]) : NULL;
    }
    int32_t i = info->count - 1;
    while (i >= 0 && (uint64_t)info->values[i] > (uint64_t)value) {
        i--;
    }
    if (i >= 0 && info->values[i] == value) {
        return utf8_string(info->names[i]);
    }
    int32_t chosen[64]; /* each chosen member claims at least one of the 64 bits */
    int n = 0;
    int64_t remaining = value;
    for (; i >= 0 && remaining != 0; i--) {
        int64_t v = info->values[i];
        if (v != 0 && (remaining & v) == v) {
            remaining &= ~v;
            chosen[n++] = i;
        }
    }
    return remaining == 0 ? joined_member_names(info, chosen, n) : NULL;
}

/* The first member with this value, as .NET's linear search of the sorted values finds it (it searches binarily
 * above 32 members, which only differs when a value has several names). */
static KString *enum_defined_name(const KEnumInfo *info, int64_t value) {
    for (int32_t i = 0; i < info->count; i++) {
        if (info->values[i] == value) {
            return utf8_string(info->names[i]);
        }
    }
    return NULL;
}

/* Enum.ToString(): the member's name, or for [Flags] enums (and format "F": asFlags) the flag names; else the
 * number. */
static KString *enum_to_string(const KEnumInfo *info, int64_t value, int asFlags) {
    if (info != NULL) {
        KString *name = info->isFlags || asFlags ? enum_flags_name(info, value) : enum_defined_name(info, value);
        if (name != NULL) {
            return name;
        }
    }
    char buffer[32];
    if (info != NULL && info->isUnsigned) {
        snprintf(buffer, sizeof buffer, "%llu", (unsigned long long)value);
    } else {
        snprintf(buffer, sizeof buffer, "%lld", (long long)value);
    }
    return utf8_string(buffer);
}

KString *kiln_icall_System_Enum_ToStringImpl(KObject *boxed) {
    return enum_to_string(boxed->type->enumInfo, enum_value(boxed), 0);
}

/* Enum.ToString("F"): as if the enum were [Flags]. */
KString *kiln_icall_System_Enum_FlagsStringImpl(KObject *boxed) {
    return enum_to_string(boxed->type->enumInfo, enum_value(boxed), 1);
}

/* The value of a boxed enum widened to 64 bits (zero-extended for unsigned underlying types) and its size in bytes. */
int64_t kiln_icall_System_Enum_ValueImpl(KObject *boxed) {
    return enum_value(boxed);
}

int32_t kiln_icall_System_Enum_SizeImpl(KObject *boxed) {
    return (int32_t)(boxed->type->baseSize - KILN_OBJECT_HEADER_SIZE);
}

/* What Enum.Parse, GetNames and IsDefined need of an enum type's descriptor: its members (-1: not an enum), the
 * underlying type's ELEMENT_TYPE_* code, whether it is [Flags], and boxes of its values. */
int32_t kiln_icall_System_Enum_MemberCountImpl(const KType *t) {
    return t != NULL && t->enumInfo != NULL ? t->enumInfo->count : -1;
}

KString *kiln_icall_System_Enum_MemberNameImpl(const KType *t, int32_t i) {
    return utf8_string(t->enumInfo->names[i]);
}

int64_t kiln_icall_System_Enum_MemberValueImpl(const KType *t, int32_t i) {
    return t->enumInfo->values[i];
}

int32_t kiln_icall_System_Enum_ElementTypeImpl(const KType *t) {
    return t->enumInfo->elementType;
}

uint8_t kiln_icall_System_Enum_IsFlagsImpl(const KType *t) {
    return (uint8_t)(t->enumInfo->isFlags != 0);
}

/* An enum value (the member table's 64 bits) stored in an instance of `size` bytes. */
static void store_enum_value(uint8_t *p, size_t size, int64_t value) {
    switch (size) {
        case 1: { uint8_t v = (uint8_t)value; memcpy(p, &v, 1); break; }
        case 2: { uint16_t v = (uint16_t)value; memcpy(p, &v, 2); break; }
        case 4: { uint32_t v = (uint32_t)value; memcpy(p, &v, 4); break; }
        default: memcpy(p, &value, 8); break;
    }
}

KObject *kiln_icall_System_Enum_BoxImpl(const KType *t, int64_t value) {
    KObject *box = kiln_gc_alloc(t);
    store_enum_value((uint8_t *)box + KILN_OBJECT_HEADER_SIZE, t->baseSize - KILN_OBJECT_HEADER_SIZE, value);
    return box;
}

/* TypedReference.ToObject: the value at address, boxed when t is a value type's descriptor. */
KObject *kiln_icall_System_TypedReference_ToObjectImpl(const KType *t, void *address) {
    if ((t->flags & KTYPE_VALUETYPE) == 0) {
        return *(KObject **)address;
    }
    KObject *box = kiln_gc_alloc(t);
    memcpy((uint8_t *)box + KILN_OBJECT_HEADER_SIZE, address, t->baseSize - KILN_OBJECT_HEADER_SIZE);
    return box;
}

/* Enum.GetValues: a new array of the enum type holding its members' values in order; NULL when the program has no
 * descriptor of that array type (the compiler makes one for every enum whose descriptor it emits). */
KArray *kiln_icall_System_Enum_ValuesImpl(const KType *t) {
    const KEnumInfo *info = t->enumInfo;
    if (info->arrayType == NULL) {
        return NULL;
    }
    KArray *array = kiln_gc_alloc_array(info->arrayType, info->count);
    size_t size = t->baseSize - KILN_OBJECT_HEADER_SIZE;
    for (int32_t i = 0; i < info->count; i++) {
        store_enum_value(array->data + (size_t)i * size, size, info->values[i]);
    }
    return array;
}

/* Enum.HasFlag for two boxes: 1 when all of flag's bits are set, 0 when not, -1 when their types differ (the managed
 * caller throws ArgumentException, as .NET). */
int32_t kiln_icall_System_Enum_HasFlagImpl(KObject *boxed, KObject *flag) {
    if (flag->type != boxed->type) {
        return -1;
    }
    int64_t f = enum_value(flag);
    return (enum_value(boxed) & f) == f;
}

/* Enum.CompareTo for two boxes of the same enum type: -1, 0 or 1 by value, unsigned for unsigned underlying types. */
int32_t kiln_icall_System_Enum_CompareToImpl(KObject *boxed, KObject *other) {
    int64_t a = enum_value(boxed), b = enum_value(other);
    if (boxed->type->enumInfo != NULL && boxed->type->enumInfo->isUnsigned) {
        return (uint64_t)a < (uint64_t)b ? -1 : (uint64_t)a > (uint64_t)b ? 1 : 0;
    }
    return a < b ? -1 : a > b ? 1 : 0;
}

/* Array.Copy between arrays of the same rank and element size (multi-dimensional ones as their elements in row-major
 * order; memmove handles overlap); element types must match exactly or be reference types that the destination
 * accepts. */
void kiln_icall_System_Array_CopyImpl(KArray *source, int32_t sourceIndex, KArray *destination, int32_t destinationIndex, int32_t length) {
    const KType *st = source->type, *dt = destination->type;
    if (!(st->flags & (KTYPE_ARRAY | KTYPE_MDARRAY)) || !(dt->flags & (KTYPE_ARRAY | KTYPE_MDARRAY))) {
        kiln_ex_throw_builtin(KILN_EX_ARRAY_TYPE_MISMATCH);
    }
    if (array_rank(source) != array_rank(destination) || st->elementSize != dt->elementSize) {
        kiln_ex_throw_builtin(KILN_EX_ARRAY_TYPE_MISMATCH);
    }
    if (st->element != dt->element) {
        if ((st->element->flags & KTYPE_VALUETYPE) || (dt->element->flags & KTYPE_VALUETYPE)) {
            kiln_ex_throw_builtin(KILN_EX_ARRAY_TYPE_MISMATCH);
        }
        /* references: check each element against the destination's element type */
        KObject **from = (KObject **)array_data(source);
        for (int32_t i = 0; i < length; i++) {
            kiln_cast_check_array_store(destination, from[sourceIndex + i]);
        }
    }
    size_t size = st->elementSize;
    memmove(array_data(destination) + (size_t)destinationIndex * size, array_data(source) + (size_t)sourceIndex * size, (size_t)length * size);
}

/* Array.ResizedCopy: a growing collection's next array (source's type, length elements, the first count copied). */
KArray *kiln_icall_System_Array_ResizedCopy(KArray *source, int32_t count, int32_t length) {
    return kiln_gc_alloc_array_resized(source, count, length);
}

/* Buffer.BlockCopy and Array.Copy between arrays whose elements have the same representation: bytes from one
 * array's data to another's (offsets and count checked by the caller). */
void kiln_icall_System_Buffer_RawCopy(KArray *source, int64_t sourceOffset, KArray *destination, int64_t destinationOffset, int64_t count) {
    if (count > 0) memmove(array_data(destination) + destinationOffset, array_data(source) + sourceOffset, (size_t)count);
}

int32_t kiln_icall_System_Buffer_ElementSize(KArray *array) {
    return (int32_t)array->type->elementSize;
}

/* Array.GetValue: the element at a row-major position (checked by the caller), boxed when it is a value. */
KObject *kiln_icall_System_Array_GetFlatImpl(KArray *array, int32_t index) {
    const KType *element = array->type->element;
    uint8_t *at = array_data(array) + (size_t)index * array->type->elementSize;
    if (!(element->flags & KTYPE_VALUETYPE)) {
        return *(KObject **)at;
    }
    KObject *box = kiln_gc_alloc(element);
    memcpy((uint8_t *)box + KILN_OBJECT_HEADER_SIZE, at, array->type->elementSize);
    return box;
}

/* Array.SetValue: stores a reference as stelem.ref does, or unboxes a value of exactly the element type (null
 * clears a value element). */
void kiln_icall_System_Array_SetFlatImpl(KArray *array, KObject *value, int32_t index) {
    const KType *element = array->type->element;
    size_t size = array->type->elementSize;
    uint8_t *at = array_data(array) + (size_t)index * size;
    if (!(element->flags & KTYPE_VALUETYPE)) {
        if (value != NULL && !kiln_cast_is_assignable(value->type, element)) {
            kiln_ex_throw_builtin(KILN_EX_INVALID_CAST);
        }
        *(KObject **)at = value;
    } else if (value == NULL) {
        memset(at, 0, size);
    } else if (value->type == element) {
        memcpy(at, (uint8_t *)value + KILN_OBJECT_HEADER_SIZE, size);
    } else {
        kiln_ex_throw_builtin(KILN_EX_INVALID_CAST);
    }
}

void kiln_icall_System_Array_ClearImpl(KArray *array, int32_t index, int32_t length) {
    if (index < 0 || length < 0 || index > array->length - length) {
        kiln_ex_throw_builtin(KILN_EX_INDEX_OUT_OF_RANGE);
    }
    memset(array_data(array) + (size_t)index * array->type->elementSize, 0, (size_t)length * array->type->elementSize);
}
