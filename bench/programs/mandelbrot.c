/* mandelbrot: the same algorithm as mandelbrot.cs, for comparison. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 200;
    int bytes_per_row = (n + 7) / 8;
    unsigned char *bitmap = calloc((size_t)bytes_per_row * n, 1);
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0, zi = 0, tr = 0, ti = 0;
            int i = 0;
            for (; i < 50 && tr + ti <= 4.0; i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
            }
            if (tr + ti <= 4.0) bitmap[y * bytes_per_row + x / 8] |= (unsigned char)(0x80 >> (x % 8));
        }
    }
    long long sum = 0;
    for (long i = 0; i < (long)bytes_per_row * n; i++) sum = sum * 31 + bitmap[i];
    printf("%d %lld\n", n, sum);
    free(bitmap);
    return 0;
}
