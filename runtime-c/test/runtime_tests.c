/* C unit tests of the runtime: UTF conversion, number formatting, allocation. Fake descriptors stand in for
 * what the compiler emits. Prints "N passed, N failed". */
#include "runtime.h"
#include "gc_threads.h"
#include <gc.h>
#include <gc/gc_mark.h>
#include <stdio.h>
#include <stddef.h>
#include <string.h>

const KType kiln_type_System_String = {.name = "System.String", .flags = KTYPE_STRING, .baseSize = 12, .elementSize = 2};
const KType kiln_type_System_String_array = {
    .gcDescriptor = GC_MAKE_PROC(KILN_GC_MARK_PROC_INDEX, KILN_GC_MARK_ENV_ARRAY), .name = "System.String[]",
    .flags = KTYPE_ARRAY | KTYPE_ELEM_REFS | KTYPE_HAS_REFS, .baseSize = 16, .elementSize = 8,
    .element = &kiln_type_System_String};
const KType kiln_type_System_RuntimeType = {.gcDescriptor = 16 /* GC_DS_LENGTH: header and one reference */,
                                            .name = "System.RuntimeType", .flags = KTYPE_HAS_REFS, .baseSize = 16};
static int32_t fake_equals(KObject *a, KObject *b) { return a == b; }
static const KProgram fake_program = {.stringType = &kiln_type_System_String,
                                      .stringArrayType = &kiln_type_System_String_array,
                                      .runtimeType = &kiln_type_System_RuntimeType, .objectEquals = fake_equals};

static int passed, failed;

long shortest_tests(void); /* shortest_tests.c */
long exact_digits_tests(void); /* exact_digits_tests.c */
long parse_float_tests(void); /* parse_float_tests.c */
long monitor_tests(void);  /* monitor_tests.c */
long finalizer_tests(void); /* finalizer_tests.c */

#define CHECK(cond, ...) do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static void check_double(double d, const char *expected) {
    char buf[64];
    kiln_format_double(d, buf, sizeof buf);
    CHECK(strcmp(buf, expected) == 0, "%.17g formats as %s, expected %s", d, buf, expected);
}

static void check_float(float f, const char *expected) {
    char buf[64];
    kiln_format_single(f, buf, sizeof buf);
    CHECK(strcmp(buf, expected) == 0, "%.9g formats as %s, expected %s", (double)f, buf, expected);
}

static void utf_round_trip(const char *text) {
    KString *s = kiln_string_from_utf8(text, strlen(text));
    size_t n;
    char *back = kiln_string_to_utf8(s, &n);
    CHECK(n == strlen(text) && memcmp(back, text, n) == 0, "UTF-8 round trip of '%s' gave '%s'", text, back);
}

/* A fake frame for the chain runner: it completes with (its value + what its child delivered), or suspends once. */
typedef struct {
    KContinuation k;
    int64_t awaited;   /* KILN_CONTINUATION_RESULT_OFFSET: where the child's result lands */
    int64_t value;
    int32_t suspendsLeft;
} FakeFrame;

static int resumes;

static KContinuation *fake_resume(KContinuation *self) {
    FakeFrame *f = (FakeFrame *)self;
    resumes++;
    if (f->suspendsLeft-- > 0) {
        return self; /* suspended again (the real code would link a new leaf first) */
    }
    if (self->resultDest != NULL) {
        *(int64_t *)self->resultDest = f->value + f->awaited;
    }
    return NULL;
}

static FakeFrame *fake_frame(int64_t value, FakeFrame *parent) {
    FakeFrame *f = (FakeFrame *)kiln_async_new_continuation((int32_t)sizeof(FakeFrame));
    f->k.resume = fake_resume;
    f->value = value;
    if (parent != NULL) {
        f->k.parent = &parent->k;
        f->k.resultDest = (char *)parent + KILN_CONTINUATION_RESULT_OFFSET;
    }
    return f;
}

void *kiln_icall_System_Runtime_CompilerServices_AsyncHelpers_NewLeaf(void);

