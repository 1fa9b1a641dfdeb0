/* debuglines.c — source file and line of a code address, for stack traces, read back from the DWARF 4 the compiler
 * emits into the executable (codegen's DebugInfo): .debug_line gives the row of an address, and .debug_info's
 * outermost DW_TAG_inlined_subroutine entries give, for code that the optimizer inlined, the line of the call in the
 * method whose frame it is — .NET omits inlined frames, so the frame shows where it called the inlined method.
 * Read once per file, at its first trace: /proc/self/exe, and the images (shared objects) frames are in; units of
 * other DWARF versions (the C runtime's) are skipped. */
#include "runtime.h"
#include <elf.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Row {
    uintptr_t address;
    const char *file; /* NULL: no line (the end of a sequence, or compiler-generated code) */
    uint32_t line;
} Row;

/* The file names of one line table, for the call_file attributes of the compile units that use it. */
typedef struct FileTable {
    size_t offset; /* of the line table in .debug_line */
    const char **names;
    uint32_t count;
} FileTable;

/* The code of an outermost inlined call (one range of it), and the line of the call. */
typedef struct Inline {
    uintptr_t low, high;
    const char *file;
    uint32_t line;
} Inline;

typedef struct Tables {
    Row *rows;
    size_t rowCount, rowCapacity;
    struct Inline *inlines;
    size_t inlineCount, inlineCapacity;
    FileTable *files;
    size_t fileTableCount;
} Tables;

/* The tables of each ELF file asked about (the executable, images), read at the first question, kept for good. */
typedef struct LoadedFile {
    char *path;
    Tables tables;
} LoadedFile;

static LoadedFile *loaded;
static size_t loaded_count;
static pthread_mutex_t loaded_lock = PTHREAD_MUTEX_INITIALIZER;
/* The tables being read (under loaded_lock). */
static Tables tables;

typedef struct Cursor {
    const uint8_t *p, *end;
} Cursor;

static uint64_t uleb(Cursor *c) {
    uint64_t value = 0;
    for (int shift = 0; c->p < c->end && shift < 64; shift += 7) {
        uint8_t b = *c->p++;
        value |= (uint64_t)(b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
            break;
        }
    }
    return value;
}

static int64_t sleb(Cursor *c) {
    int64_t value = 0;
    int shift = 0;
    uint8_t b = 0;
    while (c->p < c->end && shift < 64) {
        b = *c->p++;
        value |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
        if ((b & 0x80) == 0) {
            break;
        }
    }
    if (shift < 64 && (b & 0x40)) {
        value |= -((int64_t)1 << shift);
    }
    return value;
}

static uint64_t fixed(Cursor *c, int size) {
    uint64_t value = 0;
    if (c->end - c->p < size) {
        c->p = c->end;
        return 0;
    }
    for (int i = 0; i < size; i++) {
        value |= (uint64_t)c->p[i] << (8 * i);
    }
    c->p += size;
    return value;
}

static const char *cstring(Cursor *c) {
    const char *s = (const char *)c->p;
    const uint8_t *nul = memchr(c->p, 0, (size_t)(c->end - c->p));
    c->p = nul != NULL ? nul + 1 : c->end;
    return nul != NULL ? s : "";
}

static void add_row(uintptr_t address, const char *file, uint32_t line) {
    if (tables.rowCount == tables.rowCapacity) {
        tables.rowCapacity = tables.rowCapacity ? tables.rowCapacity * 2 : 1024;
        tables.rows = realloc(tables.rows, tables.rowCapacity * sizeof(Row));
    }
    tables.rows[tables.rowCount++] = (Row){address, line != 0 ? file : NULL, line};
}

static char *join_path(const char *dir, const char *name) {
    if (name[0] == '/' || dir == NULL || dir[0] == '\0') {
        return strdup(name);
    }
    size_t length = strlen(dir) + 1 + strlen(name) + 1;
    char *path = malloc(length);
    snprintf(path, length, "%s/%s", dir, name);
    return path;
}

