/* time.c — the wall clock for DateTime (local time is TimeZoneInfo's, read from the tz database in C#); the
 * monotonic clock of timers and timed waits is lowlevel_sync.c's. */
#include "runtime.h"
#include <time.h>

/* DateTime.UtcNow: the wall clock in ticks of 100 ns since 0001-01-01 (UTC). */
int64_t kiln_icall_System_DateTime_UtcNowTicks(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return 621355968000000000LL + (int64_t)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}
