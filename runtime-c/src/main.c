/* main.c — the entry point of a compiled executable, whose module defines kiln_program. (The image launcher,
 * launcher/kiln-run.c, has its own main and gets its KProgram from the images it loads.) */
#include "runtime.h"

extern const KProgram kiln_program;

int main(int argc, char **argv) {
    kiln_gc_init();
    kiln_rt_program = &kiln_program;
    return kiln_rt_run_main(argc, argv);
}
