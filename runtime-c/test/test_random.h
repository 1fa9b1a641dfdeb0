/* Pseudo-random bits for the number tests: xorshift64*, deterministic, so a failure reproduces. Each test file keeps
 * its own state (and seed). */
#ifndef KILN_TEST_RANDOM_H
#define KILN_TEST_RANDOM_H

#include <stdint.h>
#include <string.h>

static inline uint64_t xorshift64star(uint64_t *state) {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545F4914F6CDD1Du;
}

static inline double double_from_bits(uint64_t bits) { double d; memcpy(&d, &bits, sizeof d); return d; }
static inline float float_from_bits(uint32_t bits) { float f; memcpy(&f, &bits, sizeof f); return f; }

#endif
