/* exceptions.c — throwing and catching managed exceptions with the platform's zero-cost unwinder.
 *
 * A throw allocates a header {struct _Unwind_Exception, KObject *object} and calls _Unwind_RaiseException.
 * The compiler emits LLVM landing pads whose catch clauses name type descriptors (KType); the personality
 * routine below reads the LSDA LLVM writes (call-site table, action table, type table: the Itanium C++ ABI
 * format) and matches the thrown object's type, walking its base types. A null type entry catches everything
 * (runtime glue that hands exceptions on). If no frame catches, _Unwind_RaiseException returns and the exception
 * is reported as unhandled — like .NET, without running finally blocks.
 *
 * Exception filters run in the unwinder's search phase, as .NET's first pass runs them: before any finally or
 * fault handler, innermost first, each seeing the locals of its frame as they were when the exception passed
 * through. A filter clause's type-table entry is a KFilterClause naming the filter compiled as a function of its
 * own (a funclet) that reaches its method's locals through the frame pointer (llvm.localrecover). The search
 * phase calls it and claims the frame only when it accepts; the cleanup phase runs the finally handlers up to
 * that frame and lands there with the chosen selector, remembered in the exception header (filters run once).
 */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#define KILN_EXCEPTION_CLASS 0x4B494C4E434C5200ULL /* "KILNCLR\0" */

#define KILN_TRACE_DEPTH 64

typedef struct KExceptionHeader {
    struct _Unwind_Exception unwind;
    KObject *object;
    int traceCount;
    uintptr_t trace[KILN_TRACE_DEPTH];
    int64_t handlerSelector; /* what the search phase chose in the handler frame (a filter decides only once) */
    uintptr_t frames[KILN_TRACE_DEPTH]; /* each traced frame's CFA: tells which of them catches */
    int catchCount;       /* frames up to the one that caught it (0: not caught yet) — .NET's trace ends there */
    int dispatched;       /* a new leg of an exception thrown before (ExceptionDispatchInfo, an await) */
    const char *previous; /* the text of the earlier legs (NULL: none) */
    int boundary;         /* whether .NET's boundary line separates them from this leg's frames */
    int previousEndsAsync; /* whether they end in an async state machine's frame (1, 0; -1: not known) */
} KExceptionHeader;

/* A filter clause in the type table (emitted by the compiler next to the method): the marker tells it from a KType,
 * whose first word is a pointer (a canonical address never has these high bits). */
#define KILN_FILTER_CLAUSE_MARKER 0x4B494C4E46494C54ULL /* "KILNFILT" */
typedef struct KFilterClause {
    uint64_t marker;
    /* the filter expression: nonzero accepts; exceptions it throws never leave it (they reject) */
    int32_t (*filter)(KObject *exception, void *framePointer);
} KFilterClause;

int kiln_stack_capture(uintptr_t *ips, uintptr_t *cfas, int capacity);
int kiln_stack_print(FILE *out, const uintptr_t *ips, int count);

_Static_assert(offsetof(KExceptionHeader, object) == KILN_EXCEPTION_OBJECT_OFFSET, "kiln.h exception header layout");

static const char *builtin_type(int32_t code) {
    switch (code) {
        case KILN_EX_NULL_REFERENCE: return "System.NullReferenceException";
        case KILN_EX_INDEX_OUT_OF_RANGE: return "System.IndexOutOfRangeException";
        case KILN_EX_INVALID_CAST: return "System.InvalidCastException";
        case KILN_EX_DIVIDE_BY_ZERO: return "System.DivideByZeroException";
        case KILN_EX_OVERFLOW: return "System.OverflowException";
        case KILN_EX_OUT_OF_MEMORY: return "System.OutOfMemoryException";
        case KILN_EX_ARRAY_TYPE_MISMATCH: return "System.ArrayTypeMismatchException";
        case KILN_EX_ARITHMETIC: return "System.ArithmeticException";
        default: return "System.Exception";
    }
}

