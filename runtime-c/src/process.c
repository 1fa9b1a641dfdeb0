/* process.c — what System.Environment and System.Console need from the process: exit code, command line,
 * clock, environment variables, machine facts, random seeds, and lines from standard input. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static int32_t exit_code;
static int saved_argc;
static char **saved_argv;

void kiln_rt_save_args(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

int32_t kiln_rt_exit_code(void) {
    return exit_code;
}

void kiln_icall_System_Environment_SetExitCode(int32_t code) {
    exit_code = code;
}

int64_t kiln_icall_System_Environment_get_TickCount64(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t kiln_icall_System_Diagnostics_Stopwatch_GetTimestamp(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

KArray *kiln_icall_System_Environment_GetCommandLineArgsImpl(void) {
    KArray *args = kiln_gc_alloc_array(kiln_rt_program->stringArrayType, saved_argc);
    KString **slots = (KString **)args->data;
    for (int i = 0; i < saved_argc; i++) {
        slots[i] = kiln_string_from_utf8(saved_argv[i], strlen(saved_argv[i]));
    }
    return args;
}

/* Console.ReadLine: output written so far is flushed first (prompts appear before the program waits). */
KString *kiln_icall_System_Console_ReadLineImpl(void) {
    kiln_console_flush();
    size_t capacity = 128, length = 0;
    char *line = malloc(capacity);
    if (line == NULL) {
        kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
    }
    int c;
    while ((c = getchar()) != EOF && c != '\n') {
        if (length + 1 >= capacity) {
            capacity *= 2;
            char *bigger = realloc(line, capacity);
            if (bigger == NULL) {
                free(line);
                kiln_ex_throw_builtin(KILN_EX_OUT_OF_MEMORY);
            }
            line = bigger;
        }
        line[length++] = (char)c;
    }
    if (c == EOF && length == 0) {
        free(line);
        return NULL;
    }
    if (length > 0 && line[length - 1] == '\r') {
        length--;
    }
    KString *s = kiln_string_from_utf8(line, length);
    free(line);
    return s;
}

/* Random's seed when none is given: from the operating system, or the clocks if that fails. */
uint64_t kiln_icall_System_Random_SystemSeed(void) {
    uint64_t seed;
    if (getrandom(&seed, sizeof seed, 0) == (ssize_t)sizeof seed) return seed;
    struct timespec a, b;
    clock_gettime(CLOCK_REALTIME, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    static uint64_t counter;
    return ((uint64_t)a.tv_nsec << 32) ^ (uint64_t)a.tv_sec ^ ((uint64_t)b.tv_nsec * 0x9e3779b97f4a7c15ULL) ^ ++counter;
}

int32_t kiln_icall_System_Environment_get_ProcessorCount(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
}

int32_t kiln_icall_System_Environment_get_ProcessId(void) {
    return (int32_t)getpid();
}

KString *kiln_icall_System_Environment_get_MachineName(void) {
    char name[256];
    if (gethostname(name, sizeof name) != 0) return kiln_string_from_utf8("localhost", 9);
    name[sizeof name - 1] = 0;
    return kiln_string_from_utf8(name, strlen(name));
}

KString *kiln_icall_System_Environment_get_CurrentDirectory(void) {
    char *path = getcwd(NULL, 0);
    if (path == NULL) return kiln_string_from_utf8("/", 1);
    KString *s = kiln_string_from_utf8(path, strlen(path));
    free(path);
    return s;
}

KString *kiln_icall_System_Environment_GetEnvironmentVariableImpl(KString *name) {
    char *key = kiln_string_to_utf8(name, NULL);
    const char *value = getenv(key);
    free(key);
    return value == NULL ? NULL : kiln_string_from_utf8(value, strlen(value));
}

void kiln_icall_System_Environment_SetEnvironmentVariableImpl(KString *name, KString *value) {
    char *key = kiln_string_to_utf8(name, NULL);
    if (value == NULL) {
        unsetenv(key);
    } else {
        char *text = kiln_string_to_utf8(value, NULL);
        setenv(key, text, 1);
        free(text);
    }
    free(key);
}
