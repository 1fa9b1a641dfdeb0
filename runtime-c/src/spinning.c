/* spinning.c — Thread.SpinWait's unit of delay, normalized across processors as .NET normalizes it.
 *
 * A pause instruction takes ~5 ns on some processors and ~40 ns or more on others (this EPYC: ~25 ns), so a spin loop
 * counted in pauses waits eight times longer on one machine than another. .NET measures the pause once (eight short
 * rounds, the fastest kept) and turns it into a normalized yield of about 37 ns: Thread.SpinWait(n) spins n normalized
 * yields, and Thread.OptimalMaxSpinWaitsPerSpinIteration is how many of them fill ~272 ns, the most a SpinWait step
 * spins before yielding the processor would do more good. The measurement runs at the first call that needs it (it
 * takes ~10 µs), not at startup, so programs that never spin do not pay for it. */
#include "runtime.h"
#include <pthread.h>
#include <sched.h>

enum {
    TARGET_NS_PER_NORMALIZED_YIELD = 37,
    TARGET_MAX_NS_PER_SPIN_ITERATION = 272,
    MEASUREMENTS = 8,
    MEASURE_NS = 1000,
};

static pthread_once_t measured = PTHREAD_ONCE_INIT;
/* set by measure, which every reader runs first (pthread_once) */
static bool oneProcessor;
static uint32_t pausesPerNormalizedYield;
static uint32_t optimalMaxNormalizedYieldsPerSpin;

static inline void cpuPause(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

static int64_t nowNs(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Nanoseconds per pause over about MEASURE_NS: batches of pauses until the time is up. */
static double measureNsPerPause(void) {
    int64_t start = nowNs();
    int64_t elapsed = 0;
    long count = 0;
    long batch = 8;
    while (elapsed < MEASURE_NS) {
        for (long i = 0; i < batch; i++) {
            cpuPause();
        }
        count += batch;
        batch *= 2;
        elapsed = nowNs() - start;
    }
    double ns = (double)elapsed / (double)count;
    /* bounds as .NET's: a pause may be a no-op, and anything above this changes nothing below */
    double most = TARGET_MAX_NS_PER_SPIN_ITERATION / 1.5 + 1;
    return ns < 0.1 ? 0.1 : ns > most ? most : ns;
}

static void measure(void) {
    cpu_set_t set;
    oneProcessor = sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) == 1;
    double nsPerPause = measureNsPerPause();
    for (int i = 1; i < MEASUREMENTS; i++) {
        double ns = measureNsPerPause();
        if (ns < nsPerPause) {
            nsPerPause = ns; /* the fastest round: the others were interrupted */
        }
    }
    uint32_t perYield = (uint32_t)(TARGET_NS_PER_NORMALIZED_YIELD / nsPerPause + 0.5);
    perYield = perYield < 1 ? 1 : perYield;
    uint32_t maxYields = (uint32_t)(TARGET_MAX_NS_PER_SPIN_ITERATION / (perYield * nsPerPause) + 0.5);
    __atomic_store_n(&pausesPerNormalizedYield, perYield, __ATOMIC_RELAXED);
    __atomic_store_n(&optimalMaxNormalizedYieldsPerSpin, maxYields < 1 ? 1 : maxYields, __ATOMIC_RELAXED);
}

/* Thread.SpinWait: `iterations` normalized yields. */
void kiln_icall_System_Threading_Thread_SpinWaitNative(int32_t iterations) {
    if (iterations <= 0) {
        return;
    }
    pthread_once(&measured, measure);
    long n = (long)iterations * __atomic_load_n(&pausesPerNormalizedYield, __ATOMIC_RELAXED);
    for (long i = 0; i < n; i++) {
        cpuPause();
    }
}

/* Thread.OptimalMaxSpinWaitsPerSpinIteration. */
int32_t kiln_icall_System_Threading_Thread_OptimalMaxSpinWaitsNative(void) {
    pthread_once(&measured, measure);
    return (int32_t)__atomic_load_n(&optimalMaxNormalizedYieldsPerSpin, __ATOMIC_RELAXED);
}

/* The runtime's own spin before sleeping (the monitor's contended Enter), as .NET's
 * YieldProcessorWithBackOffNormalized: 1, 2, 4 normalized yields for the first iterations, then the optimal maximum.
 * False on one processor, where nobody can release anything while this thread spins: the caller sleeps at once. */
bool kiln_spin_backoff(uint32_t iteration) {
    pthread_once(&measured, measure);
    if (oneProcessor) {
        return false;
    }
    uint32_t most = __atomic_load_n(&optimalMaxNormalizedYieldsPerSpin, __ATOMIC_RELAXED);
    uint32_t yields = iteration < 3 && (1u << iteration) < most ? 1u << iteration : most;
    long n = (long)yields * __atomic_load_n(&pausesPerNormalizedYield, __ATOMIC_RELAXED);
    for (long i = 0; i < n; i++) {
        cpuPause();
    }
    return true;
}
