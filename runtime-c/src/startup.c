/* startup.c — running the program: turn argv into string[], run Main, flush, return its exit code (main.c and the
 * image launcher's main call it once they have a KProgram). */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kiln_icall_System_Environment_Exit(int32_t code) {
    kiln_console_flush();
    exit(code);
}

const KProgram *kiln_rt_program;

int32_t kiln_rt_run_main(int argc, char **argv) {
    kiln_threads_init();
    kiln_rt_save_args(argc, argv);
    int32_t count = argc > 1 ? argc - 1 : 0;
    KArray *args = kiln_gc_alloc_array(kiln_rt_program->stringArrayType, count);
    KString **slots = (KString **)args->data;
    for (int32_t i = 0; i < count; i++) {
        slots[i] = kiln_string_from_utf8(argv[i + 1], strlen(argv[i + 1]));
    }
    int32_t code = kiln_rt_program->managedMain(args);
    kiln_threads_wait_for_foreground(); /* as .NET: the exit code stays Main's */
    kiln_console_flush();
    return code;
}