/* One DWARF 2-4 line table: its file names, and its rows added to tables.rows. */
static void read_line_table(Cursor unit, size_t offset) {
    uint16_t version = (uint16_t)fixed(&unit, 2);
    if (version < 2 || version > 4) {
        return;
    }
    uint32_t header_length = (uint32_t)fixed(&unit, 4);
    Cursor program = {unit.p + header_length, unit.end};
    if (program.p > unit.end) {
        return;
    }
    uint8_t min_length = (uint8_t)fixed(&unit, 1);
    if (version >= 4) {
        fixed(&unit, 1); /* maximum operations per instruction: 1 on x86 */
    }
    fixed(&unit, 1); /* default_is_stmt */
    int8_t line_base = (int8_t)fixed(&unit, 1);
    uint8_t line_range = (uint8_t)fixed(&unit, 1);
    uint8_t opcode_base = (uint8_t)fixed(&unit, 1);
    if (line_range == 0 || opcode_base == 0) {
        return;
    }
    const uint8_t *lengths = unit.p;
    unit.p += opcode_base - 1;
    const char *dirs[256];
    uint32_t dir_count = 1;
    dirs[0] = "";
    while (unit.p < program.p && *unit.p != 0) {
        const char *dir = cstring(&unit);
        if (dir_count < 256) {
            dirs[dir_count++] = dir;
        }
    }
    unit.p++;
    FileTable table = {offset, NULL, 1};
    size_t capacity = 16;
    table.names = calloc(capacity, sizeof(char *));
    while (unit.p < program.p && *unit.p != 0) {
        const char *name = cstring(&unit);
        uint64_t dir = uleb(&unit);
        uleb(&unit); /* modification time */
        uleb(&unit); /* length */
        if (table.count == capacity) {
            capacity *= 2;
            table.names = realloc(table.names, capacity * sizeof(char *));
        }
        table.names[table.count++] = join_path(dir < dir_count ? dirs[dir] : "", name);
    }
    tables.files = realloc(tables.files, (tables.fileTableCount + 1) * sizeof(FileTable));
    tables.files[tables.fileTableCount++] = table;

    uintptr_t address = 0;
    uint64_t file = 1;
    int64_t line = 1;
#define FILE_NAME (file < table.count ? table.names[file] : NULL)
    while (program.p < program.end) {
        uint8_t opcode = *program.p++;
        if (opcode >= opcode_base) {
            uint8_t adjusted = opcode - opcode_base;
            address += (adjusted / line_range) * min_length;
            line += line_base + adjusted % line_range;
            add_row(address, FILE_NAME, (uint32_t)line);
        } else if (opcode == 0) {
            uint64_t size = uleb(&program);
            Cursor extended = {program.p, program.p + size <= program.end ? program.p + size : program.end};
            program.p = extended.end;
            uint8_t sub = extended.p < extended.end ? *extended.p++ : 0;
            if (sub == 1) { /* end of sequence */
                add_row(address, NULL, 0);
                address = 0;
                file = 1;
                line = 1;
            } else if (sub == 2) { /* set address */
                address = (uintptr_t)fixed(&extended, 8);
            }
        } else if (opcode == 1) {
            add_row(address, FILE_NAME, (uint32_t)line);
        } else if (opcode == 2) {
            address += uleb(&program) * min_length;
        } else if (opcode == 3) {
            line += sleb(&program);
        } else if (opcode == 4) {
            file = uleb(&program);
        } else if (opcode == 8) {
            address += ((255 - opcode_base) / line_range) * min_length;
        } else if (opcode == 9) {
            address += fixed(&program, 2);
        } else {
            for (int i = 0; i < lengths[opcode - 1]; i++) {
                uleb(&program);
            }
        }
    }
#undef FILE_NAME
}

static const FileTable *file_table(size_t offset) {
    for (size_t i = 0; i < tables.fileTableCount; i++) {
        if (tables.files[i].offset == offset) {
            return &tables.files[i];
        }
    }
    return NULL;
}

