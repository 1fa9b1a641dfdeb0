/* stacktrace.c — managed stack traces for unhandled exceptions. Return addresses are captured when an exception
 * is thrown and named with the executable's own symbol table (.symtab): every compiled method is a function
 * symbol named "Namespace.Type::Method(ParameterTypes)". Methods inlined by the optimizer have no frame. */
#include "runtime.h"
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unwind.h>

typedef struct Capture {
    uintptr_t *ips;
    int count, capacity;
} Capture;

static _Unwind_Reason_Code collect(struct _Unwind_Context *context, void *arg) {
    Capture *c = arg;
    if (c->count >= c->capacity) {
        return _URC_END_OF_STACK;
    }
    uintptr_t ip = _Unwind_GetIP(context);
    if (ip != 0) {
        c->ips[c->count++] = ip;
    }
    return _URC_NO_REASON;
}

int kiln_stack_capture(uintptr_t *ips, int capacity) {
    Capture c = {ips, 0, capacity};
    _Unwind_Backtrace(collect, &c);
    return c.count;
}

static uintptr_t load_base(void) {
    /* the linker defines __executable_start at the image's first byte, i.e. virtual address 0 of a PIE */
    extern char __executable_start;
    return (uintptr_t)&__executable_start;
}

/* Prints "   at Type.Method(Params)" for each captured address inside a managed method. */
void kiln_stack_print(FILE *out, const uintptr_t *ips, int count) {
    int fd = open("/proc/self/exe", O_RDONLY);
    if (fd < 0) {
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    const uint8_t *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (image == MAP_FAILED) {
        return;
    }
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)image;
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(image + eh->e_shoff);
    const Elf64_Shdr *symtab = NULL;
    for (int i = 0; i < eh->e_shnum; i++) {
        if (sections[i].sh_type == SHT_SYMTAB) {
            symtab = &sections[i];
        }
    }
    if (symtab != NULL && symtab->sh_link < eh->e_shnum) {
        const Elf64_Sym *syms = (const Elf64_Sym *)(image + symtab->sh_offset);
        size_t nsyms = symtab->sh_size / sizeof(Elf64_Sym);
        const char *strings = (const char *)(image + sections[symtab->sh_link].sh_offset);
        /* position-independent executables: symbols are relative to where the image was loaded */
        uintptr_t base = eh->e_type == ET_DYN ? load_base() : 0;
        for (int k = 0; k < count; k++) {
            uintptr_t ip = ips[k] - 1 - base;
            for (size_t s = 0; s < nsyms; s++) {
                const Elf64_Sym *sym = &syms[s];
                if (ELF64_ST_TYPE(sym->st_info) != STT_FUNC || ip < sym->st_value || ip >= sym->st_value + sym->st_size) {
                    continue;
                }
                const char *name = strings + sym->st_name;
                const char *sep = strstr(name, "::");
                if (sep != NULL && strncmp(name, "unbox ", 6) != 0 && strncmp(name, "delegate thunk ", 15) != 0) {
                    fprintf(out, "   at %.*s.%s\n", (int)(sep - name), name, sep + 2);
                }
                break;
            }
        }
    }
    munmap((void *)image, (size_t)st.st_size);
}
