/* casting.c — type tests the generated code does not inline: assignability with interfaces and array covariance. */
#include "runtime.h"
#include <string.h>

typedef struct InterfaceEntry {
    const KType *interface;
    void **slots;
} InterfaceEntry;

typedef struct InterfaceMap {
    int32_t count;
    int32_t padding;
    InterfaceEntry entries[];
} InterfaceMap;

/* Two instantiations of one variant generic definition, `from` converting to `to` through the variance of each type
 * argument (ECMA-335 II.9.11): covariant arguments convert upward, contravariant downward, others must be equal;
 * variance applies to reference-type arguments only. */
static int variant_convertible(const KType *from, const KType *to) {
    const KGenericInfo *f = from->generic;
    const KGenericInfo *t = to->generic;
    if (f == NULL || t == NULL || f->definition != t->definition || f->count != t->count) {
        return 0;
    }
    for (int32_t i = 0; i < t->count; i++) {
        const KType *a = f->arguments[i];
        const KType *b = t->arguments[i];
        if (a == b) {
            continue;
        }
        uint32_t variance = (t->variance >> (2 * i)) & 3u;
        if (variance == 0 || (a->flags & KTYPE_VALUETYPE) || (b->flags & KTYPE_VALUETYPE)) {
            return 0;
        }
        if (!(variance == 1 ? kiln_cast_is_assignable(a, b) : kiln_cast_is_assignable(b, a))) {
            return 0;
        }
    }
    return 1;
}

static int array_element_compatible(const KType *from, const KType *to);

/* For an array whose map does not list `interface` (an instantiation only another image uses, such as IList<Base>
 * for an image's Derived[]): the entry of the same array interface over the array's own element type, when the
 * elements convert (Derived[] is an IList<Base>, int[] an IList<uint>), else NULL. */
static const void *array_interface_entry(const KType *array, const KType *interface) {
    const KGenericInfo *wanted = interface->generic;
    if (wanted->count != 1 || !array_element_compatible(array->element, wanted->arguments[0])) {
        return NULL;
    }
    const InterfaceMap *map = array->interfaces;
    for (int32_t i = 0; map != NULL && i < map->count; i++) {
        const KGenericInfo *own = map->entries[i].interface->generic;
        if (own != NULL && own->definition == wanted->definition && own->count == 1 && own->arguments[0] == array->element) {
            return &map->entries[i];
        }
    }
    return NULL;
}

/* The entry of type's interface map that serves `interface` through variance, or NULL. The compiler lists the
 * variant conversions it can see; this finds the others (an image's type used through an interface instantiation
 * only another image knows). */
const void *kiln_cast_variant_entry(const KType *type, const KType *interface) {
    if (interface->generic == NULL) {
        return NULL;
    }
    const InterfaceMap *map = type->interfaces;
    for (int32_t i = 0; map != NULL && i < map->count; i++) {
        if (variant_convertible(map->entries[i].interface, interface)) {
            return &map->entries[i];
        }
    }
    return (type->flags & KTYPE_ARRAY) ? array_interface_entry(type, interface) : NULL;
}

/* The size of an integer element type (enums by their underlying type) whose arrays alias other integer arrays of
 * that size, or 0: bool, char, floating point and other value types alias nothing (CoreCLR's rule). */
static int aliasable_integer_size(const KType *type) {
    static const struct { const char *name; int size; } integers[] = {
        {"System.SByte", 1}, {"System.Byte", 1}, {"System.Int16", 2}, {"System.UInt16", 2}, {"System.Int32", 4},
        {"System.UInt32", 4}, {"System.Int64", 8}, {"System.UInt64", 8}, {"System.IntPtr", 8}, {"System.UIntPtr", 8},
    };
    if (type->enumInfo != NULL) {
        switch (type->enumInfo->elementType) {
            case 0x04: case 0x05: return 1; /* ELEMENT_TYPE_I1, U1 */
            case 0x06: case 0x07: return 2; /* I2, U2 */
            case 0x08: case 0x09: return 4; /* I4, U4 */
            case 0x0A: case 0x0B: case 0x18: case 0x19: return 8; /* I8, U8, I, U */
            default: return 0;
        }
    }
    for (size_t i = 0; i < sizeof integers / sizeof integers[0]; i++) {
        if (strcmp(type->name, integers[i].name) == 0) {
            return integers[i].size;
        }
    }
    return 0;
}

/* Whether arrays of two different value types alias (ECMA-335 I.8.7.1): int[] and uint[], an int-based enum's
 * array and int[]. */
static int integer_arrays_alias(const KType *a, const KType *b) {
    int size = aliasable_integer_size(a);
    return size != 0 && size == aliasable_integer_size(b);
}

/* Whether an array of `from` may be used as an array of `to` (ECMA-335 I.8.7.1): covariance for reference elements
 * (string[] is an object[]); value elements must be equal, or integers of one size (int[] is a uint[], not a
 * long[]). */
static int array_element_compatible(const KType *from, const KType *to) {
    if ((from->flags & KTYPE_VALUETYPE) || (to->flags & KTYPE_VALUETYPE)) {
        return from == to || integer_arrays_alias(from, to);
    }
    return kiln_cast_is_assignable(from, to);
}

static int implements(const KType *type, const KType *interface) {
    const InterfaceMap *map = type->interfaces;
    for (int32_t i = 0; map != NULL && i < map->count; i++) {
        if (map->entries[i].interface == interface) {
            return 1;
        }
    }
    return kiln_cast_variant_entry(type, interface) != NULL;
}

/* Whether a value whose exact type is `from` may be stored where `to` is expected (ECMA-335 I.8.7). */
int32_t kiln_cast_is_assignable(const KType *from, const KType *to) {
    if (from == to) {
        return 1;
    }
    if (to->flags & KTYPE_INTERFACE) {
        return implements(from, to);
    }
    if ((from->flags & KTYPE_ARRAY) && (to->flags & KTYPE_ARRAY)) {
        return array_element_compatible(from->element, to->element);
    }
    if ((from->flags & KTYPE_INTERFACE) && !(to->flags & KTYPE_VALUETYPE)) {
        /* an interface's descriptor has no base: of the classes, it converts to System.Object alone */
        return to->base == NULL && strcmp(to->name, "System.Object") == 0;
    }
    for (const KType *t = from->base; t != NULL; t = t->base) {
        if (t == to) {
            return 1;
        }
    }
    return variant_convertible(from, to); /* delegates: Func<string> is a Func<object> */
}

/* unbox's test when the boxed type is not exactly the expected enum or primitive type: as in .NET, enums and
 * primitives with the same underlying element type unbox as each other (a boxed int as an int-based enum, one enum
 * as another of the same underlying type). `underlying` is the expected type's underlying primitive. */
int32_t kiln_cast_unbox_compatible(const KType *actual, const KType *underlying, int32_t elementType) {
    if (actual == underlying) {
        return 1;
    }
    return actual->enumInfo != NULL && actual->enumInfo->elementType == elementType;
}

/* stelem.ref's check: storing value into array must respect the array's real element type. */
void kiln_cast_check_array_store(KArray *array, KObject *value) {
    if (value != NULL && !kiln_cast_is_assignable(value->type, array->type->element)) {
        kiln_ex_throw_builtin(KILN_EX_ARRAY_TYPE_MISMATCH);
    }
}
