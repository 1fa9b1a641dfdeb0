/* allocation: the same loop as allocation.cs, for comparison (malloc/free of each object as it leaves the live set). */
#include <stdio.h>
#include <stdlib.h>

typedef struct Pair { long long value; void *tag; } Pair;

int main(int argc, char **argv) {
    long long n = argc > 1 ? atoll(argv[1]) : 1000000;
    static int tag;
    Pair *live[1024] = {0};
    for (long long i = 0; i < n; i++) {
        Pair *p = malloc(sizeof(Pair));
        p->value = i;
        p->tag = &tag;
        free(live[i & 1023]);
        live[i & 1023] = p;
    }
    long long sum = 0;
    for (int i = 0; i < 1024; i++) sum += live[i] != NULL ? live[i]->value : 0;
    printf("allocated %lld objects, live sum %lld\n", n, sum);
    return 0;
}
