/* loader.c — finds, validates and loads precompiled images (kiln.h, docs/images.md).
 *
 * An image is refused, with one message naming it and the reason, unless: its footer and manifest are well formed
 * (every offset and length checked against the file), its checksum matches its bytes (checked before it is mapped),
 * its format, target and runtime ABI are this runtime's, and every assembly it was compiled from or compiled
 * against still has the content it had then. Images are then mapped in dependency order; the platform's dynamic
 * linker binds their references to each other (eagerly by default, on first call with KILN_BIND=lazy). */
#include "runtime.h"
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FOOTER_SIZE 48             /* magic[8], manifest offset (u64), SHA-256[32] */
#define MAX_MANIFEST (1u << 20)
#define MAX_ASSEMBLIES 256
#define MAX_IMAGES 256
#define MAX_NAME 255

typedef struct {
    char name[MAX_NAME + 1];
    uint8_t sha[32];
} Identity;

typedef struct {
    const char *symbol;
    const char *description;
} Import;

typedef struct Image {
    char path[PATH_MAX];
    Identity contains[MAX_ASSEMBLIES];
    int containsCount;
    Identity requires[MAX_ASSEMBLIES];     /* assemblies whose images this one binds to */
    int requiresCount;
    Identity reads[MAX_ASSEMBLIES];        /* assemblies whose metadata it was compiled against (facades, ...) */
    int readsCount;
    Import *imports;               /* the symbols of other images it binds to, each with what it is */
    int importCount;
    char *importText;              /* the manifest text the imports point into */
    int checked;                   /* 0 not yet, 1 in progress, 2 done */
    void *handle;
    const KImage *image;
} Image;

/* On the C heap, not in .bss: the collector scans .bss as a root, and these tables are megabytes of it. */
static Image *images;
static int imageCount;
static Image *loadOrder[MAX_IMAGES];
static int loadCount;

static const char *const *assemblyDirs;
static int assemblyDirCount;
static const char *programPath;

static _Noreturn void fail(const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    fputs("kiln: error: ", stderr);
    vfprintf(stderr, format, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

/* Reads a whole file into memory (NULL when it cannot be read). */
static uint8_t *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || st.st_size < 0) {
        fclose(f);
        return NULL;
    }
    uint8_t *data = malloc((size_t)st.st_size + 1);
    if (data == NULL || fread(data, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        free(data);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *size = (size_t)st.st_size;
    return data;
}

static int parse_hex(const char *hex, uint8_t out[32]) {
    for (int i = 0; i < 32; i++) {
        unsigned v;
        if (sscanf(hex + 2 * i, "%2x", &v) != 1) {
            return 0;
        }
        out[i] = (uint8_t)v;
    }
    return hex[64] == '\0';
}

static uint64_t read_u64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = v << 8 | p[i];
    }
    return v;
}

/* An import line of the manifest: "SYMBOL DESCRIPTION"; split in place. */
static int add_import(Image *img, char *text, int *capacity) {
    char *space = strchr(text, ' ');
    if (space == NULL || space == text || space - text > MAX_NAME) {
        return 0;
    }
    *space = '\0';
    if (img->importCount == *capacity) {
        *capacity = *capacity == 0 ? 256 : *capacity * 2;
        Import *grown = realloc(img->imports, (size_t)*capacity * sizeof *grown);
        if (grown == NULL) {
            return 0;
        }
        img->imports = grown;
    }
    img->imports[img->importCount].symbol = text;
    img->imports[img->importCount].description = space + 1;
    img->importCount++;
    return 1;
}

/*
 * Reads an image's footer and manifest. verify: also check the checksum over the whole file. Returns an error
 * message (static storage) or NULL.
 */