static const char *builtin_message(int32_t code) {
    switch (code) {
        case KILN_EX_NULL_REFERENCE: return "Object reference not set to an instance of an object.";
        case KILN_EX_INDEX_OUT_OF_RANGE: return "Index was outside the bounds of the array.";
        case KILN_EX_INVALID_CAST: return "Specified cast is not valid.";
        case KILN_EX_DIVIDE_BY_ZERO: return "Attempted to divide by zero.";
        case KILN_EX_OVERFLOW: return "Arithmetic operation resulted in an overflow.";
        case KILN_EX_OUT_OF_MEMORY: return "Insufficient memory to continue the execution of the program.";
        case KILN_EX_ARRAY_TYPE_MISMATCH: return "Attempted to access an element as a type incompatible with the array.";
        case KILN_EX_ARITHMETIC: return "Overflow or underflow in the arithmetic operation.";
        default: return "Exception of type 'System.Exception' was thrown.";
    }
}

/* Only one thread reports: when two fail at once, the second waits here until the first ends the process. */
static void claim_the_report(void) {
    static pthread_mutex_t reporting = PTHREAD_MUTEX_INITIALIZER;
    static pthread_t reporter;
    static int claimed;
    pthread_mutex_lock(&reporting);
    if (claimed && !pthread_equal(reporter, pthread_self())) {
        for (;;) {
            pthread_cond_t never = PTHREAD_COND_INITIALIZER;
            pthread_cond_wait(&never, &reporting);
        }
    }
    claimed = 1;
    reporter = pthread_self();
    pthread_mutex_unlock(&reporting);
}

static char *header_text(const KExceptionHeader *header, int *endsAsync);

static _Noreturn void report_and_exit(const char *type, const char *message, const KExceptionHeader *header) {
    claim_the_report();
    kiln_console_flush();
    fprintf(stderr, "Unhandled exception. %s: %s\n", type, message);
    if (header != NULL) {
        char *text = header_text(header, NULL);
        if (text != NULL && text[0] != '\0') {
            fprintf(stderr, "%s\n", text);
        }
    }
    fflush(stderr);
    exit(134);
}

static const KExceptionHeader *recent_throw(const KObject *exception);

/* .NET's Exception.ToString() as far as the runtime knows the exception: "Type: Message", then " ---> " and the inner
 * exception's text with "--- End of inner exception stack trace ---", then the trace (header: of this throw, else the
 * exception's latest). An AggregateException's other inner exceptions are the core library's to describe. */
static void describe(FILE *out, KObject *exception, const KExceptionHeader *header, int depth) {
    const char *type = exception->type->name;
    KString *message = *(KString **)((char *)exception + KILN_EXCEPTION_MESSAGE_OFFSET);
    if (message == NULL) {
        fprintf(out, "%s: Exception of type '%s' was thrown.", type, type);
    } else if (message->length == 0) {
        fputs(type, out);
    } else {
        fprintf(out, "%s: %s", type, kiln_string_to_utf8(message, NULL));
    }
    KObject *inner = *(KObject **)((char *)exception + KILN_EXCEPTION_INNER_OFFSET);
    if (inner != NULL && depth < 32) {
        fputs("\n ---> ", out);
        describe(out, inner, NULL, depth + 1);
        fputs("\n   --- End of inner exception stack trace ---", out);
    }
    const KExceptionHeader *h = header != NULL ? header : recent_throw(exception);
    char *trace = h != NULL ? header_text(h, NULL) : NULL;
    if (trace != NULL && trace[0] != '\0') {
        fprintf(out, "\n%s", trace);
    }
}

static _Noreturn void report_unhandled(KObject *exception, const KExceptionHeader *header) {
    /* .NET prints the exception's ToString(); the core library's text when it has one (AggregateException) */
    KString *described = kiln_rt_program != NULL && kiln_rt_program->describeException != NULL
                             ? kiln_rt_program->describeException(exception) : NULL;
    claim_the_report();
    kiln_console_flush();
    if (described != NULL) {
        fprintf(stderr, "Unhandled exception. %s\n", kiln_string_to_utf8(described, NULL));
    } else {
        fputs("Unhandled exception. ", stderr);
        describe(stderr, exception, header, 0);
        fputc('\n', stderr);
    }
    fflush(stderr);
    exit(134);
}

/* The headers of the most recent throws, for Exception.StackTrace (a static array: a GC root, so these headers and
 * their exceptions stay alive until 64 later throws replace them); the newest throw of an exception is the one that
 * counts. Shared by all threads (an exception may be thrown on one and read on another), so under a lock; a header's
 * trace is never changed once recorded (only the count of frames up to the catching one is set, once). */
