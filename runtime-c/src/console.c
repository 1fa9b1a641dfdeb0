/* console.c — buffered standard output and error. Managed text arrives as UTF-16 and leaves as UTF-8.
 * Buffers are flushed at exit, before an unhandled-exception report, and at each newline on a terminal.
 * One lock guards both buffers: each call's text (and a line with its newline, WriteLine) goes in whole, so writes
 * from several threads never interleave within a call, as .NET's synchronized Console.Out. */
#include "runtime.h"
#include <pthread.h>
#include <unistd.h>
#include <errno.h>

#define BUFFER_SIZE 8192

typedef struct OutBuffer {
    int fd;
    int isTerminal; /* -1 unknown */
    size_t used;
    char data[BUFFER_SIZE];
} OutBuffer;

static OutBuffer out_buffers[2] = {{1, -1, 0, {0}}, {2, -1, 0, {0}}};
static pthread_mutex_t console_lock = PTHREAD_MUTEX_INITIALIZER;

static OutBuffer *buffer_for(int fd) {
    return fd == 2 ? &out_buffers[1] : &out_buffers[0];
}

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return; /* a closed pipe: drop the output, as .NET does */
        }
        p += w;
        n -= (size_t)w;
    }
}

static void flush_buffer(OutBuffer *b) {
    write_all(b->fd, b->data, b->used);
    b->used = 0;
}

static void append_utf8(int fd, const char *bytes, size_t length) {
    OutBuffer *b = buffer_for(fd);
    if (b->isTerminal < 0) {
        b->isTerminal = isatty(b->fd);
    }
    if (length > BUFFER_SIZE - b->used) {
        flush_buffer(b);
        if (length > BUFFER_SIZE) {
            write_all(b->fd, bytes, length);
            return;
        }
    }
    for (size_t i = 0; i < length; i++) {
        b->data[b->used++] = bytes[i];
    }
    if (b->isTerminal && length > 0 && bytes[length - 1] == '\n') {
        flush_buffer(b);
    }
}

void kiln_console_write_utf8(int fd, const char *bytes, size_t length) {
    pthread_mutex_lock(&console_lock);
    append_utf8(fd, bytes, length);
    pthread_mutex_unlock(&console_lock);
}

static void append_utf16(int fd, const uint16_t *chars, int32_t length) {
    char small[1024];
    size_t n = kiln_utf8_encode(chars, length, NULL);
    if (n <= sizeof small) {
        kiln_utf8_encode(chars, length, small);
        append_utf8(fd, small, n);
        return;
    }
    /* long text: encode in slices that never split a surrogate pair */
    int32_t start = 0;
    while (start < length) {
        int32_t end = start + 256 < length ? start + 256 : length;
        if (end < length && chars[end - 1] >= 0xD800 && chars[end - 1] <= 0xDBFF) end--;
        size_t m = kiln_utf8_encode(chars + start, end - start, small);
        append_utf8(fd, small, m);
        start = end;
    }
}

void kiln_console_write_utf16(int fd, const uint16_t *chars, int32_t length) {
    pthread_mutex_lock(&console_lock);
    append_utf16(fd, chars, length);
    pthread_mutex_unlock(&console_lock);
}

void kiln_console_flush(void) {
    pthread_mutex_lock(&console_lock);
    flush_buffer(&out_buffers[0]);
    flush_buffer(&out_buffers[1]);
    pthread_mutex_unlock(&console_lock);
}

void kiln_icall_System_Console_WriteString(KString *s, uint8_t toError) {
    if (s != NULL) {
        kiln_console_write_utf16(toError ? 2 : 1, s->chars, s->length);
    }
}

/* A line and its newline under one lock (Console.WriteLine from several threads). */
void kiln_icall_System_Console_WriteLineString(KString *s, uint8_t toError) {
    int fd = toError ? 2 : 1;
    pthread_mutex_lock(&console_lock);
    if (s != NULL) {
        append_utf16(fd, s->chars, s->length);
    }
    append_utf8(fd, "\n", 1);
    pthread_mutex_unlock(&console_lock);
}

void kiln_icall_System_Console_WriteNewLine(uint8_t toError) {
    kiln_console_write_utf8(toError ? 2 : 1, "\n", 1);
}

/* Console's standard output and error streams: bytes join the same buffer as Console.Write's text, in order. */
void kiln_icall_System_Console_WriteBytes(const uint8_t *bytes, int32_t count, uint8_t toError) {
    if (count > 0) {
        kiln_console_write_utf8(toError ? 2 : 1, (const char *)bytes, (size_t)count);
    }
}

/* Before the program waits for input or starts a child that shares the descriptors, what it wrote goes out. */
void kiln_icall_System_Console_FlushNative(void) {
    kiln_console_flush();
}