static const char *read_manifest(Image *img, int verify) {
    size_t size;
    uint8_t *data = read_file(img->path, &size);
    if (data == NULL) {
        return strerror(errno);
    }
    const char *error = NULL;
    if (size < FOOTER_SIZE || memcmp(data + size - FOOTER_SIZE, "KILNIMG\1", 8) != 0) {
        error = "not a Kiln image (no image footer)";
        goto done;
    }
    if (verify) {
        uint8_t digest[32];
        kiln_sha256(data, size - 32, digest);
        if (memcmp(digest, data + size - 32, 32) != 0) {
            error = "its checksum does not match its contents (the file is damaged)";
            goto done;
        }
    }
    uint64_t offset = read_u64(data + size - FOOTER_SIZE + 8);
    if (offset >= size - FOOTER_SIZE || size - FOOTER_SIZE - offset > MAX_MANIFEST) {
        error = "its manifest lies outside the file";
        goto done;
    }
    size_t length = size - FOOTER_SIZE - offset;
    char *manifest = malloc(length + 1);
    memcpy(manifest, data + offset, length);
    manifest[length] = '\0';
    img->containsCount = img->requiresCount = img->readsCount = 0;
    free(img->imports);
    free(img->importText);
    img->imports = NULL;
    img->importText = NULL;
    img->importCount = 0;
    int major = -1, minor = -1, abi = -1;
    char target[64] = "";
    int importCapacity = 0;
    for (char *line = strtok(manifest, "\n"); line != NULL && error == NULL; line = strtok(NULL, "\n")) {
        char word[16], name[MAX_NAME + 1], hex[65];
        if (strncmp(line, "import ", 7) == 0) {
            if (verify && !add_import(img, line + 7, &importCapacity)) {
                error = "its manifest has a malformed import";
            }
            continue;
        }
        if (sscanf(line, "kiln-image %d %d", &major, &minor) == 2 || sscanf(line, "target %63s", target) == 1
            || sscanf(line, "runtime %d", &abi) == 1) {
            continue;
        }
        if (sscanf(line, "%15s %255s %64s", word, name, hex) == 3 && strlen(hex) == 64) {
            int *count;
            Identity *list;
            if (strcmp(word, "contains") == 0) {
                count = &img->containsCount;
                list = img->contains;
            } else if (strcmp(word, "requires") == 0) {
                count = &img->requiresCount;
                list = img->requires;
            } else if (strcmp(word, "reads") == 0) {
                count = &img->readsCount;
                list = img->reads;
            } else {
                continue; /* lines a later minor version adds */
            }
            if (*count == MAX_ASSEMBLIES) {
                error = "its manifest lists too many assemblies";
                break;
            }
            Identity *id = &list[(*count)++];
            snprintf(id->name, sizeof id->name, "%s", name);
            if (!parse_hex(hex, id->sha)) {
                error = "its manifest has a malformed assembly hash";
            }
        }
    }
    if (verify && img->importCount > 0) {
        img->importText = manifest; /* the imports point into it */
    } else {
        free(manifest);
    }
    if (error == NULL && major != KILN_IMAGE_FORMAT_MAJOR) {
        static char buf[128];
        snprintf(buf, sizeof buf, "it has image format %d, this runtime reads format %d", major, KILN_IMAGE_FORMAT_MAJOR);
        error = buf;
    } else if (error == NULL && strcmp(target, "x86_64-linux-gnu") != 0) {
        static char buf[128];
        snprintf(buf, sizeof buf, "it was compiled for %s, not x86_64-linux-gnu", target[0] ? target : "an unknown target");
        error = buf;
    } else if (error == NULL && abi != KILN_RUNTIME_ABI) {
        static char buf[128];
        snprintf(buf, sizeof buf, "it was compiled for runtime ABI %d, this runtime is ABI %d", abi, KILN_RUNTIME_ABI);
        error = buf;
    } else if (error == NULL && img->containsCount == 0) {
        error = "its manifest names no assembly";
    }
done:
    free(data);
    return error;
}

static void scan_directory(const char *dir) {
    DIR *d = opendir(dir);
    if (d == NULL) {
        return;
    }
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".kimg") != 0 || imageCount == MAX_IMAGES) {
            continue;
        }
        if (images == NULL && (images = calloc(MAX_IMAGES, sizeof *images)) == NULL) {
            fail("out of memory while looking for images");
        }
        Image *img = &images[imageCount];
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path || realpath(path, img->path) == NULL) {
            continue;
        }
        int duplicate = 0;
        for (int i = 0; i < imageCount; i++) {
            duplicate |= strcmp(images[i].path, img->path) == 0;
        }
        if (duplicate) {
            continue;
        }
        /* a file that is not a readable image is reported only if it turns out to be needed */
        if (read_manifest(img, 0) == NULL) {
            imageCount++;
        }
    }
    closedir(d);
}

