/* reflection.c — finds the reflection metadata the compiler emitted for a type (kiln.h KReflectionInfo) and calls
 * invoke stubs for the core library's System.Reflection. The tables are constant data; the core library reads
 * them directly and caches what it builds from them per type, so a lookup here happens once per type. */
#include "runtime.h"
#include <stdint.h>
#include <string.h>

/* The executable's table (weak: the image launcher and programs without reflection have none). */
extern const KReflectionTypes kiln_reflection_types __attribute__((weak));

#define MAX_IMAGE_TABLES 64
static const KReflectionTypes *imageTables[MAX_IMAGE_TABLES];
static int imageTableCount;

/* Called by the loader (before managed code runs) with each image's kiln.reflection_types, or NULL. */
void kiln_reflection_add_table(const void *table) {
    if (table != NULL && imageTableCount < MAX_IMAGE_TABLES) {
        imageTables[imageTableCount++] = table;
    }
}

static const KReflectionForeignInstances *foreignTables[MAX_IMAGE_TABLES];
static int foreignTableCount;

/* Called by the loader with each image's kiln.reflection_foreign_instances, or NULL (images made before it). */
void kiln_reflection_add_foreign_instances(const void *table) {
    if (table != NULL && foreignTableCount < MAX_IMAGE_TABLES) {
        foreignTables[foreignTableCount++] = table;
    }
}

/* RuntimeReflection.ForeignInstanceImpl: the index-th instantiation of the type's generic methods that an image other
 * than the describing one compiled, NULL past the last. */
const KReflectionMethod *kiln_icall_System_Reflection_RuntimeReflection_ForeignInstanceImpl(const KType *type, int32_t index) {
    for (int t = 0; t < foreignTableCount; t++) {
        const KReflectionForeignInstances *table = foreignTables[t];
        for (int32_t i = 0; i < table->count; i++) {
            if (table->entries[i].type != type) {
                continue;
            }
            if (index < table->entries[i].count) {
                return &table->entries[i].instances[index];
            }
            index -= table->entries[i].count;
        }
    }
    return NULL;
}

static const KReflectionInfo *find_in(const KReflectionTypes *table, const KType *type) {
    for (int32_t i = 0; table != NULL && i < table->count; i++) {
        if (table->entries[i].type == type) {
            return table->entries[i].info;
        }
    }
    return NULL;
}

/* RuntimeReflection.InfoImpl: the type's metadata, NULL when the program keeps none for it. */
const KReflectionInfo *kiln_icall_System_Reflection_RuntimeReflection_InfoImpl(const KType *type) {
    const KReflectionInfo *found = find_in(&kiln_reflection_types, type);
    for (int i = 0; found == NULL && i < imageTableCount; i++) {
        found = find_in(imageTables[i], type);
    }
    return found;
}

static int find_entry_in(const KReflectionTypes *table, void *entry, const KType **type) {
    for (int32_t i = 0; table != NULL && i < table->count; i++) {
        const KReflectionInfo *info = table->entries[i].info;
        for (int32_t m = 0; m < info->methodCount; m++) {
            if (info->methods[m].entry == entry || (info->methods[m].delegateEntry == entry && entry != NULL)) {
                *type = table->entries[i].type;
                return m;
            }
        }
    }
    return -1;
}

/* RuntimeReflection.MethodOfEntryImpl (Delegate.Method): the type declaring the method compiled at entry, and the
 * method's index in its table (-1 when no table lists it). */
int32_t kiln_icall_System_Reflection_RuntimeReflection_MethodOfEntryImpl(void *entry, const KType **type) {
    int found = find_entry_in(&kiln_reflection_types, entry, type);
    for (int i = 0; found < 0 && i < imageTableCount; i++) {
        found = find_entry_in(imageTables[i], entry, type);
    }
    return found;
}

/* RuntimeReflection.CallImpl: runs an invoke stub; exceptions the method throws unwind through here to the caller. */
void kiln_icall_System_Reflection_RuntimeReflection_CallImpl(void (*invoke)(void *, void *, void **, void *), void *entry,
                                                             void *thisValue, void **arguments, void *result) {
    invoke(entry, thisValue, arguments, result);
}

/* RuntimeReflection.RunClassConstructorImpl: the type's class constructor runner (KReflectionInfo.classConstructor),
 * which runs it once and throws its TypeInitializationException; exceptions unwind through here. */
void kiln_icall_System_Reflection_RuntimeReflection_RunClassConstructorImpl(void (*runner)(void)) {
    if (runner != NULL) {
        runner();
    }
}

/* RuntimeReflection.AllocateImpl: a zeroed instance (or box) of type, as newobj or box allocate it. */
KObject *kiln_icall_System_Reflection_RuntimeReflection_AllocateImpl(const KType *type) {
    return (type->flags & KTYPE_FINALIZABLE) != 0 ? kiln_gc_alloc_finalizable(type) : kiln_gc_alloc(type);
}

