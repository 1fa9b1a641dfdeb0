/* time.c — the clocks: monotonic milliseconds and sleeping for the scheduler's timers, and the wall clock for
 * DateTime (local time is TimeZoneInfo's, read from the tz database in C#). */
#include "runtime.h"
#include <errno.h>
#include <time.h>

int64_t kiln_icall_System_Threading_Tasks_Scheduler_NowMilliseconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void kiln_icall_System_Threading_Tasks_Scheduler_SleepMilliseconds(int64_t milliseconds) {
    kiln_console_flush(); /* output produced before a wait is visible during it */
    struct timespec ts = {milliseconds / 1000, (long)(milliseconds % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* DateTime.UtcNow: the wall clock in ticks of 100 ns since 0001-01-01 (UTC). */
int64_t kiln_icall_System_DateTime_UtcNowTicks(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return 621355968000000000LL + (int64_t)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}