static Image *image_containing(const char *assembly) {
    for (int i = 0; i < imageCount; i++) {
        for (int j = 0; j < images[i].containsCount; j++) {
            if (strcmp(images[i].contains[j].name, assembly) == 0) {
                return &images[i];
            }
        }
    }
    return NULL;
}

/* The assembly file an image was compiled from: the program itself, or NAME.dll/.exe in the assembly search path. */
static int find_assembly(const char *name, char *out, size_t size) {
    const char *prog = base_name(programPath);
    const char *dot = strrchr(prog, '.');
    size_t stem = dot != NULL ? (size_t)(dot - prog) : strlen(prog);
    if (strlen(name) == stem && strncmp(prog, name, stem) == 0) {
        snprintf(out, size, "%s", programPath);
        return 1;
    }
    for (int i = 0; i < assemblyDirCount; i++) {
        static const char *const exts[] = {".dll", ".exe"};
        for (int j = 0; j < 2; j++) {
            struct stat st;
            if (snprintf(out, size, "%s/%s%s", assemblyDirs[i], name, exts[j]) < (int)size && stat(out, &st) == 0) {
                return 1;
            }
        }
    }
    return 0;
}

static void check_identity(const Image *img, const Identity *id, const char *role) {
    char path[PATH_MAX];
    if (!find_assembly(id->name, path, sizeof path)) {
        fail("%s: cannot find assembly %s (the image %s; add its folder to KILN_ASSEMBLY_PATH)", img->path, id->name, role);
    }
    size_t size;
    uint8_t *data = read_file(path, &size);
    if (data == NULL) {
        fail("%s: cannot read %s: %s", img->path, path, strerror(errno));
    }
    uint8_t digest[32];
    kiln_sha256(data, size, digest);
    free(data);
    if (memcmp(digest, id->sha, 32) != 0) {
        fail("%s is stale: %s changed since the image was compiled (the image %s); recompile the image", img->path,
             path, role);
    }
}

/* Validates img and everything it requires, depth first, and appends them to the load order (requirements first). */
static void check_image(Image *img) {
    if (img->checked == 2) {
        return;
    }
    if (img->checked == 1) {
        fail("%s: images require each other in a cycle", img->path);
    }
    img->checked = 1;
    const char *error = read_manifest(img, 1);
    if (error != NULL) {
        fail("%s: refused: %s", img->path, error);
    }
    for (int i = 0; i < img->containsCount; i++) {
        check_identity(img, &img->contains[i], "was compiled from it");
    }
    for (int i = 0; i < img->requiresCount; i++) {
        const Identity *req = &img->requires[i];
        if (image_containing(req->name) == img) {
            continue;
        }
        Image *provider = image_containing(req->name);
        if (provider == NULL) {
            fail("%s needs an image of %s, and none was found (compile one with kiln compile --image, or add its "
                 "folder to KILN_IMAGE_PATH)", img->path, req->name);
        }
        check_identity(img, req, "was compiled against it");
        check_image(provider);
    }
    for (int i = 0; i < img->readsCount; i++) {
        check_identity(img, &img->reads[i], "was compiled against it");
    }
    img->checked = 2;
    loadOrder[loadCount++] = img;
}

/* Points the member tables of other images' enums to the array types this image made of them (first one wins);
 * the images defining those enums are mapped already, and keep their member tables writable for this. */
static void give_enum_arrays(const Image *img) {
    const KEnumArrays *arrays = dlsym(img->handle, "kiln.enumarrays");
    if (arrays == NULL) {
        return; /* an image of an earlier minor format version */
    }
    for (int32_t i = 0; i < arrays->count; i++) {
        KEnumInfo *info = (KEnumInfo *)arrays->entries[i].enumType->enumInfo;
        if (info != NULL && info->arrayType == NULL) {
            info->arrayType = arrays->entries[i].arrayType;
        }
    }
}

static void merge(KProgram *into, const KProgram *from) {
    if (from->stringType != NULL) into->stringType = from->stringType;
    if (from->stringArrayType != NULL) into->stringArrayType = from->stringArrayType;
    if (from->runtimeType != NULL) into->runtimeType = from->runtimeType;
    if (from->objectEquals != NULL) into->objectEquals = from->objectEquals;
    if (from->createBuiltinException != NULL) into->createBuiltinException = from->createBuiltinException;
    if (from->unhandledException != NULL) into->unhandledException = from->unhandledException;
    if (from->describeException != NULL) into->describeException = from->describeException;
}