static void add_inline(uintptr_t low, uintptr_t high, const char *file, uint32_t line) {
    if (high <= low || file == NULL || line == 0) {
        return;
    }
    if (tables.inlineCount == tables.inlineCapacity) {
        tables.inlineCapacity = tables.inlineCapacity ? tables.inlineCapacity * 2 : 256;
        tables.inlines = realloc(tables.inlines, tables.inlineCapacity * sizeof(Inline));
    }
    tables.inlines[tables.inlineCount++] = (Inline){low, high, file, line};
}

typedef struct Abbrev {
    uint64_t tag;
    int children;
    const uint8_t *specs; /* (attribute, form) pairs, read again for each entry */
} Abbrev;

typedef struct Section {
    const uint8_t *data;
    size_t size;
} Section;

/* Skips or reads one attribute value of the given form; 1 if it was read into *value. */
static int attribute(Cursor *c, uint64_t form, int addr_size, uint64_t *value) {
    switch (form) {
    case 0x01: *value = fixed(c, addr_size); return 1;                     /* addr */
    case 0x0b: case 0x11: *value = fixed(c, 1); return 1;                  /* data1, ref1 */
    case 0x05: case 0x12: *value = fixed(c, 2); return 1;                  /* data2, ref2 */
    case 0x06: case 0x13: case 0x10: case 0x17: case 0x0e:                 /* data4, ref4, ref_addr, sec_offset, strp */
        *value = fixed(c, 4); return 1;
    case 0x07: case 0x14: case 0x20: *value = fixed(c, 8); return 1;       /* data8, ref8, ref_sig8 */
    case 0x0d: *value = (uint64_t)sleb(c); return 1;                        /* sdata */
    case 0x0f: case 0x15: *value = uleb(c); return 1;                       /* udata, ref_udata */
    case 0x0c: *value = fixed(c, 1); return 1;                              /* flag */
    case 0x19: *value = 1; return 1;                                        /* flag_present */
    case 0x08: cstring(c); return 0;                                        /* string */
    case 0x0a: c->p += fixed(c, 1); return 0;                               /* block1 */
    case 0x03: c->p += fixed(c, 2); return 0;                               /* block2 */
    case 0x04: c->p += fixed(c, 4); return 0;                               /* block4 */
    case 0x09: case 0x18: { uint64_t n = uleb(c); c->p += n; return 0; }    /* block, exprloc */
    case 0x16: return attribute(c, uleb(c), addr_size, value);              /* indirect */
    default: c->p = c->end; return 0;                                       /* unknown: give up on the unit */
    }
}