#define KILN_RECENT_THROWS 64
static KExceptionHeader *recent_throws[KILN_RECENT_THROWS];
static int recent_next;
static pthread_mutex_t recent_lock = PTHREAD_MUTEX_INITIALIZER;

static const KExceptionHeader *find_recent_throw(const KObject *exception) {
    for (int k = 1; k <= KILN_RECENT_THROWS; k++) {
        const KExceptionHeader *h = recent_throws[(recent_next - k + KILN_RECENT_THROWS) % KILN_RECENT_THROWS];
        if (h != NULL && h->object == exception) {
            return h;
        }
    }
    return NULL;
}

static const KExceptionHeader *recent_throw(const KObject *exception) {
    pthread_mutex_lock(&recent_lock);
    const KExceptionHeader *h = find_recent_throw(exception);
    pthread_mutex_unlock(&recent_lock);
    return h;
}

static void record_throw(KExceptionHeader *header) {
    pthread_mutex_lock(&recent_lock);
    recent_throws[recent_next] = header;
    recent_next = (recent_next + 1) % KILN_RECENT_THROWS;
    pthread_mutex_unlock(&recent_lock);
}

/* A copy in collected memory (the header that points at it keeps it alive). */
static char *gc_strdup(const char *text, size_t length) {
    char *copy = GC_MALLOC_ATOMIC(length + 1);
    if (copy != NULL) {
        memcpy(copy, text, length);
        copy[length] = '\0';
    }
    return copy;
}

static int starts_with(const char *text, const char *prefix) {
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

/* The "   at ..." lines of one leg: the frames from the throw to the frame that caught it. A dispatched leg starts
 * in the core library's rethrowing code (an awaiter's GetResult, ExceptionDispatchInfo.Throw), which .NET hides
 * ([StackTraceHidden]): its leading System.* frames are left out. */
static char *leg_text(const KExceptionHeader *h, int *endsAsync) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (out == NULL) {
        return NULL;
    }
    *endsAsync = kiln_stack_print(out, h->trace, h->catchCount > 0 ? h->catchCount : h->traceCount);
    fclose(out);
    const char *from = text;
    if (h->dispatched) {
        while (starts_with(from, "   at System.") && strstr(from, "\n   at ") != NULL) {
            const char *next = strchr(from, '\n') + 1;
            const char *rest = next;
            while (starts_with(rest, "   at System.") && strchr(rest, '\n') != NULL) {
                rest = strchr(rest, '\n') + 1;
            }
            if (!starts_with(rest, "   at ")) {
                break; /* only core-library frames: keep them rather than show none */
            }
            from = next;
        }
    }
    size_t length = strlen(from);
    while (length > 0 && from[length - 1] == '\n') {
        length--;
    }
    char *leg = gc_strdup(from, length);
    free(text);
    return leg;
}

/* Whether a leg's last frame, printed from its symbol alone, is an async state machine's MoveNext (a compiler-generated
 * nested type "<Name>..."): .NET skips the boundary line after such a leg ("Skip EDI boundary for async" in
 * StackTrace.ToString). Frames with .NET's names say so themselves (kiln_stack_print). */
static int ends_in_state_machine(const char *leg) {
    const char *last = strrchr(leg, '\n');
    last = last != NULL ? last + 1 : leg;
    const char *in = strstr(last, ".MoveNext() in ");
    const char *end = in != NULL ? in : strstr(last, ".MoveNext()");
    if (end == NULL || (in == NULL && end[strlen(".MoveNext()")] != '\0')) {
        return 0;
    }
    for (const char *c = end; c > last; c--) {
        if (c[-1] == '+' || c[-1] == '.') {
            return c[0] == '<';
        }
    }
    return 0;
}

/* The whole trace: the earlier legs' lines, then this leg's (if it has frames), without a final line break.
 * endsAsync (may be NULL): whether its last frame is an async state machine's. */