/* RuntimeReflection.Utf8Impl: a metadata name as a string. */
KString *kiln_icall_System_Reflection_RuntimeReflection_Utf8Impl(const char *text) {
    return text == NULL ? NULL : kiln_string_from_utf8(text, strlen(text));
}

/* RuntimeReflection.AddressOfImpl and ObjectAtImpl: objects do not move (Boehm), so reflection passes and reads
 * references by address: the address of an object, and the object whose address is stored at slot. */
void *kiln_icall_System_Reflection_RuntimeReflection_AddressOfImpl(KObject *o) {
    return o;
}

KObject *kiln_icall_System_Reflection_RuntimeReflection_ObjectAtImpl(KObject **slot) {
    return *slot;
}

void kiln_icall_System_Reflection_RuntimeReflection_StoreObjectImpl(KObject **slot, KObject *value) {
    *slot = value;
}

void kiln_icall_System_Reflection_RuntimeReflection_CopyImpl(void *destination, const void *source, int32_t bytes) {
    memmove(destination, source, (size_t)bytes);
}

static const KType *instantiation_in(const KReflectionTypes *table, const KType *definition, const KType *const *arguments,
                                     int32_t count) {
    for (int32_t i = 0; table != NULL && i < table->count; i++) {
        const KReflectionInfo *info = table->entries[i].info;
        if (info->genericDefinition != definition || info->genericArgumentCount != count) {
            continue;
        }
        int32_t same = 0;
        while (same < count && info->genericArguments[same] == arguments[same]) {
            same++;
        }
        if (same == count) {
            return table->entries[i].type;
        }
    }
    return NULL;
}

/* AttributeReader.NewArrayImpl and StoreElementImpl: the arrays custom attribute arguments are created as, and an
 * element stored from the value at source (a box's contents, or a slot holding a reference). */
KArray *kiln_icall_System_Reflection_AttributeReader_NewArrayImpl(const KType *arrayType, int32_t length) {
    return kiln_gc_alloc_array(arrayType, length);
}

void kiln_icall_System_Reflection_AttributeReader_StoreElementImpl(KArray *array, int32_t index, const void *source) {
    uint32_t size = array->type->elementSize;
    memmove(array->data + (size_t)index * size, source, size);
}

/* TypeNameLookup.CountImpl and TypeAtImpl (Type.GetType(string)): the described types of the executable's table and
 * then of each image's, numbered in that order. */
static const KReflectionTypes *table_at(int t) {
    return t == 0 ? &kiln_reflection_types : imageTables[t - 1];
}

int32_t kiln_icall_System_Reflection_TypeNameLookup_CountImpl(void) {
    int32_t count = 0;
    for (int t = 0; t <= imageTableCount; t++) {
        count += table_at(t) == NULL ? 0 : table_at(t)->count;
    }
    return count;
}

const KType *kiln_icall_System_Reflection_TypeNameLookup_TypeAtImpl(int32_t index) {
    for (int t = 0; t <= imageTableCount; t++) {
        const KReflectionTypes *table = table_at(t);
        int32_t n = table == NULL ? 0 : table->count;
        if (index < n) {
            return table->entries[index].type;
        }
        index -= n;
    }
    return NULL;
}

/* RuntimeType.InstantiationImpl (MakeGenericType): the described instantiation of definition over arguments, NULL
 * when the program compiled none (only described types can be found: MakeGenericType's result is reflected on). */
const KType *kiln_icall_System_RuntimeType_InstantiationImpl(const KType *definition, const KType *const *arguments,
                                                             int32_t count) {
    const KType *found = instantiation_in(&kiln_reflection_types, definition, arguments, count);
    for (int i = 0; found == NULL && i < imageTableCount; i++) {
        found = instantiation_in(imageTables[i], definition, arguments, count);
    }
    return found;
}

/* The name of the assembly defining Main (weak: an image has none). */
extern const char *const kiln_reflection_entry_assembly __attribute__((weak));

/* RuntimeAssembly.EntryNameImpl (Assembly.GetEntryAssembly). */
const char *kiln_icall_System_Reflection_RuntimeAssembly_EntryNameImpl(void) {
    if (&kiln_reflection_entry_assembly != NULL) {
        return kiln_reflection_entry_assembly;
    }
    /* the program is an image (run by the launcher): its table marks the entry of Main's type */
    for (int i = 0; i < imageTableCount; i++) {
        int32_t entry = imageTables[i]->entryType;
        if (entry > 0 && entry <= imageTables[i]->count && imageTables[i]->entries[entry - 1].info->assembly != NULL) {
            return imageTables[i]->entries[entry - 1].info->assembly->name;
        }
    }
    return NULL;
}
