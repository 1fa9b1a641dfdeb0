/* Generic virtual dispatch across images (docs/images.md). Each image's dispatcher of an instantiation M<T> compares
 * the receiver's type with the types that image constructs; a type only another image constructs (a program's class
 * overriding a library's generic virtual method) is found here, in the kiln.gvms tables of the loaded images, which
 * the loader hands over in load order before Main runs (so no lock: the tables only grow before any managed code). */
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

static const KGenericVirtuals **tables;
static int tableCount;

void kiln_gvm_add_table(const KGenericVirtuals *table) {
    if (table == NULL || table->count == 0) {
        return;
    }
    const KGenericVirtuals **grown = realloc(tables, (size_t)(tableCount + 1) * sizeof *tables);
    if (grown == NULL) {
        abort();
    }
    tables = grown;
    tables[tableCount++] = table;
}

/* The first image's override of method for type, or NULL (the caller throws, as for a type with no override). */
void *kiln_gvm_find(const char *method, const KType *type) {
    for (int t = 0; t < tableCount; t++) {
        const KGenericVirtuals *table = tables[t];
        for (int32_t i = 0; i < table->count; i++) {
            if (table->entries[i].type == type && strcmp(table->entries[i].method, method) == 0) {
                return table->entries[i].code;
            }
        }
    }
    return NULL;
}