static char *header_text(const KExceptionHeader *h, int *endsAsync) {
    static const char boundary[] = "\n--- End of stack trace from previous location ---";
    int legEndsAsync;
    const char *leg = leg_text(h, &legEndsAsync);
    const char *previous = h->previous != NULL ? h->previous : "";
    if (leg == NULL) {
        return NULL;
    }
    if (endsAsync != NULL) {
        const char *last = leg[0] != '\0' ? leg : previous;
        int known = leg[0] != '\0' ? legEndsAsync : h->previousEndsAsync;
        *endsAsync = known != -1 ? known : ends_in_state_machine(last);
    }
    int both = previous[0] != '\0' && leg[0] != '\0';
    const char *between = both && h->boundary ? boundary : "";
    const char *newline = both ? "\n" : "";
    size_t length = strlen(previous) + strlen(between) + strlen(newline) + strlen(leg);
    char *text = GC_MALLOC_ATOMIC(length + 1);
    if (text != NULL) {
        snprintf(text, length + 1, "%s%s%s%s", previous, between, newline, leg);
    }
    return text;
}

/* Exception.StackTrace: the lines of where the exception was thrown, or null when it was never thrown (or thrown
 * too long ago to be remembered). */
KString *kiln_icall_System_Exception_StackTraceImpl(KObject *exception) {
    const KExceptionHeader *h = recent_throw(exception);
    const char *text = h != NULL ? header_text(h, NULL) : NULL;
    return text == NULL ? NULL : kiln_string_from_utf8(text, strlen(text));
}

/* Environment.StackTrace: the managed frames calling this one (this C function itself has no managed name). */
KString *kiln_icall_System_Environment_CurrentStackTrace(void) {
    KExceptionHeader here = {0};
    here.traceCount = kiln_stack_capture(here.trace, NULL, KILN_TRACE_DEPTH);
    int endsAsync;
    const char *text = leg_text(&here, &endsAsync);
    return text == NULL ? NULL : kiln_string_from_utf8(text, strlen(text));
}

/* Raises AppDomain.UnhandledException through the core library's hook, once per thread: an exception that escapes
 * the hook itself is reported without raising the event again. */
static void raise_unhandled_event(KObject *exception) {
    static __thread int raising;
    if (raising || kiln_rt_program == NULL || kiln_rt_program->unhandledException == NULL) {
        return;
    }
    raising = 1;
    kiln_rt_program->unhandledException(exception);
}

static KExceptionHeader *new_header(KObject *exception) {
    KExceptionHeader *header = GC_MALLOC(sizeof *header); /* scanned: keeps the object alive while unwinding */
    if (header == NULL) {
        report_unhandled(exception, NULL);
    }
    memset(header, 0, sizeof *header);
    header->unwind.exception_class = KILN_EXCEPTION_CLASS;
    header->object = exception;
    return header;
}

static _Noreturn void raise_header(KExceptionHeader *header) {
    record_throw(header);
    _Unwind_RaiseException(&header->unwind);
    /* no frame catches it: the event's handlers run before the report, and before any finally block (none runs) */
    raise_unhandled_event(header->object);
    report_unhandled(header->object, header);
}

/* IL throw: a new trace, from here (as .NET's `throw e;` starts one). */
_Noreturn void kiln_ex_throw(KObject *exception) {
    KExceptionHeader *header = new_header(exception);
    header->traceCount = kiln_stack_capture(header->trace, header->frames, KILN_TRACE_DEPTH);
    raise_header(header);
}

/* IL rethrow (`throw;` in a catch handler): the exception goes on up the stack it was thrown on, so its trace is the
 * one captured at the throw, now reaching past the frame that caught it. */
_Noreturn void kiln_ex_rethrow(KObject *exception) {
    const KExceptionHeader *thrown = recent_throw(exception);
    if (thrown == NULL) {
        kiln_ex_throw(exception);
    }
    KExceptionHeader *header = new_header(exception);
    header->traceCount = thrown->traceCount;
    memcpy(header->trace, thrown->trace, sizeof header->trace);
    memcpy(header->frames, thrown->frames, sizeof header->frames);
    header->dispatched = thrown->dispatched;
    header->previous = thrown->previous;
    header->boundary = thrown->boundary;
    header->previousEndsAsync = thrown->previousEndsAsync;
    raise_header(header);
}

/* An exception thrown again where it is awaited (ExceptionDispatchInfo.Throw, an awaiter's GetResult, a runtime-async
 * caller resuming with its callee's failure): a new leg of frames, after those of its earlier legs, as .NET's
 * ExceptionDispatchInfo keeps them. */
