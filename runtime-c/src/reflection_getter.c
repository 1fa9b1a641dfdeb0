/* reflection_getter.c — PropertyInfo.GetValue's fast path (corelib System.Reflection.PropertyGetter): one call that
 * checks the target's type, runs a parameterless getter's invoke stub and hands back its result as an object, so that
 * a property read costs one transition out of managed code instead of one per step (type check, allocate the box,
 * take addresses, call, read back). */
#include "runtime.h"

typedef void (*KInvokeStub)(void *entry, void *thisValue, void **arguments, void *result);

/* PropertyGetter.ReadImpl: declaring is the getter's type (NULL: a static getter, target ignored); a target of any
 * other type returns 0 without calling (the managed side takes the general path: overrides, exceptions). thisOffset
 * is where target's value starts (8 for a boxed struct, 0 for a class); boxDescriptor is the box of a value-type
 * result (NULL: the result is a reference). The result is stored to *value, a stack slot the collector scans. */
int32_t kiln_icall_System_Reflection_PropertyGetter_ReadImpl(KInvokeStub invoke, void *entry, KObject *target,
                                                             const KType *declaring, int32_t thisOffset,
                                                             const KType *boxDescriptor, KObject **value) {
    void *thisValue = NULL;
    if (declaring != NULL) {
        if (target == NULL || target->type != declaring) {
            return 0;
        }
        thisValue = (char *)target + thisOffset;
    }
    if (boxDescriptor != NULL) {
        KObject *box = kiln_gc_alloc(boxDescriptor);
        *value = box;
        invoke(entry, thisValue, NULL, (char *)box + sizeof(void *));
    } else {
        invoke(entry, thisValue, NULL, (void *)value);
    }
    return 1;
}
