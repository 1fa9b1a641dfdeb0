/* C calling the same functions as PInvokeLoop.cs, through the shared library's PLT as any C program does:
 * `loop add N` or `loop getpid N` prints the checksum and the nanoseconds the N calls took. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int32_t kiln_bench_add(int32_t x);

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: loop add|getpid N\n");
        return 2;
    }
    int add = strcmp(argv[1], "add") == 0;
    long n = atol(argv[2]);
    /* bound before the clock starts, as the managed loops are: kiln_bench_add(-1) is 0 */
    int32_t acc = kiln_bench_add(-1);
    getpid();
    int64_t start = now_ns();
    if (add) {
        for (long i = 0; i < n; i++) acc = kiln_bench_add(acc);
    } else {
        for (long i = 0; i < n; i++) acc += getpid() > 0;
    }
    int64_t elapsed = now_ns() - start;
    printf("%d %lld\n", acc, (long long)elapsed);
    return 0;
}