_Noreturn void kiln_ex_throw_dispatched(KObject *exception) {
    const KExceptionHeader *thrown = recent_throw(exception);
    KExceptionHeader *header = new_header(exception);
    header->traceCount = kiln_stack_capture(header->trace, header->frames, KILN_TRACE_DEPTH);
    header->dispatched = 1;
    if (thrown != NULL) {
        int endsAsync = 0;
        header->previous = header_text(thrown, &endsAsync);
        header->previousEndsAsync = endsAsync;
        header->boundary = header->previous != NULL && !endsAsync;
    }
    raise_header(header);
}

/* Exception.DispatchThrow (the core library's ExceptionDispatchInfo and awaiters). */
void kiln_icall_System_Exception_DispatchThrow(KObject *exception) {
    kiln_ex_throw_dispatched(exception);
}

/* The landing pad of a reverse P/Invoke stub (a delegate called from native code): a managed exception cannot unwind
 * through the native frames between the callback and its caller, so the process fails fast, as .NET does. */
_Noreturn void kiln_ex_escaped_native_callback(void *thrown) {
    const KExceptionHeader *header = thrown;
    kiln_console_flush();
    fprintf(stderr, "Fatal error. An exception escaped a delegate called from native code (reverse P/Invoke); "
            "it cannot unwind through native frames.\n");
    report_unhandled(header->object, header);
}

/* An exception no frame of a thread the runtime started catches (Thread's entry reports it from an exception filter,
 * so before finally blocks run, as .NET's first pass finds no handler): the process ends as for one escaping Main. */
uint8_t kiln_icall_System_Threading_Thread_ReportUnhandled(KObject *exception) {
    raise_unhandled_event(exception);
    report_unhandled(exception, recent_throw(exception));
}

_Noreturn void kiln_ex_throw_builtin(int32_t code) {
    KObject *exception = kiln_rt_program != NULL && kiln_rt_program->createBuiltinException != NULL
                             ? kiln_rt_program->createBuiltinException(code) : NULL;
    if (exception != NULL) {
        kiln_ex_throw(exception);
    }
    report_and_exit(builtin_type(code), builtin_message(code), NULL);
}

_Noreturn void kiln_rt_fail(const char *message) {
    kiln_console_flush();
    fprintf(stderr, "kiln runtime: fatal error: %s\n", message);
    exit(134);
}

/* ---- the personality routine ---- */

enum {
    DW_EH_PE_absptr = 0x00, DW_EH_PE_uleb128 = 0x01, DW_EH_PE_udata2 = 0x02, DW_EH_PE_udata4 = 0x03,
    DW_EH_PE_udata8 = 0x04, DW_EH_PE_sleb128 = 0x09, DW_EH_PE_sdata2 = 0x0A, DW_EH_PE_sdata4 = 0x0B,
    DW_EH_PE_sdata8 = 0x0C, DW_EH_PE_pcrel = 0x10, DW_EH_PE_indirect = 0x80, DW_EH_PE_omit = 0xFF
};

static uintptr_t read_uleb128(const uint8_t **p) {
    uintptr_t result = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *(*p)++;
        result |= (uintptr_t)(byte & 0x7F) << shift;
        shift += 7;
    } while (byte & 0x80);
    return result;
}

static intptr_t read_sleb128(const uint8_t **p) {
    intptr_t result = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *(*p)++;
        result |= (intptr_t)(byte & 0x7F) << shift;
        shift += 7;
    } while (byte & 0x80);
    if ((byte & 0x40) && shift < 8 * sizeof(intptr_t)) {
        result |= -((intptr_t)1 << shift);
    }
    return result;
}

