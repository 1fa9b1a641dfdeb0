/* stacktrace.c — managed stack traces for unhandled exceptions. Return addresses are captured when an exception
 * is thrown and named with the executable's own symbol table (.symtab): every compiled method is a function
 * symbol named "Namespace.Type::Method(ParameterTypes)". Frames in precompiled images are named through the
 * dynamic symbol table: an image exports its methods as kiln.m.<assembly>.<token>, and its kiln.names table gives
 * the readable name of each token. Methods inlined by the optimizer have no frame. */
#include "runtime.h"
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unwind.h>

typedef struct Capture {
    uintptr_t *ips;
    uintptr_t *cfas; /* NULL: not wanted */
    int count, capacity;
} Capture;

static _Unwind_Reason_Code collect(struct _Unwind_Context *context, void *arg) {
    Capture *c = arg;
    if (c->count >= c->capacity) {
        return _URC_END_OF_STACK;
    }
    uintptr_t ip = _Unwind_GetIP(context);
    if (ip != 0) {
        if (c->cfas != NULL) {
            c->cfas[c->count] = _Unwind_GetCFA(context);
        }
        c->ips[c->count++] = ip;
    }
    return _URC_NO_REASON;
}

int kiln_stack_capture(uintptr_t *ips, uintptr_t *cfas, int capacity) {
    Capture c = {ips, cfas, 0, capacity};
    _Unwind_Backtrace(collect, &c);
    return c.count;
}

static uintptr_t load_base(void) {
    /* the linker defines __executable_start at the image's first byte, i.e. virtual address 0 of a PIE */
    extern char __executable_start;
    return (uintptr_t)&__executable_start;
}

/* The body of a synchronized method (codegen's SynchronizedWrappers) is a function of its own, called by the
 * method's wrapper, whose frame names the method: .NET shows one frame for the call. */
static int is_synchronized_body(const char *name) {
    static const char suffix[] = "$synchronized";
    size_t length = strlen(name);
    return length >= sizeof suffix - 1 && strcmp(name + length - (sizeof suffix - 1), suffix) == 0;
}

/* The frame printed last by this thread's kiln_stack_print (a resume function follows its method's frame), and
 * whether it was an async state machine's (1), not one (0) or unknown (-1: named from its symbol alone). */
static __thread char last_method[512];
static __thread int last_async;

/* Runtime async: the async variant ("[async] M") and the resume function of its frame ("resume [async] M", which
 * runs the variant again after a suspension) are the method M itself, shown once, as .NET shows one frame. */
static const char *method_of(const char *name, int *resumed) {
    *resumed = strncmp(name, "resume ", 7) == 0;
    if (*resumed) {
        name += 7;
    }
    return strncmp(name, "[async] ", 8) == 0 ? name + 8 : name;
}

/* The compiler's kiln.tracenames table (codegen StackTraceNameTable): .NET's name of a function by the FNV-1a hash of
 * its symbol — {u32 count, u32 0, count x {u64 hash, u32 text offset, u32 flags} sorted by hash, texts}. */
enum { TRACE_NAME_HIDDEN = 1, TRACE_NAME_ASYNC_STATE_MACHINE = 2 };

