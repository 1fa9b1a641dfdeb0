/* reflection_getter.c — PropertyInfo.GetValue's fast path (corelib System.Reflection.PropertyGetter): one call that
 * runs a parameterless getter's invoke stub and returns its result as an object, so that a property read costs one
 * transition out of managed code instead of one per step (allocate the box, take addresses, call, read back). */
#include "runtime.h"

typedef void (*KInvokeStub)(void *entry, void *thisValue, void **arguments, void *result);

/* PropertyGetter.ReadImpl: boxDescriptor is the box of a value-type result (NULL: the result is a reference);
 * thisOffset is where target's value starts (8 for a boxed struct, 0 for a class; target is NULL for a static getter). */
KObject *kiln_icall_System_Reflection_PropertyGetter_ReadImpl(KInvokeStub invoke, void *entry, KObject *target,
                                                              int32_t thisOffset, const KType *boxDescriptor) {
    void *thisValue = target == NULL ? NULL : (char *)target + thisOffset;
    if (boxDescriptor != NULL) {
        KObject *box = kiln_gc_alloc(boxDescriptor);
        invoke(entry, thisValue, NULL, (char *)box + sizeof(void *));
        return box;
    }
    KObject *volatile result = NULL; /* on the stack, which the collector scans */
    invoke(entry, thisValue, NULL, (void *)&result);
    return result;
}
