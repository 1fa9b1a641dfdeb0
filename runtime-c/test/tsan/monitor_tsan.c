/* The monitor table's threaded tests alone, for ThreadSanitizer (make tsan-test): monitor.c and the tests are
 * instrumented; the collector is only asked whether an address is in its heap (it is not). */
#include "runtime.h"
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

long monitor_thread_tests(void);

_Noreturn void kiln_ex_throw_builtin(int32_t code) {
    fprintf(stderr, "monitor_tsan: runtime exception %d\n", code);
    abort();
}

_Noreturn void kiln_rt_fail(const char *message) {
    fprintf(stderr, "monitor_tsan: %s\n", message);
    abort();
}

/* thread.c's WaitSleepJoin bookkeeping: these tests' threads are plain pthreads, with no state to report */
void kiln_thread_wait_begin(void) {
}

void kiln_thread_wait_end(void) {
}

int main(void) {
    GC_INIT();
    long failed = monitor_thread_tests();
    printf("monitor under tsan: %ld failed\n", failed);
    return failed == 0 ? 0 : 1;
}
