/* barrier.c — Interlocked.MemoryBarrierProcessWide: a memory barrier on every thread of the process.
 *
 * Linux's membarrier(2) does it: the private expedited command interrupts the process's running threads with an IPI
 * (registered once, at the first use); kernels without it get the global command, which waits for every CPU to pass a
 * scheduling point, and failing both a fence on this thread is all that is left. */
#include "runtime.h"
#include <linux/membarrier.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

static pthread_once_t registered = PTHREAD_ONCE_INIT;
static int command = -1;

static long membarrier(int cmd) {
    return syscall(__NR_membarrier, cmd, 0, 0);
}

static void chooseCommand(void) {
    long supported = membarrier(MEMBARRIER_CMD_QUERY);
    if (supported < 0) {
        return;
    }
    if ((supported & MEMBARRIER_CMD_PRIVATE_EXPEDITED) != 0
        && membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == 0) {
        command = MEMBARRIER_CMD_PRIVATE_EXPEDITED;
    } else if ((supported & MEMBARRIER_CMD_GLOBAL) != 0) {
        command = MEMBARRIER_CMD_GLOBAL;
    }
}

void kiln_icall_System_Threading_Interlocked_MemoryBarrierProcessWide(void) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    pthread_once(&registered, chooseCommand);
    if (command >= 0) {
        membarrier(command);
    }
}
