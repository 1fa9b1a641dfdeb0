/* process.c — what System.Environment and System.Console need from the process: exit code, command line,
 * clock, the environment block and random seeds (the rest is P/Invoke into the C library, in the core library). */
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

/* Environment's first look at the environment variables (it keeps its own copy from then on). */
char **kiln_icall_System_Environment_NativeEnvironmentBlock(void) {
    return environ;
}