/* The outermost inlined calls of one DWARF 4 compile unit. */
static void read_info_unit(Cursor unit, Section abbrevs, Section ranges) {
    uint16_t version = (uint16_t)fixed(&unit, 2);
    if (version != 4) {
        return;
    }
    uint64_t abbrev_offset = fixed(&unit, 4);
    int addr_size = (int)fixed(&unit, 1);
    if (abbrev_offset >= abbrevs.size || addr_size != 8) {
        return;
    }
    /* the abbreviation table, by code (LLVM numbers them from 1 without gaps) */
    Abbrev *table = NULL;
    size_t table_size = 0;
    Cursor a = {abbrevs.data + abbrev_offset, abbrevs.data + abbrevs.size};
    for (uint64_t code = uleb(&a); code != 0 && a.p < a.end; code = uleb(&a)) {
        if (code >= table_size) {
            size_t size = code * 2 + 16;
            table = realloc(table, size * sizeof(Abbrev));
            memset(table + table_size, 0, (size - table_size) * sizeof(Abbrev));
            table_size = size;
        }
        table[code].tag = uleb(&a);
        table[code].children = *a.p++;
        table[code].specs = a.p;
        for (;;) {
            uint64_t name = uleb(&a), form = uleb(&a);
            if (form == 0x21) {
                sleb(&a);
            }
            if (name == 0 && form == 0) {
                break;
            }
        }
    }
    const FileTable *files = NULL;
    uintptr_t base = 0;
    int inline_depth = 64; /* depth of the enclosing outermost inlined call; 64: none */
    int depth = 0;
    while (unit.p < unit.end) {
        uint64_t code = uleb(&unit);
        if (code == 0) { /* the end of a list of children */
            if (--depth <= 0) {
                break;
            }
            continue;
        }
        if (depth <= inline_depth) { /* not inside the inlined call found last */
            inline_depth = 64;
        }
        if (code >= table_size || table[code].specs == NULL) {
            break;
        }
        const Abbrev *abbrev = &table[code];
        uint64_t low = 0, high = 0, ranges_offset = (uint64_t)-1, call_file = 0, call_line = 0, stmt_list = (uint64_t)-1;
        int high_is_offset = 0;
        Cursor spec = {abbrev->specs, abbrevs.data + abbrevs.size};
        for (;;) {
            uint64_t name = uleb(&spec), form = uleb(&spec);
            if (name == 0 && form == 0) {
                break;
            }
            if (form == 0x21) {
                sleb(&spec);
            }
            uint64_t value = 0;
            if (!attribute(&unit, form, addr_size, &value)) {
                continue;
            }
            switch (name) {
            case 0x11: low = value; break;                                   /* low_pc */
            case 0x12: high = value; high_is_offset = form != 0x01; break;  /* high_pc */
            case 0x55: ranges_offset = value; break;                         /* ranges */
            case 0x58: call_file = value; break;                             /* call_file */
            case 0x59: call_line = value; break;                             /* call_line */
            case 0x10: stmt_list = value; break;                             /* stmt_list */
            }
        }
        if (abbrev->tag == 0x11) { /* the compile unit */
            files = stmt_list != (uint64_t)-1 ? file_table((size_t)stmt_list) : NULL;
            base = (uintptr_t)low;
        } else if (abbrev->tag == 0x1d && inline_depth == 64 && files != NULL) {
            inline_depth = depth;
            const char *file = call_file < files->count ? files->names[call_file] : NULL;
            if (ranges_offset != (uint64_t)-1 && ranges_offset < ranges.size) {
                Cursor r = {ranges.data + ranges_offset, ranges.data + ranges.size};
                uintptr_t range_base = base;
                while (r.p + 16 <= r.end) {
                    uint64_t begin = fixed(&r, 8), end = fixed(&r, 8);
                    if (begin == 0 && end == 0) {
                        break;
                    }
                    if (begin == (uint64_t)-1) {
                        range_base = (uintptr_t)end;
                        continue;
                    }
                    add_inline(range_base + begin, range_base + end, file, (uint32_t)call_line);
                }
            } else {
                add_inline((uintptr_t)low, (uintptr_t)(high_is_offset ? low + high : high), file, (uint32_t)call_line);
            }
        }
        if (abbrev->children) {
            depth++;
        }
    }
    free(table);
}

static int compare_rows(const void *a, const void *b) {
    const Row *x = a, *y = b;
    if (x->address != y->address) {
        return x->address < y->address ? -1 : 1;
    }
    /* at one address the end of a sequence comes before the start of the next */
    return (x->file != NULL) - (y->file != NULL);
}

static int compare_inlines(const void *a, const void *b) {
    const Inline *x = a, *y = b;
    return x->low != y->low ? (x->low < y->low ? -1 : 1) : 0;
}

static Section section(const uint8_t *image, size_t size, const Elf64_Ehdr *eh, const char *wanted) {
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(image + eh->e_shoff);
    if (eh->e_shstrndx >= eh->e_shnum) {
        return (Section){NULL, 0};
    }
    const char *names = (const char *)(image + sections[eh->e_shstrndx].sh_offset);
    for (int i = 0; i < eh->e_shnum; i++) {
        if (strcmp(names + sections[i].sh_name, wanted) == 0 && sections[i].sh_type != SHT_NOBITS
            && sections[i].sh_offset + sections[i].sh_size <= size) {
            return (Section){image + sections[i].sh_offset, sections[i].sh_size};
        }
    }
    return (Section){NULL, 0};
}