static void async_chains(void) {
    CHECK(offsetof(FakeFrame, awaited) == KILN_CONTINUATION_RESULT_OFFSET, "the awaited result follows the fixed part");
    /* 100,000 frames resumed from the leaf outward: each adds its value to what the inner one delivered */
    int64_t total = 0;
    FakeFrame *root = fake_frame(0, NULL);
    root->k.resultDest = &total;
    FakeFrame *leaf = root;
    for (int i = 1; i <= 100000; i++) {
        leaf = fake_frame(i, leaf);
    }
    resumes = 0;
    kiln_async_run(&leaf->k);
    CHECK(resumes == 100001 && total == 5000050000LL, "a deep chain runs in a loop: %d resumes, total %lld", resumes,
          (long long)total);
    /* a frame that suspends again stops the run; the next run continues from it */
    FakeFrame *outer = fake_frame(10, NULL);
    int64_t result = 0;
    outer->k.resultDest = &result;
    FakeFrame *inner = fake_frame(5, outer);
    inner->suspendsLeft = 1;
    resumes = 0;
    kiln_async_run(&inner->k);
    CHECK(resumes == 1 && result == 0, "a suspended frame ends the run");
    kiln_async_run(&inner->k);
    CHECK(resumes == 3 && result == 15, "the next run completes the chain: %d resumes, result %lld", resumes, (long long)result);
    void *leafObject = kiln_icall_System_Runtime_CompilerServices_AsyncHelpers_NewLeaf();
    CHECK(((KContinuation *)leafObject)->resume((KContinuation *)leafObject) == NULL, "a leaf completes at once");
}

static KContinuation *finish(KContinuation *self) {
    (void)self;
    return NULL;
}

/* A chain of frames of size bytes that all finish when run, each filled with a pattern; all[0] is the root. */
static KContinuation *finishing_chain(KContinuation **all, int frames, int32_t size) {
    KContinuation *parent = NULL;
    for (int i = 0; i < frames; i++) {
        KContinuation *k = kiln_async_new_continuation(size);
        memset((char *)k + sizeof(KContinuation), 0xAB, (size_t)size - sizeof(KContinuation));
        k->resume = finish;
        k->parent = parent;
        all[i] = parent = k;
    }
    return parent;
}

static int among(void *p, KContinuation **all, int n) {
    for (int i = 0; i < n; i++) {
        if (all[i] == p) {
            return 1;
        }
    }
    return 0;
}

static int all_zero(const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (((const unsigned char *)p)[i] != 0) {
            return 0;
        }
    }
    return 1;
}

static __attribute__((noinline)) GC_word finish_one_hidden(int32_t size) {
    KContinuation *frame[1];
    kiln_async_run(finishing_chain(frame, 1, size));
    GC_word hidden = GC_HIDE_POINTER(frame[0]);
    frame[0] = NULL;
    return hidden;
}

static __attribute__((noinline)) void wipe_stack(void) {
    volatile char area[8192];
    memset((char *)area, 0, sizeof area);
}

/* Frames a run finished go back to the thread's allocator (async.c, gc.c): the thread's next continuations of their
 * size are those blocks, cleared, not new memory; at most KILN_RECYCLED_PER_SIZE of a size wait, and a collection
 * keeps those that do. */
static void recycled_continuations(void) {
    enum { SIZE = 96, FRAMES = 20 };
    KContinuation *all[FRAMES];
    kiln_async_run(finishing_chain(all, 3, SIZE));
    int64_t before = kiln_gc_total_allocated();
    int reused = 0, cleared = 0;
    for (int i = 0; i < 3; i++) {
        void *p = kiln_gc_alloc_raw(SIZE);
        reused += among(p, all, 3);
        cleared += all_zero(p, SIZE);
    }
    CHECK(reused == 3 && cleared == 3, "the next 3 continuations of the size are the finished frames (%d), cleared (%d)",
          reused, cleared);
    CHECK(kiln_gc_total_allocated() == before, "reusing a finished frame is no new allocation");

    kiln_async_run(finishing_chain(all, FRAMES, SIZE));
    reused = 0;
    for (int i = 0; i < FRAMES; i++) {
        reused += among(kiln_gc_alloc_raw(SIZE), all, FRAMES);
    }
    CHECK(reused == KILN_RECYCLED_PER_SIZE, "at most %d finished frames of a size wait for reuse: %d did",
          KILN_RECYCLED_PER_SIZE, reused);

    /* only the allocator refers to the waiting frame (the test keeps its address hidden and wipes the stack its
     * frames used): the collector must not hand it out again */
    GC_word hidden = finish_one_hidden(SIZE);
    wipe_stack();
    GC_gcollect();
    int handed_out = 0;
    for (int i = 0; i < 10000; i++) {
        handed_out += GC_MALLOC(SIZE) == GC_REVEAL_POINTER(hidden);
    }
    void *again = kiln_gc_alloc_raw(SIZE);
    CHECK(handed_out == 0 && again == GC_REVEAL_POINTER(hidden) && all_zero(again, SIZE),
          "a collection keeps a finished frame waiting for reuse (handed out by the collector %d times)", handed_out);
}

