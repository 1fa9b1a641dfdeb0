/* kiln-run — runs a program from precompiled images (`kiln run` calls it):
 *   kiln-run [--images DIR]... [--assemblies DIR]... PROGRAM.exe [ARGS...]
 * Images are looked for in the --images folders, next to the program, in the current folder and in KILN_IMAGE_PATH;
 * the assemblies they were compiled from in the --assemblies folders, next to the program and in
 * KILN_ASSEMBLY_PATH. The runtime itself is linked in (exported, so images bind to it). */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DIRS 64

static void add_path_list(const char *list, const char **dirs, int *count) {
    if (list == NULL) {
        return;
    }
    char *copy = strdup(list);
    for (char *d = strtok(copy, ":"); d != NULL && *count < MAX_DIRS; d = strtok(NULL, ":")) {
        dirs[(*count)++] = d;
    }
}

static const char *directory_of(const char *path) {
    const char *slash = strrchr(path, '/');
    if (slash == NULL) {
        return ".";
    }
    return strndup(path, (size_t)(slash - path) == 0 ? 1 : (size_t)(slash - path));
}

int main(int argc, char **argv) {
    const char *images[MAX_DIRS], *assemblies[MAX_DIRS];
    int imageCount = 0, assemblyCount = 0;
    int i = 1;
    for (; i < argc; i++) {
        if ((strcmp(argv[i], "--images") == 0 || strcmp(argv[i], "--assemblies") == 0) && i + 1 < argc) {
            int images_option = argv[i][2] == 'i';
            const char **dirs = images_option ? images : assemblies;
            int *count = images_option ? &imageCount : &assemblyCount;
            if (*count < MAX_DIRS) {
                dirs[(*count)++] = argv[++i];
            }
        } else {
            break;
        }
    }
    if (i >= argc) {
        fprintf(stderr, "usage: kiln-run [--images DIR]... [--assemblies DIR]... PROGRAM.exe [ARGS...]\n");
        return 1;
    }
    const char *program = argv[i];
    const char *programDir = directory_of(program);
    if (imageCount < MAX_DIRS) images[imageCount++] = programDir;
    if (imageCount < MAX_DIRS) images[imageCount++] = ".";
    add_path_list(getenv("KILN_IMAGE_PATH"), images, &imageCount);
    if (assemblyCount < MAX_DIRS) assemblies[assemblyCount++] = programDir;
    add_path_list(getenv("KILN_ASSEMBLY_PATH"), assemblies, &assemblyCount);
    kiln_gc_init();
    kiln_rt_program = kiln_loader_load(program, images, imageCount, assemblies, assemblyCount);
    return kiln_rt_run_main(argc - i, argv + i);
}