/* Images are found by the program's assembly, so anything else given in its place (the image itself, the native
 * executable) would only fail later as a "stale" image whose hash is not the assembly's: say what is wrong. */
static void require_assembly(const char *program) {
    unsigned char head[4] = {0};
    FILE *f = fopen(program, "rb");
    if (f == NULL) {
        fail("%s: %s", program, strerror(errno));
    }
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    if (n >= 2 && head[0] == 'M' && head[1] == 'Z') {
        return;
    }
    if (n == 4 && memcmp(head, "\177ELF", 4) == 0) {
        fail("%s is a native file (an image or an executable), not a .NET assembly: kiln run takes the program's "
             "assembly (its .exe) and finds the images next to it", program);
    }
    fail("%s is not a .NET assembly: kiln run takes the program's assembly (its .exe)", program);
}

const KProgram *kiln_loader_load(const char *program, const char *const *imageDirs, int imageDirCount,
                                 const char *const *assemblyDirList, int assemblyDirListCount) {
    require_assembly(program);
    programPath = program;
    assemblyDirs = assemblyDirList;
    assemblyDirCount = assemblyDirListCount;
    for (int i = 0; i < imageDirCount; i++) {
        scan_directory(imageDirs[i]);
    }
    const char *prog = base_name(program);
    const char *dot = strrchr(prog, '.');
    char assembly[MAX_NAME + 1];
    snprintf(assembly, sizeof assembly, "%.*s", (int)(dot != NULL ? (size_t)(dot - prog) : strlen(prog)), prog);
    Image *app = image_containing(assembly);
    if (app == NULL) {
        fail("no image of %s was found (compile one with: kiln compile --image %s -o %s.kimg)", assembly, program, assembly);
    }
    check_image(app);
    int flags = (getenv("KILN_BIND") != NULL && strcmp(getenv("KILN_BIND"), "lazy") == 0 ? RTLD_LAZY : RTLD_NOW) | RTLD_GLOBAL;
    static KProgram merged;
    for (int i = 0; i < loadCount; i++) {
        Image *img = loadOrder[i];
        /* the images it binds to are mapped: name any member none of them defines before the dynamic linker fails
           on it (or, binding lazily, the program does at its first use) */
        for (int j = 0; j < img->importCount; j++) {
            if (dlsym(RTLD_DEFAULT, img->imports[j].symbol) == NULL) {
                fail("%s needs %s, which none of the images it binds to defines (symbol %s); recompile the image of "
                     "that assembly with this version of Kiln", img->path, img->imports[j].description,
                     img->imports[j].symbol);
            }
        }
        img->handle = dlopen(img->path, flags);
        if (img->handle == NULL) {
            fail("%s cannot be loaded: %s", img->path, dlerror());
        }
        img->image = dlsym(img->handle, "kiln_image");
        if (img->image == NULL || img->image->magic != KILN_IMAGE_MAGIC || img->image->runtimeAbi != KILN_RUNTIME_ABI) {
            fail("%s: refused: it does not define a valid kiln_image", img->path);
        }
        merge(&merged, &img->image->program);
        give_enum_arrays(img);
        kiln_callbacks_add_table(dlsym(img->handle, "kiln.marshalled_delegates"));
        kiln_reflection_add_table(dlsym(img->handle, "kiln.reflection_types"));
        kiln_reflection_add_foreign_instances(dlsym(img->handle, "kiln.reflection_foreign_instances"));
        kiln_gvm_add_table(dlsym(img->handle, "kiln.gvms"));
    }
    merged.managedMain = app->image->program.managedMain;
    if (merged.managedMain == NULL) {
        fail("%s has no entry point (Main): it is a library image", app->path);
    }
    if (merged.stringType == NULL || merged.stringArrayType == NULL || merged.objectEquals == NULL) {
        fail("none of the loaded images contains the core library (compile it with: kiln compile --image $(kiln corelib) -o corelib.kimg)");
    }
    return &merged;
}