static void check_sha256(const char *text, size_t length, const char *expectedHex) {
    uint8_t d[32];
    char hex[65];
    kiln_sha256(text, length, d);
    for (int i = 0; i < 32; i++) {
        sprintf(hex + 2 * i, "%02x", d[i]);
    }
    CHECK(strcmp(hex, expectedHex) == 0, "sha256 of %zu bytes: %s", length, hex);
}

/* The SHA-instruction path (where the processor has it) against the portable one, at every tail length. */
static void sha256_paths_agree(void) {
    static uint8_t data[4096 + 64];
    for (size_t i = 0; i < sizeof data; i++) {
        data[i] = (uint8_t)(i * 131 + (i >> 7));
    }
    for (size_t length = 0; length <= sizeof data; length += length < 200 ? 1 : 61) {
        uint8_t fast[32], portable[32];
        kiln_sha256_using(1, data, length, fast);
        kiln_sha256_using(0, data, length, portable);
        CHECK(memcmp(fast, portable, 32) == 0, "sha256 paths differ at %zu bytes", length);
    }
}

int main(void) {
    kiln_gc_init();
    sha256_paths_agree();
    check_sha256("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check_sha256("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check_sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
                 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    kiln_rt_program = &fake_program;
    async_chains();
    recycled_continuations();
    check_double(1.5, "1.5");
    check_double(0.1, "0.1");
    check_double(1e17, "1E+17");
    check_double(1e16, "10000000000000000");
    check_double(1e15, "1000000000000000");
    check_double(123456789012345680.0, "1.2345678901234568E+17");
    check_double(9007199254740992.0, "9007199254740992");
    check_double(123456789012345.0, "123456789012345");
    check_double(-0.0, "-0");
    check_double(0.0, "0");
    check_double(0.0001, "0.0001");
    check_double(0.00001, "1E-05");
    check_double(1.2345e-5, "1.2345E-05");
    check_double(1.7976931348623157e308, "1.7976931348623157E+308");
    check_double(5e-324, "5E-324");
    check_double(1.0 / 3.0, "0.3333333333333333");
    check_double(100.0, "100");
    check_double(-2.5, "-2.5");
    check_double(0.0 / 0.0, "NaN");
    check_double(1.0 / 0.0, "Infinity");
    check_double(-1.0 / 0.0, "-Infinity");
    check_float(1.1f, "1.1");
    check_float(1e7f, "10000000");
    check_float(1e9f, "1E+09");
    check_float(16777216.0f, "16777216");
    check_float(1234567.0f, "1234567");
    check_float(3.4028235e38f, "3.4028235E+38");

    CHECK(shortest_tests() == 0, "Ryu's shortest digits match the snprintf/strtod search");
    CHECK(exact_digits_tests() == 0, "exact digits for a precision (exact_digits.c) match glibc's printf");
    CHECK(parse_float_tests() == 0, "double/float parsing (parse_float.c) matches strtod/strtof bit for bit");
    CHECK(monitor_tests() == 0, "object locks (monitor.c) on one thread and under contention");
    CHECK(finalizer_tests() == 0, "finalizers (finalizer.c) of objects from several threads on the finalizer thread");

    utf_round_trip("hello");
    utf_round_trip("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
    KString *bad = kiln_string_from_utf8("a\xFF" "b", 3);
    CHECK(bad->length == 3 && bad->chars[1] == 0xFFFD, "invalid byte becomes U+FFFD");
    KString *emoji = kiln_string_from_utf8("\xF0\x9F\x98\x80", 4);
    CHECK(emoji->length == 2 && emoji->chars[0] == 0xD83D && emoji->chars[1] == 0xDE00, "astral char becomes a surrogate pair");

    KArray *a = kiln_gc_alloc_array(&kiln_type_System_String_array, 10);
    CHECK(a->length == 10 && ((void **)a->data)[9] == NULL, "array allocated zeroed with its length");
    CHECK(kiln_gc_total_allocated() > 0, "allocation is counted");

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
