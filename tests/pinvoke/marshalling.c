/* marshalling.c — the C side of Marshalling.cs (PInvokeMarshallingTest): buffers StringBuilders bring, resources
 * handed out as SafeHandles and counted when released, and packed / explicit-layout structs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- StringBuilder buffers ---- */

/* Writes as much of a fixed text as fits; returns the capacity it was told, to show what the stub passes. */
int32_t fill_utf8(char *buffer, int32_t capacity) {
    snprintf(buffer, (size_t)capacity + 1, "filled by C: grüße");
    return capacity;
}

int32_t fill_utf16(uint16_t *buffer, int32_t capacity) {
    static const uint16_t text[] = {'w', 'i', 'd', 'e', ' ', 0x20AC, ' ', 0xD83D, 0xDE00, 0};
    int32_t i = 0;
    for (; i < capacity && text[i] != 0; i++) buffer[i] = text[i];
    buffer[i] = 0;
    return i;
}

/* What the buffer held on entry (its first bytes, 0 for an empty one), then appends a marker. */
int32_t append_marker(char *buffer) {
    int32_t first = (unsigned char)buffer[0];
    strcat(buffer, "+C");
    return first;
}

int32_t is_null(const void *p) { return p == NULL; }

/* ---- resources behind SafeHandles ---- */

typedef struct Resource { int32_t id; int32_t released; } Resource;
static int32_t releases;
static int32_t double_releases;

int32_t resource_id(intptr_t handle);

intptr_t resource_open(int32_t id) {
    if (id < 0) return 0; /* the invalid handle */
    Resource *r = calloc(1, sizeof *r);
    r->id = id;
    return (intptr_t)r;
}

void resource_open_out(int32_t id, intptr_t *handle) { *handle = resource_open(id); }

/* Replaces the handle with a new resource when id differs from the current one's, else leaves it. */
void resource_reopen(intptr_t *handle, int32_t id) {
    if (resource_id(*handle) != id) *handle = resource_open(id);
}

int32_t resource_id(intptr_t handle) { return handle == 0 ? -1 : ((Resource *)handle)->id; }

int32_t resource_release(intptr_t handle) {
    Resource *r = (Resource *)handle;
    if (r->released) {
        double_releases++;
        return 0;
    }
    r->released = 1; /* kept (leaked) so that a second release would be seen */
    releases++;
    return 1;
}

int32_t resource_releases(void) { return releases; }
int32_t resource_double_releases(void) { return double_releases; }

/* ---- user data kept by C (as a callback registration keeps it) ---- */

static void *user_data[4];

void keep_user_data(int32_t slot, void *data) { user_data[slot] = data; }
void *kept_user_data(int32_t slot) { return user_data[slot]; }

/* ---- structs as C lays them out ---- */

#pragma pack(push, 1)
typedef struct Packed1 { uint8_t tag; int32_t value; int16_t small; double weight; } Packed1;
#pragma pack(pop)
#pragma pack(push, 2)
typedef struct Packed2 { uint8_t tag; int64_t value; uint8_t last; } Packed2;
#pragma pack(pop)
typedef union Explicit { int64_t whole; struct { int32_t low; int32_t high; } parts; double real; } Explicit;

int32_t packed1_size(void) { return (int32_t)sizeof(Packed1); }
int32_t packed2_size(void) { return (int32_t)sizeof(Packed2); }

/* Reads a Packed1 the managed side wrote and rewrites it. */
double packed1_update(Packed1 *p) {
    double seen = p->tag + p->value + p->small + p->weight;
    p->tag++;
    p->value *= 2;
    p->small = (int16_t)-p->small;
    p->weight /= 4;
    return seen;
}

/* A packed struct by value (in memory: its fields are misaligned) and returned. */
Packed1 packed1_echo(Packed1 p, int32_t add) {
    p.value += add;
    return p;
}

int64_t packed2_sum(const Packed2 *p) { return p->tag + p->value + p->last; }

void explicit_split(Explicit *u, int64_t whole) { u->whole = whole; }
int64_t explicit_join(const Explicit *u) { return ((int64_t)u->parts.high << 32) | (uint32_t)u->parts.low; }