static int trace_name(const uint8_t *table, const char *symbol, const char **text, uint32_t *flags) {
    if (table == NULL) {
        return 0;
    }
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (const unsigned char *c = (const unsigned char *)symbol; *c != '\0'; c++) {
        hash = (hash ^ *c) * 0x100000001b3ULL;
    }
    uint32_t low = 0, high;
    memcpy(&high, table, sizeof high);
    while (low < high) {
        uint32_t mid = low + (high - low) / 2;
        const uint8_t *entry = table + 8 + 16 * (size_t)mid;
        uint64_t key;
        memcpy(&key, entry, sizeof key);
        if (key == hash) {
            uint32_t offset;
            memcpy(&offset, entry + 8, sizeof offset);
            memcpy(flags, entry + 12, sizeof *flags);
            *text = (const char *)table + offset;
            return 1;
        }
        if (key < hash) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return 0;
}

/* The executable's table; absent (NULL) in one linked without it, such as the launcher of precompiled images. */
extern const uint8_t kiln_tracenames[] __asm__("kiln.tracenames") __attribute__((weak, visibility("hidden")));

/* The frame's name after "at " into name: .NET's from the table, else made from the symbol ("Ns.Type::M(P)" →
 * "Ns.Type.M(P)"). 0: not a frame to print (hidden, or not a managed method). */
static int frame_name(const char *symbol, const uint8_t *table, char *name, size_t size, int *async) {
    const char *text;
    uint32_t flags;
    if (trace_name(table, symbol, &text, &flags)) {
        *async = (flags & TRACE_NAME_ASYNC_STATE_MACHINE) != 0;
        snprintf(name, size, "%s", text);
        return (flags & TRACE_NAME_HIDDEN) == 0;
    }
    int resumed;
    const char *method = method_of(symbol, &resumed);
    const char *sep = strstr(method, "::");
    if (sep == NULL || strncmp(method, "unbox ", 6) == 0 || strncmp(method, "delegate thunk ", 15) == 0) {
        return 0;
    }
    *async = -1;
    snprintf(name, size, "%.*s.%s", (int)(sep - method), method, sep + 2);
    return 1;
}

/* address: the frame's code address in the executable or, if image is not NULL, in that image (0: no line). */
static void print_frame_in(FILE *out, const char *symbol, const uint8_t *table, const char *image, uintptr_t address) {
    if (is_synchronized_body(symbol)) {
        return;
    }
    char name[512];
    int async;
    if (!frame_name(symbol, table, name, sizeof name, &async)) {
        return;
    }
    if (strncmp(symbol, "resume ", 7) == 0 && strcmp(name, last_method) == 0) {
        return;
    }
    snprintf(last_method, sizeof last_method, "%s", name);
    last_async = async;
    const char *file;
    int line;
    if (address != 0 && (image != NULL ? kiln_debug_line_in(image, address, &file, &line)
                                       : kiln_debug_line(address, &file, &line))) {
        /* .NET's format: "   at Type.Method(Params) in /path/File.cs:line N" */
        fprintf(out, "   at %s in %s:line %d\n", name, file, line);
    } else {
        fprintf(out, "   at %s\n", name);
    }
}

static void print_frame(FILE *out, const char *name, uintptr_t address) {
    print_frame_in(out, name, kiln_tracenames, NULL, address);
}

/* A canonical name ends with the method's return type after its parameters ("M<T>(T)T"): a frame shows no return
 * type, as the names of other frames. */
static void cut_return_type(char *name) {
    char *sep = strstr(name, "::");
    char *open = sep != NULL ? strchr(sep, '(') : NULL;
    int depth = 0;
    for (char *c = open; c != NULL && *c != '\0'; c++) {
        if (*c == '(') {
            depth++;
        } else if (*c == ')' && --depth == 0) {
            c[1] = '\0';
            return;
        }
    }
}

/* A frame in a loaded image: 1 if ip is inside one of its exported or shared managed methods (then printed). */
static int print_image_frame(FILE *out, uintptr_t ip) {
    Dl_info info;
    const ElfW(Sym) *sym = NULL;
    if (dladdr1((void *)ip, &info, (void **)&sym, RTLD_DL_SYMENT) == 0 || info.dli_sname == NULL || sym == NULL
        || ip >= (uintptr_t)info.dli_saddr + sym->st_size || strncmp(info.dli_sname, "kiln.m.", 7) != 0) {
        return 0;
    }
    /* the image's own table names its exported functions (dlclose keeps it mapped: the image was loaded before) */
    void *handle = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    const uint8_t *table = handle != NULL ? dlsym(handle, "kiln.tracenames") : NULL;
    const char *names = handle != NULL ? dlsym(handle, "kiln.names") : NULL;
    if (handle != NULL) {
        dlclose(handle);
    }
    const char *text;
    uint32_t flags;
    if (trace_name(table, info.dli_sname, &text, &flags)) {
        print_frame_in(out, info.dli_sname, table, info.dli_fname, ip - (uintptr_t)info.dli_fbase);
        return 1;
    }
    const char *entity = info.dli_sname + 7;
    if (entity[0] == '[') {
        /* a shared instantiation, named canonically: [Assembly]Type<[Assembly]Arg>::Method — print it unqualified */
        char name[512];
        size_t n = 0;
        for (const char *c = entity; *c != '\0' && n + 1 < sizeof name; c++) {
            if (*c == '[') {
                const char *close = strchr(c, ']');
                if (close != NULL) {
                    c = close;
                    continue;
                }
            }
            name[n++] = *c;
        }
        name[n] = '\0';
        cut_return_type(name);
        print_frame_in(out, name, NULL, info.dli_fname, ip - (uintptr_t)info.dli_fbase);
        return 1;
    }
    /* kiln.m.<assembly>.<8 hex digits>[.async]: look the token up in the image's kiln.names */
    size_t length = strlen(entity);
    int async = length > 6 && strcmp(entity + length - 6, ".async") == 0;
    size_t end = async ? length - 6 : length;
    if (end < 10 || entity[end - 9] != '.' || strspn(entity + end - 8, "0123456789abcdef") < 8) {
        return 0;
    }
    const char *token = entity + end - 9;
    char key[16];
    snprintf(key, sizeof key, "%.8s%s ", token + 1, async ? ".async" : "");
    for (const char *line = names; line != NULL && *line != '\0';) {
        const char *end = strchr(line, '\n');
        if (strncmp(line, key, strlen(key)) == 0) {
            char name[512];
            size_t n = (size_t)((end != NULL ? end : line + strlen(line)) - line) - strlen(key);
            snprintf(name, sizeof name, "%.*s", (int)n, line + strlen(key));
            print_frame_in(out, name, NULL, info.dli_fname, ip - (uintptr_t)info.dli_fbase);
            return 1;
        }
        line = end != NULL ? end + 1 : NULL;
    }
    return 0;
}

/* The file at path mapped read-only (it stays valid until munmap), or NULL when it cannot be read or is too small to
 * be an ELF file. */
const uint8_t *kiln_map_elf_file(const char *path, size_t *size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(Elf64_Ehdr)) {
        close(fd);
        return NULL;
    }
    const uint8_t *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (image == MAP_FAILED) {
        return NULL;
    }
    *size = (size_t)st.st_size;
    return image;
}

/* Prints "   at Type.Method(Params)" for each captured address inside a managed method. Returns whether the last
 * frame printed is an async state machine's (1), not one (0), or unknown (-1: no frame, or one without .NET's name). */
int kiln_stack_print(FILE *out, const uintptr_t *ips, int count) {
    last_method[0] = '\0';
    last_async = -1;
    size_t imageSize;
    const uint8_t *image = kiln_map_elf_file("/proc/self/exe", &imageSize);
    if (image == NULL) {
        return -1;
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
            int found = 0;
            for (size_t s = 0; s < nsyms && !found; s++) {
                const Elf64_Sym *sym = &syms[s];
                if (ELF64_ST_TYPE(sym->st_info) == STT_FUNC && ip >= sym->st_value && ip < sym->st_value + sym->st_size) {
                    print_frame(out, strings + sym->st_name, ip);
                    found = 1;
                }
            }
            if (!found) {
                print_image_frame(out, ips[k] - 1);
            }
        }
    } else {
        for (int k = 0; k < count; k++) {
            print_image_frame(out, ips[k] - 1);
        }
    }
    munmap((void *)image, imageSize);
    return last_async;
}
