/* startup.c — process start: initialize the GC, turn argv into string[], run Main, flush, exit with its code. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kiln_icall_System_Environment_Exit(int32_t code) {
    kiln_console_flush();
    exit(code);
}

void kiln_rt_save_args(int argc, char **argv);

int main(int argc, char **argv) {
    kiln_gc_init();
    kiln_rt_save_args(argc, argv);
    int32_t count = argc > 1 ? argc - 1 : 0;
    KArray *args = kiln_gc_alloc_array(&kiln_type_System_String_array, count);
    KString **slots = (KString **)args->data;
    for (int32_t i = 0; i < count; i++) {
        slots[i] = kiln_string_from_utf8(argv[i + 1], strlen(argv[i + 1]));
    }
    int32_t code = kiln_managed_main(args);
    kiln_console_flush();
    return code;
}
