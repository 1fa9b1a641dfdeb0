/* strings.c — creating managed strings: {type, length, UTF-16 chars, 0}. */
#include "runtime.h"
#include <stdlib.h>
#include <string.h>
#include <gc.h>

KString *kiln_string_alloc(int32_t length) {
    if (length < 0) {
        kiln_ex_throw_builtin(KILN_EX_OVERFLOW);
    }
    size_t size = KILN_STRING_CHARS_OFFSET + 2 * (size_t)length + 2;
    KString *s = kiln_gc_alloc_atomic(size);
    /* atomic memory is not cleared: every caller writes all the characters (FastAllocateString's
       contract in the core library), so only the terminating 0 needs writing here. */
    s->type = kiln_rt_program->stringType;
    s->length = length;
    s->chars[length] = 0;
    return s;
}

KString *kiln_string_from_utf8(const char *utf8, size_t byteCount) {
    int32_t units = kiln_utf8_decode(utf8, byteCount, NULL);
    KString *s = kiln_string_alloc(units);
    kiln_utf8_decode(utf8, byteCount, s->chars);
    return s;
}

char *kiln_string_to_utf8(const KString *s, size_t *outLength) {
    size_t n = kiln_utf8_encode(s->chars, s->length, NULL);
    char *out = malloc(n + 1);
    if (out == NULL) {
        kiln_rt_fail("out of memory converting a string to UTF-8");
    }
    kiln_utf8_encode(s->chars, s->length, out);
    out[n] = 0;
    if (outLength) *outLength = n;
    return out;
}

KString *kiln_icall_System_String_FastAllocateString(int32_t length) {
    return kiln_string_alloc(length);
}

void kiln_icall_System_Buffer_MemoryCopy(void *dst, void *src, int64_t bytes) {
    if (bytes > 0) memmove(dst, src, (size_t)bytes);
}
