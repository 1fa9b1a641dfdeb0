/* Contended costs of runtime-c monitor.c alone, with two pthreads: a Wait/Pulse ping-pong (ns per hand-off) and two
 * threads incrementing one counter under one lock (ns per increment). Build and run: bench/locks/handoff.sh. */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

_Noreturn void kiln_ex_throw_builtin(int32_t code) {
    fprintf(stderr, "runtime exception %d\n", code);
    abort();
}

_Noreturn void kiln_rt_fail(const char *message) {
    fprintf(stderr, "%s\n", message);
    abort();
}

/* thread.c's WaitSleepJoin bookkeeping: plain pthreads have no state to report */
void kiln_thread_wait_begin(void) {
}

void kiln_thread_wait_end(void) {
}

static KObject ball;
static int turn;
static long rounds;
static long counter;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *player(void *arg) {
    int me = (int)(long)arg;
    kiln_monitor_enter(&ball, -1);
    for (long i = 0; i < rounds; i++) {
        while (turn != me) kiln_monitor_wait(&ball, -1);
        turn = 1 - me;
        kiln_monitor_pulse(&ball, 0);
    }
    kiln_monitor_exit(&ball);
    return NULL;
}

static void *increment(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        kiln_monitor_enter(&ball, -1);
        counter++;
        kiln_monitor_exit(&ball);
    }
    return NULL;
}

static double run(void *(*body)(void *), void *a0, void *a1) {
    pthread_t t0, t1;
    double start = now();
    pthread_create(&t0, NULL, body, a0);
    pthread_create(&t1, NULL, body, a1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return now() - start;
}

int main(void) {
    GC_INIT();
    rounds = 100000;
    double best = 1e9;
    for (int r = 0; r < 3; r++) {
        double t = run(player, (void *)0L, (void *)1L);
        best = t < best ? t : best;
    }
    printf("Wait/Pulse ping-pong          %8.0f ns per hand-off\n", best * 1e9 / (2.0 * rounds));
    long n = 2000000;
    best = 1e9;
    for (int r = 0; r < 3; r++) {
        double t = run(increment, (void *)n, (void *)n);
        best = t < best ? t : best;
    }
    printf("2 threads, one lock           %8.1f ns per lock/unlock\n", best * 1e9 / (2.0 * n));
    return counter == 6 * n ? 0 : 1;
}
