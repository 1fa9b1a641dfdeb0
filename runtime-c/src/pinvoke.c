/* pinvoke.c — binding P/Invoke methods at their first call, as .NET does on Linux: the library name becomes the
 * names .NET probes (next to the executable first, as .NET's assembly directory, then through dlopen's own search),
 * the entry point is looked up with dlsym, and failures become DllNotFoundException / EntryPointNotFoundException
 * with .NET's messages. Also the strings the marshaller passes and the errno that SetLastError=true saves. */
#include "runtime.h"
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t bind_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread int32_t failure_kind;
static __thread char *failure_message;
static __thread int32_t last_error;

/* A loaded library per distinct [DllImport] name, kept for the life of the process as .NET does. */
typedef struct LoadedLibrary {
    struct LoadedLibrary *next;
    char *name;
    void *handle;
} LoadedLibrary;
static LoadedLibrary *loaded;

static void set_failure(int32_t kind, char *message) {
    free(failure_message);
    failure_kind = kind;
    failure_message = message;
}

static void append(char **buffer, size_t *length, const char *text) {
    size_t n = strlen(text);
    char *grown = realloc(*buffer, *length + n + 1);
    if (grown == NULL) {
        kiln_rt_fail("out of memory binding a P/Invoke method");
    }
    memcpy(grown + *length, text, n + 1);
    *buffer = grown;
    *length += n;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The directory of the executable with a trailing '/', or "" when /proc does not tell. */
static const char *executable_directory(void) {
    static char dir[PATH_MAX];
    static int known;
    if (!known) {
        ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
        dir[n > 0 ? n : 0] = 0;
        char *slash = strrchr(dir, '/');
        if (slash != NULL) {
            slash[1] = 0;
        } else {
            dir[0] = 0;
        }
        known = 1;
    }
    return dir;
}

static void *try_open(const char *path, char **errors, size_t *errorsLength) {
    void *handle = dlopen(path, RTLD_LAZY);
    if (handle == NULL) {
        const char *error = dlerror();
        append(errors, errorsLength, error != NULL ? error : path);
        append(errors, errorsLength, "\n");
    }
    return handle;
}

/*
 * The names .NET tries for a [DllImport] name on Linux: "libc" means glibc's libc.so.6; a name without ".so" is
 * tried with the suffix first and then as given, each also with the "lib" prefix unless it is a path.
 */
static void *open_library(const char *name, char **errors, size_t *errorsLength) {
    if (strcmp(name, "libc") == 0) {
        return try_open("libc.so.6", errors, errorsLength);
    }
    int path = strchr(name, '/') != NULL;
    int suffixed = ends_with(name, ".so") || strstr(name, ".so.") != NULL;
    const char *variants[4][2] = {{"", ".so"}, {"lib", ".so"}, {"", ""}, {"lib", ""}};
    for (int i = 0; i < 4; i++) {
        const char *prefix = variants[i][0], *suffix = variants[i][1];
        if ((path && prefix[0]) || (suffixed && suffix[0])) {
            continue;
        }
        const char *dirs[2] = {path ? "" : executable_directory(), ""};
        for (int d = 0; d < (path || dirs[0][0] == 0 ? 1 : 2); d++) {
            size_t n = strlen(dirs[d]) + strlen(prefix) + strlen(name) + strlen(suffix) + 1;
            char *candidate = malloc(n);
            snprintf(candidate, n, "%s%s%s%s", dirs[d], prefix, name, suffix);
            void *handle = try_open(candidate, errors, errorsLength);
            free(candidate);
            if (handle != NULL) {
                return handle;
            }
        }
    }
    return NULL;
}

static void *library_handle(const char *name) {
    for (LoadedLibrary *l = loaded; l != NULL; l = l->next) {
        if (strcmp(l->name, name) == 0) {
            return l->handle;
        }
    }
    char *errors = NULL;
    size_t errorsLength = 0;
    append(&errors, &errorsLength, "");
    void *handle = open_library(name, &errors, &errorsLength);
    if (handle == NULL) {
        char *message = NULL;
        size_t length = 0;
        append(&message, &length, "Unable to load shared library '");
        append(&message, &length, name);
        append(&message, &length, "' or one of its dependencies. In order to help diagnose loading problems, consider "
               "using a tool like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n");
        append(&message, &length, errors);
        free(errors);
        set_failure(KILN_PINVOKE_DLL_NOT_FOUND, message);
        return NULL;
    }
    free(errors);
    LoadedLibrary *l = malloc(sizeof *l);
    l->name = strdup(name);
    l->handle = handle;
    l->next = loaded;
    loaded = l;
    return handle;
}

void *kiln_pinvoke_resolve(void **cache, const char *library, const char *entryPoint) {
    pthread_mutex_lock(&bind_lock);
    void *fn = NULL;
    void *handle = library_handle(library);
    if (handle != NULL) {
        fn = dlsym(handle, entryPoint);
        if (fn == NULL) {
            const char *format = "Unable to find an entry point named '%s' in shared library '%s'.";
            size_t n = strlen(format) + strlen(entryPoint) + strlen(library);
            char *message = malloc(n);
            snprintf(message, n, format, entryPoint, library);
            set_failure(KILN_PINVOKE_ENTRY_POINT_NOT_FOUND, message);
        } else {
            __atomic_store_n(cache, fn, __ATOMIC_RELEASE);
        }
    }
    pthread_mutex_unlock(&bind_lock);
    return fn;
}

int32_t kiln_pinvoke_failure_kind(void) {
    return failure_kind;
}

KString *kiln_pinvoke_failure_message(void) {
    const char *message = failure_message != NULL ? failure_message : "";
    return kiln_string_from_utf8(message, strlen(message));
}

char *kiln_pinvoke_string_to_utf8(const KString *s) {
    return s == NULL ? NULL : kiln_string_to_utf8(s, NULL);
}

uint16_t *kiln_pinvoke_string_to_utf16(const KString *s) {
    if (s == NULL) {
        return NULL;
    }
    uint16_t *copy = malloc(((size_t)s->length + 1) * sizeof(uint16_t));
    if (copy == NULL) {
        kiln_rt_fail("out of memory marshalling a string");
    }
    memcpy(copy, s->chars, (size_t)s->length * sizeof(uint16_t));
    copy[s->length] = 0;
    return copy;
}

KString *kiln_pinvoke_take_utf8(char *s) {
    if (s == NULL) {
        return NULL;
    }
    KString *result = kiln_string_from_utf8(s, strlen(s));
    free(s);
    return result;
}

KString *kiln_pinvoke_take_utf16(uint16_t *s) {
    if (s == NULL) {
        return NULL;
    }
    int32_t length = 0;
    while (s[length] != 0) {
        length++;
    }
    KString *result = kiln_string_alloc(length);
    memcpy(result->chars, s, (size_t)length * sizeof(uint16_t));
    free(s);
    return result;
}

void kiln_pinvoke_free(void *p) {
    free(p);
}

void kiln_pinvoke_clear_errno(void) {
    errno = 0;
}

void kiln_pinvoke_save_errno(void) {
    last_error = errno;
}

int32_t kiln_icall_System_Runtime_InteropServices_Marshal_GetLastPInvokeError(void) {
    return last_error;
}

void kiln_icall_System_Runtime_InteropServices_Marshal_SetLastPInvokeError(int32_t error) {
    last_error = error;
}
