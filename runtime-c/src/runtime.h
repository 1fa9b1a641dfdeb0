/* runtime.h — declarations shared between the runtime's own files (not part of the compiler contract). */
#ifndef KILN_RUNTIME_H
#define KILN_RUNTIME_H

#include "kiln.h"
#include <stdbool.h>
#include <time.h>

/* gc.c */
void kiln_gc_init(void);
void *kiln_gc_alloc_raw(size_t size); /* zeroed, scanned memory without a type (continuations) */
void kiln_gc_recycle_raw(void *p, size_t size); /* p, from kiln_gc_alloc_raw(size), is dead: reuse it */
void *kiln_gc_alloc_lines(size_t size); /* as kiln_gc_alloc_raw, on whole cache lines shared with nothing else */
void *kiln_gc_alloc_atomic(size_t size); /* never scanned and NOT cleared: the caller writes every byte (strings) */
void *kiln_gc_alloc_instance(const KType *t, size_t size); /* zeroed memory for an object of t of size bytes (clones) */
void kiln_gc_attach_allocator(void); /* gc_threads.c: before a thread's first allocation (thread.c, callbacks) */
void kiln_gc_detach_allocator(void); /* gc_threads.c: a thread that ends gives up its free lists */
void kiln_gc_allow_callback_threads(void); /* gc_threads.c: before native code may call managed code on its threads */

/* finalizer.c */
void kiln_finalizers_init(void);                  /* from kiln_gc_init: finalization on demand, the notifier */
void kiln_finalizer_register_copy(KObject *copy); /* a clone of a finalizable object gets a finalizer too */
void kiln_icall_System_GC_SuppressFinalizeImpl(KObject *o);
void kiln_icall_System_GC_ReRegisterForFinalizeImpl(KObject *o);
void kiln_icall_System_GC_WaitForPendingFinalizers(void);

/* thread.c */
void kiln_threads_init(void);                /* on the main thread, before Main */
void kiln_threads_wait_for_foreground(void); /* after Main: until every foreground thread ended */
void kiln_thread_wait_begin(void);           /* the calling thread enters Sleep, Join or Monitor.Wait */
void kiln_thread_wait_end(void);             /* ... and leaves it (ThreadState's WaitSleepJoin) */

/* startup.c: argv → string[], run Main through kiln_rt_program, flush; returns the exit code */
void kiln_rt_save_args(int argc, char **argv);
int32_t kiln_rt_run_main(int argc, char **argv);

/* loader.c: validates and maps the images a program needs; exits with a message when one is refused */
const KProgram *kiln_loader_load(const char *program, const char *const *imageDirs, int imageDirCount,
                                 const char *const *assemblyDirs, int assemblyDirCount);

/* callbacks.c: an image's table of marshalled delegate types (NULL: none), which the loader hands over */
void kiln_callbacks_add_table(const void *table);
void kiln_reflection_add_table(const void *table);
void kiln_reflection_add_foreign_instances(const void *table);
/* generic_virtuals.c: an image's kiln.gvms (NULL: none); kiln_gvm_find, which images' dispatchers call. */
void kiln_gvm_add_table(const KGenericVirtuals *table);
void *kiln_gvm_find(const char *method, const KType *type);

/* sha256.c */
void kiln_sha256(const void *data, size_t length, uint8_t digest[32]);
void kiln_sha256_using(int accelerated, const void *data, size_t length, uint8_t digest[32]);

/* console.c */
void kiln_console_write_utf8(int fd, const char *bytes, size_t length);

/* number formatting (numbers.c): writes into buf, returns length */
/* What data written by different threads is kept apart by (false sharing costs a cache-line transfer per write). */
#define KILN_CACHE_LINE 64
int kiln_format_double(double d, char *buf, size_t size);
int kiln_format_single(float f, char *buf, size_t size);
/* Shortest round-trip digits (no dot, no trailing zeros, v > 0 finite) and the exponent E of d.ddd · 10^E. */
void kiln_shortest_double(double v, char *digits, int *exponent);
void kiln_shortest_single(float v, char *digits, int *exponent);
/* exact_digits.c: the digits of |value| (finite) rounded at count significant digits, or at count digits after the
 * point, ties to even; no trailing zeros; value ≈ 0.digits · 10^scale (0 digits and scale 0: it rounds to zero).
 * digits needs KILN_EXACT_DIGITS_MAX bytes. */
#define KILN_EXACT_DIGITS_MAX 1120
int32_t kiln_exact_digits(double value, int32_t count, int significant, char *digits, int32_t *scale);
/* parse_float.c: plain decimal text to double/float, correctly rounded; 0 when it is not all a number */
int kiln_parse_double(const char *text, double *result);
int kiln_parse_single(const char *text, float *result);

/* stacktrace.c: an ELF file mapped read-only (NULL when unreadable or too small), for symbols and debug lines */
const uint8_t *kiln_map_elf_file(const char *path, size_t *size);
/* debuglines.c: the source file and line of a code address of the executable (link-time address); 0 if unknown */
int kiln_debug_line(uintptr_t address, const char **file, int *line);
/* the same for an address (relative to its load base) of the ELF file at path: an image */
int kiln_debug_line_in(const char *path, uintptr_t address, const char **file, int *line);

/* utf.c */
size_t kiln_utf8_encode(const uint16_t *chars, int32_t length, char *out); /* out may be NULL to measure */
int32_t kiln_utf8_decode(const char *bytes, size_t length, uint16_t *out);  /* out may be NULL to measure */

/* parking.c: a thread sleeps on one futex word until another wakes it (the protocol is in parking.c) */
typedef struct KParker KParker;
KParker *kiln_parker_current(void);                          /* the calling thread's parker */
bool kiln_park(KParker *p, const struct timespec *deadline); /* true: unparked; false: the deadline passed */
void kiln_unpark(KParker *p);
struct timespec kiln_deadline_after(int32_t milliseconds);   /* absolute, CLOCK_MONOTONIC */

/* spinning.c: one step of a spin before sleeping (normalized across processors); false on one processor */
bool kiln_spin_backoff(uint32_t iteration);

/* monitor.c: object locks in a side table (timeouts in milliseconds, -1 forever) */
uint32_t kiln_monitor_thread_number(void);
int32_t kiln_monitor_enter(KObject *obj, int32_t timeout);   /* 1 entered */
int32_t kiln_monitor_exit(KObject *obj);                     /* 0 not owned */
int32_t kiln_monitor_is_entered(KObject *obj);
int32_t kiln_monitor_wait(KObject *obj, int32_t timeout);    /* 1 pulsed, 0 timed out, -1 not owned */
int32_t kiln_monitor_pulse(KObject *obj, int32_t all);       /* 0 not owned */
size_t kiln_monitor_record_count(void);

#endif