static uintptr_t read_encoded(const uint8_t **p, uint8_t encoding) {
    const uint8_t *start = *p;
    uintptr_t value;
    if (encoding == DW_EH_PE_omit) {
        return 0;
    }
    switch (encoding & 0x0F) {
        case DW_EH_PE_absptr: memcpy(&value, *p, sizeof value); *p += sizeof value; break;
        case DW_EH_PE_uleb128: value = read_uleb128(p); break;
        case DW_EH_PE_sleb128: value = (uintptr_t)read_sleb128(p); break;
        case DW_EH_PE_udata2: { uint16_t v; memcpy(&v, *p, 2); *p += 2; value = v; break; }
        case DW_EH_PE_udata4: { uint32_t v; memcpy(&v, *p, 4); *p += 4; value = v; break; }
        case DW_EH_PE_udata8: { uint64_t v; memcpy(&v, *p, 8); *p += 8; value = (uintptr_t)v; break; }
        case DW_EH_PE_sdata2: { int16_t v; memcpy(&v, *p, 2); *p += 2; value = (uintptr_t)(intptr_t)v; break; }
        case DW_EH_PE_sdata4: { int32_t v; memcpy(&v, *p, 4); *p += 4; value = (uintptr_t)(intptr_t)v; break; }
        case DW_EH_PE_sdata8: { int64_t v; memcpy(&v, *p, 8); *p += 8; value = (uintptr_t)v; break; }
        default: kiln_rt_fail("unsupported DWARF pointer encoding in exception tables");
    }
    if (value != 0) {
        if ((encoding & 0x70) == DW_EH_PE_pcrel) {
            value += (uintptr_t)start;
        }
        if (encoding & DW_EH_PE_indirect) {
            value = *(uintptr_t *)value;
        }
    }
    return value;
}

static size_t encoded_size(uint8_t encoding) {
    switch (encoding & 0x0F) {
        case DW_EH_PE_absptr: return sizeof(uintptr_t);
        case DW_EH_PE_udata2: case DW_EH_PE_sdata2: return 2;
        case DW_EH_PE_udata4: case DW_EH_PE_sdata4: return 4;
        case DW_EH_PE_udata8: case DW_EH_PE_sdata8: return 8;
        default: kiln_rt_fail("unsupported type-table encoding in exception tables");
    }
}

static int is_instance_of(const KObject *object, const KType *catchType) {
    if (catchType == NULL) {
        return 1; /* catch-all */
    }
    for (const KType *t = object->type; t != NULL; t = t->base) {
        if (t == catchType) {
            return 1;
        }
    }
    return 0;
}

typedef struct Landing {
    uintptr_t pad;    /* landing pad address, 0 if none */
    int64_t selector; /* > 0: index of the matching catch; 0: cleanup only; -1: nothing here */
} Landing;

/* The frame pointer register (DWARF numbering) that funclets recover their parent's locals from: methods with
 * filters are compiled with frame pointers. */
#if defined(__x86_64__)
#define KILN_FRAME_POINTER_REGISTER 6 /* rbp */
#elif defined(__aarch64__)
#define KILN_FRAME_POINTER_REGISTER 29 /* x29 */
#else
#error "exception filters need the frame pointer's DWARF register number for this architecture"
#endif

/* Whether a catch clause's type-table entry accepts object. Filters run only when runFilters (the search phase):
 * in the cleanup phase a frame the search passed did not accept the exception. */
static int clause_accepts(struct _Unwind_Context *context, const KObject *object, const void *entry, int runFilters) {
    const KFilterClause *filter = entry;
    if (filter != NULL && filter->marker == KILN_FILTER_CLAUSE_MARKER) {
        if (!runFilters) {
            return 0;
        }
        void *framePointer = (void *)_Unwind_GetGR(context, KILN_FRAME_POINTER_REGISTER);
        return filter->filter((KObject *)object, framePointer) != 0;
    }
    return is_instance_of(object, entry);
}

