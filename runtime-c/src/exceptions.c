/* exceptions.c — throwing. Until structured exception handling lands (LLVM invoke/landingpad with a personality
 * routine here), every throw is unhandled: report it as .NET does on Linux and exit with 134. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>

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

static _Noreturn void report_and_exit(const char *type, const char *message) {
    kiln_console_flush();
    fprintf(stderr, "Unhandled exception. %s: %s\n", type, message);
    fflush(stderr);
    exit(134);
}

_Noreturn void kiln_ex_throw(KObject *exception) {
    const char *type = exception->type->name;
    KString *message = *(KString **)((char *)exception + KILN_EXCEPTION_MESSAGE_OFFSET);
    if (message == NULL) {
        char text[512];
        snprintf(text, sizeof text, "Exception of type '%s' was thrown.", type);
        report_and_exit(type, text);
    }
    char *utf8 = kiln_string_to_utf8(message, NULL);
    report_and_exit(type, utf8);
}

_Noreturn void kiln_ex_throw_builtin(int32_t code) {
    report_and_exit(builtin_type(code), builtin_message(code));
}

_Noreturn void kiln_rt_fail(const char *message) {
    kiln_console_flush();
    fprintf(stderr, "kiln runtime: fatal error: %s\n", message);
    exit(134);
}