/* Walks the units of a section: calls visit with each unit's contents (after its 32-bit length). */
static void each_unit(Section s, void (*visit)(Cursor, size_t, Section, Section), Section a, Section b) {
    Cursor c = {s.data, s.data + s.size};
    while (c.end - c.p >= 4) {
        size_t offset = (size_t)(c.p - s.data);
        uint32_t length = (uint32_t)fixed(&c, 4);
        if (length >= 0xfffffff0u || length > (size_t)(c.end - c.p)) {
            return; /* 64-bit DWARF or a truncated section: stop */
        }
        visit((Cursor){c.p, c.p + length}, offset, a, b);
        c.p += length;
    }
}

static void visit_line_unit(Cursor unit, size_t offset, Section unused1, Section unused2) {
    (void)unused1;
    (void)unused2;
    read_line_table(unit, offset);
}

static void visit_info_unit(Cursor unit, size_t offset, Section abbrevs, Section ranges) {
    (void)offset;
    read_info_unit(unit, abbrevs, ranges);
}

static void load_tables(const char *path) {
    size_t size;
    /* stays mapped: the file names point into it */
    const uint8_t *image = kiln_map_elf_file(path, &size);
    if (image == NULL) {
        return;
    }
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)image;
    Section lines = section(image, size, eh, ".debug_line");
    if (lines.data == NULL) {
        munmap((void *)image, size);
        return;
    }
    Section none = {NULL, 0};
    each_unit(lines, visit_line_unit, none, none);
    Section info = section(image, size, eh, ".debug_info");
    Section abbrevs = section(image, size, eh, ".debug_abbrev");
    Section ranges = section(image, size, eh, ".debug_ranges");
    if (info.data != NULL && abbrevs.data != NULL) {
        each_unit(info, visit_info_unit, abbrevs, ranges);
    }
    qsort(tables.rows, tables.rowCount, sizeof(Row), compare_rows);
    qsort(tables.inlines, tables.inlineCount, sizeof(Inline), compare_inlines);
}

static const Tables *tables_of(const char *path) {
    pthread_mutex_lock(&loaded_lock);
    for (size_t i = 0; i < loaded_count; i++) {
        if (strcmp(loaded[i].path, path) == 0) {
            pthread_mutex_unlock(&loaded_lock);
            return &loaded[i].tables;
        }
    }
    memset(&tables, 0, sizeof tables);
    load_tables(path);
    /* entries are never moved once published: a reader may hold a pointer while another file is added */
    LoadedFile *grown = malloc((loaded_count + 1) * sizeof(LoadedFile));
    if (loaded_count > 0) {
        memcpy(grown, loaded, loaded_count * sizeof(LoadedFile));
    }
    grown[loaded_count] = (LoadedFile){strdup(path), tables};
    loaded = grown; /* the old array leaks on purpose: a few entries, once per file */
    const Tables *result = &loaded[loaded_count++].tables;
    pthread_mutex_unlock(&loaded_lock);
    return result;
}

int kiln_debug_line_in(const char *path, uintptr_t address, const char **file, int *line) {
    const Tables *t = tables_of(path);
    /* an inlined call: the frame is the caller's, at the line of the call */
    size_t lo = 0, hi = t->inlineCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->inlines[mid].low <= address) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0 && address < t->inlines[lo - 1].high) {
        *file = t->inlines[lo - 1].file;
        *line = (int)t->inlines[lo - 1].line;
        return 1;
    }
    lo = 0;
    hi = t->rowCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->rows[mid].address <= address) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0 || t->rows[lo - 1].file == NULL) {
        return 0;
    }
    *file = t->rows[lo - 1].file;
    *line = (int)t->rows[lo - 1].line;
    return 1;
}

int kiln_debug_line(uintptr_t address, const char **file, int *line) {
    return kiln_debug_line_in("/proc/self/exe", address, file, line);
}