/* Finds the landing pad covering the frame's IP and what it would do for this exception. */
static Landing find_landing(struct _Unwind_Context *context, const KObject *object, int runFilters) {
    Landing none = {0, -1};
    const uint8_t *lsda = (const uint8_t *)_Unwind_GetLanguageSpecificData(context);
    if (lsda == NULL) {
        return none;
    }
    int beforeInsn = 0;
    uintptr_t ip = _Unwind_GetIPInfo(context, &beforeInsn);
    if (!beforeInsn) {
        ip--;
    }
    uintptr_t funcStart = _Unwind_GetRegionStart(context);
    const uint8_t *p = lsda;
    uint8_t lpStartEncoding = *p++;
    uintptr_t lpStart = lpStartEncoding == DW_EH_PE_omit ? funcStart : read_encoded(&p, lpStartEncoding);
    uint8_t ttypeEncoding = *p++;
    const uint8_t *ttypeBase = NULL;
    if (ttypeEncoding != DW_EH_PE_omit) {
        uintptr_t offset = read_uleb128(&p);
        ttypeBase = p + offset;
    }
    uint8_t callSiteEncoding = *p++;
    uintptr_t callSiteLength = read_uleb128(&p);
    const uint8_t *callSiteEnd = p + callSiteLength;
    const uint8_t *actionTable = callSiteEnd;
    uintptr_t offsetInFunction = ip - funcStart;
    while (p < callSiteEnd) {
        uintptr_t start = read_encoded(&p, callSiteEncoding);
        uintptr_t length = read_encoded(&p, callSiteEncoding);
        uintptr_t pad = read_encoded(&p, callSiteEncoding);
        uintptr_t action = read_uleb128(&p);
        if (offsetInFunction < start) {
            break; /* call-site entries are sorted */
        }
        if (offsetInFunction >= start + length) {
            continue;
        }
        if (pad == 0) {
            return none;
        }
        Landing result = {lpStart + pad, -1};
        if (action == 0) {
            result.selector = 0;
            return result;
        }
        const uint8_t *a = actionTable + action - 1;
        int sawCleanup = 0;
        for (;;) {
            intptr_t typeIndex = read_sleb128(&a);
            const uint8_t *nextField = a;
            intptr_t next = read_sleb128(&a);
            if (typeIndex > 0 && object != NULL) {
                const uint8_t *entry = ttypeBase - (size_t)typeIndex * encoded_size(ttypeEncoding);
                const void *catchType = (const void *)read_encoded(&entry, ttypeEncoding);
                if (clause_accepts(context, object, catchType, runFilters)) {
                    result.selector = typeIndex;
                    return result;
                }
            } else if (typeIndex == 0) {
                sawCleanup = 1;
            }
            if (next == 0) {
                break;
            }
            a = nextField + next;
        }
        result.selector = sawCleanup ? 0 : -1;
        return result;
    }
    return none;
}

/* The trace .NET keeps ends at the frame that catches the exception. */
static void note_catching_frame(KExceptionHeader *header, uintptr_t cfa) {
    for (int k = 0; k < header->traceCount; k++) {
        if (header->frames[k] == cfa) {
            header->catchCount = k + 1;
            return;
        }
    }
}

_Unwind_Reason_Code kiln_personality(int version, _Unwind_Action actions, uint64_t exceptionClass,
                                     struct _Unwind_Exception *exception, struct _Unwind_Context *context) {
    if (version != 1) {
        return _URC_FATAL_PHASE1_ERROR;
    }
    KExceptionHeader *header = exceptionClass == KILN_EXCEPTION_CLASS ? (KExceptionHeader *)exception : NULL;
    const KObject *object = header != NULL ? header->object : NULL;
    Landing landing = find_landing(context, object, (actions & _UA_SEARCH_PHASE) != 0);
    if (actions & _UA_SEARCH_PHASE) {
        if (landing.selector > 0 && header != NULL) {
            header->handlerSelector = landing.selector;
            note_catching_frame(header, _Unwind_GetCFA(context));
        }
        return landing.selector > 0 ? _URC_HANDLER_FOUND : _URC_CONTINUE_UNWIND;
    }
    if ((actions & _UA_HANDLER_FRAME) && header != NULL) {
        /* the frame the search phase chose, with the clause it chose (a filter that accepted is not asked again) */
        landing.selector = header->handlerSelector;
    }
    if (landing.pad == 0 || landing.selector < 0) {
        return _URC_CONTINUE_UNWIND;
    }
    if (!(actions & _UA_HANDLER_FRAME) && landing.selector > 0) {
        /* not the frame phase 1 chose: only its cleanups run; the dispatch code re-checks the selector */
        landing.selector = 0;
    }
    _Unwind_SetGR(context, __builtin_eh_return_data_regno(0), (uintptr_t)exception);
    _Unwind_SetGR(context, __builtin_eh_return_data_regno(1), (uintptr_t)landing.selector);
    _Unwind_SetIP(context, landing.pad);
    return _URC_INSTALL_CONTEXT;
}
