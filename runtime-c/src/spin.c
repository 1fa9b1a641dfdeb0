/* spin.c — what SpinWait does between checks: pause instructions, giving the processor away, a 1 ms sleep. */
#include "runtime.h"
#include <sched.h>
#include <time.h>

void kiln_icall_System_Threading_SpinWait_Pause(int32_t iterations) {
    for (int32_t i = 0; i < iterations; i++) {
        __builtin_ia32_pause(); /* tells the core it is spinning: no memory-order mis-speculation, less power */
    }
}

void kiln_icall_System_Threading_SpinWait_YieldProcessor(void) {
    sched_yield();
}

/* .NET's Sleep(0): give the rest of the time slice to any ready thread (on Linux, as Yield). */
void kiln_icall_System_Threading_SpinWait_Sleep0(void) {
    sched_yield();
}

void kiln_icall_System_Threading_SpinWait_Sleep1(void) {
    struct timespec t = {.tv_sec = 0, .tv_nsec = 1000000L};
    nanosleep(&t, NULL);
}
