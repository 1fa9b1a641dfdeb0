/* bench/io.sh's C baseline: the same two jobs as IoBench.cs with stdio (fwrite/fread of the whole buffer, getline
 * and a byte loop); chars counts UTF-8 sequences' UTF-16 units as .NET's string.Length does. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long ms_since(struct timespec *s) {
    struct timespec e;
    clock_gettime(CLOCK_MONOTONIC, &e);
    return (e.tv_sec - s->tv_sec) * 1000 + (e.tv_nsec - s->tv_nsec) / 1000000;
}

static int bytes(const char *path, int megabytes) {
    size_t n = (size_t)megabytes << 20;
    unsigned char *data = malloc(n);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; data[i] = (unsigned char)x; }
    struct timespec s;
    clock_gettime(CLOCK_MONOTONIC, &s);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) { perror(path); return 1; }
    long write = ms_since(&s);
    clock_gettime(CLOCK_MONOTONIC, &s);
    f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *back = malloc(len);
    if (fread(back, 1, len, f) != (size_t)len) { perror(path); return 1; }
    fclose(f);
    long read = ms_since(&s);
    long sum = 0;
    for (long i = 0; i < len; i += 4093) sum += back[i];
    printf("%ld %ld\n", len, sum);
    fprintf(stderr, "write %ld read %ld\n", write, read);
    return 0;
}

static int words(const char *path) {
    struct timespec s;
    clock_gettime(CLOCK_MONOTONIC, &s);
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); return 1; }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lines = 0, words = 0, chars = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        if (n > 0 && line[n - 1] == '\n') n--;
        if (n > 0 && line[n - 1] == '\r') n--;
        lines++;
        int in_word = 0;
        for (ssize_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)line[i];
            if ((c & 0xC0) != 0x80) chars += c >= 0xF0 ? 2 : 1;
            int space = c == ' ' || c == '\t';
            if (!space && !in_word) words++;
            in_word = !space;
        }
    }
    fclose(f);
    printf("%ld lines %ld words %ld chars\n", lines, words, chars);
    fprintf(stderr, "words %ld\n", ms_since(&s));
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "bytes") == 0) return bytes(argv[2], atoi(argv[3]));
    if (argc >= 3 && strcmp(argv[1], "words") == 0) return words(argv[2]);
    fprintf(stderr, "usage: io bytes FILE MB | words FILE\n");
    return 2;
}
