/* casting.c — type tests the generated code does not inline: assignability with interfaces and array covariance. */
#include "runtime.h"

typedef struct InterfaceEntry {
    const KType *interface;
    void **slots;
} InterfaceEntry;

typedef struct InterfaceMap {
    int32_t count;
    int32_t padding;
    InterfaceEntry entries[];
} InterfaceMap;

static int implements(const KType *type, const KType *interface) {
    const InterfaceMap *map = type->interfaces;
    for (int32_t i = 0; map != NULL && i < map->count; i++) {
        if (map->entries[i].interface == interface) {
            return 1;
        }
    }
    return 0;
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
        const KType *fe = from->element;
        const KType *te = to->element;
        /* covariance holds for reference elements only: string[] is an object[], int[] is not a long[] */
        if ((fe->flags & KTYPE_VALUETYPE) || (te->flags & KTYPE_VALUETYPE)) {
            return fe == te;
        }
        return kiln_cast_is_assignable(fe, te);
    }
    for (const KType *t = from->base; t != NULL; t = t->base) {
        if (t == to) {
            return 1;
        }
    }
    return 0;
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
