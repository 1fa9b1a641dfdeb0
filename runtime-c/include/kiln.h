/*
 * kiln.h — the contract between Kiln's code generator and its C runtime.
 *
 * Everything the generated code assumes about memory layout and about runtime entry points is written
 * down here, and only here. The Java side mirrors these numbers in
 * codegen-llvm/src/main/java/dev/kiln/codegen/RuntimeAbi.java; change both together.
 *
 * Symbol prefixes, one per runtime file:
 *   kiln_gc_*       gc.c        allocation (Boehm GC behind one interface)
 *   kiln_string_*   strings.c   string creation and conversion
 *   kiln_array_*    arrays.c    array helpers
 *   kiln_console_*  console.c   buffered UTF-8 standard output / error
 *   kiln_ex_*       exceptions.c throwing and the unhandled-exception path
 *   kiln_rt_*       startup.c   process start and exit
 *   kiln_typeinit_* typeinit.c  class constructors run once when several threads touch a type
 *   kiln_thread_static* threadstatics.c  per-thread storage of [ThreadStatic] fields
 *
 * Internal calls. A corelib method declared
 *     [MethodImpl(MethodImplOptions.InternalCall)] static extern R Name(...);
 * in type Namespace.Type (nested types: Outer+Inner) binds to the C function
 *     kiln_icall_<Namespace>_<Type>_<Name>
 * with '.' and '+' replaced by '_' (e.g. System.Console.WriteString → kiln_icall_System_Console_WriteString).
 * Internal calls may not be overloaded (the compiler rejects two with the same C name). Instance internal
 * calls receive `this` first. Parameter and return types map as follows:
 *   bool → uint8_t (0/1)   char → uint16_t   sbyte/byte → int8_t/uint8_t   short/ushort → int16_t/uint16_t
 *   int/uint → int32_t/uint32_t   long/ulong → int64_t/uint64_t   IntPtr/UIntPtr/pointers → intptr_t / T*
 *   float/double → float/double   object references (string, arrays, classes) → pointer to the object.
 */
#ifndef KILN_H
#define KILN_H

#include <stdint.h>
#include <stddef.h>

typedef struct KType KType;

/* Every heap object starts with a pointer to its type descriptor. Fields follow at offset 8. */
typedef struct KObject {
    const KType *type;
} KObject;

/* Type descriptor flags. */
enum {
    KTYPE_VALUETYPE = 1u << 0,  /* boxed form of a value type */
    KTYPE_ARRAY     = 1u << 1,  /* single-dimensional zero-based array */
    KTYPE_STRING    = 1u << 2,  /* System.String */
    KTYPE_HAS_REFS  = 1u << 3,  /* instances contain object references: allocate scanned, else atomic */
    KTYPE_INTERFACE = 1u << 4,
    KTYPE_ABSTRACT  = 1u << 5,
    KTYPE_ELEM_REFS = 1u << 6,  /* arrays: elements are (or contain) object references */
    KTYPE_MDARRAY   = 1u << 7,  /* multi-dimensional array (rank in the object, see KMdArray) */
    KTYPE_GENERIC_DEFINITION = 1u << 8, /* typeof(List<>): no instances, no layout, no slots */
    KTYPE_BLITTABLE = 1u << 9,  /* value types whose bytes are their native form (Marshal.SizeOf, StructureToPtr) */
    KTYPE_FINALIZABLE = 1u << 10, /* classes overriding Object.Finalize: allocated through kiln_gc_alloc_finalizable */
    KTYPE_CRITICAL_FINALIZER = 1u << 11, /* finalizable and derived from CriticalFinalizerObject: finalized last */
    KTYPE_GENERIC_INSTANCE = 1u << 12, /* an instantiation of a generic type (Type.IsGenericType) */
    /* The type's TypeAttributes (Type.Attributes, for every type, described or not), in the bits above: */
    KTYPE_BEFORE_FIELD_INIT = 1u << 13 /* TypeAttributes.BeforeFieldInit */
};
#define KTYPE_STRING_FORMAT_SHIFT 14  /* 2 bits: TypeAttributes.StringFormatMask >> 16 (Ansi/Unicode/AutoClass) */
#define KTYPE_ATTRIBUTES_SHIFT 16     /* TypeAttributes' low 16 bits: visibility, layout, semantics, sealed, ... */

/* Object's virtual methods are vtable slots 0..3 (ToString, Equals, GetHashCode, Finalize): the finalizer thread
 * (finalizer.c) runs an object's finalizer through this slot. */
#define KILN_VTABLE_SLOT_FINALIZE 3

/*
 * A type descriptor, emitted by the compiler as constant data (one per constructed or referenced type).
 * The vtable follows the fixed part; slot numbers are assigned by the compiler's type system
 * (System.Object's virtual methods first: ToString, Equals, GetHashCode, Finalize).
 */
struct KType {
    const KType *base;          /*  0: base type, NULL for System.Object and interfaces */
    uintptr_t    gcDescriptor;  /*  8: Boehm mark descriptor of an instance (gc.c): where its references are. At offset 8
                                 *     because the collector reads it through the object's first word, and a free-list
                                 *     object's first word points at another free object whose second word is zero. */
    const char  *name;          /* 16: full name in UTF-8, e.g. "System.String", "System.Int32[]" */
    uint32_t     flags;         /* 24: KTYPE_* */
    uint32_t     baseSize;      /* 28: bytes of a plain instance incl. header; arrays/strings: fixed part */
    uint32_t     elementSize;   /* 32: arrays/strings: bytes per element; 0 otherwise */
    uint32_t     vtableSlots;   /* 36: number of entries in vtable[] */
    const void  *interfaces;    /* 40: interface map (see casting.c), NULL when none */
    const int32_t *refOffsets;  /* 48: value types with references: {count, offsets in the value...}; classes too big
                                 *     for a bitmap descriptor: {count, offsets in the object...}; else NULL */
    const struct KEnumInfo *enumInfo; /* 56: enums: names and values of the members, else NULL */
    const struct KGenericInfo *generic; /* 64: instantiations of variant generic types (interfaces, delegates), else NULL */
    const KType *element;       /* 72: element type of an array, NULL otherwise */
    void        *vtable[];      /* 80: virtual method entry points */
};

/* The mark procedure index the compiler writes into descriptors of arrays with references and of large objects
 * (GC_MAKE_PROC(KILN_GC_MARK_PROC_INDEX, env)): the first index GC_new_proc hands out, checked by kiln_gc_init. */
#define KILN_GC_MARK_PROC_INDEX 8
#define KILN_GC_MARK_ENV_ARRAY 0        /* arrays and md-arrays whose elements are or hold references */
#define KILN_GC_MARK_ENV_OFFSETS 1      /* objects whose references lie beyond a bitmap's reach: refOffsets */

/* What casts need of an instantiation with variant type parameters, to decide conversions the compiler did not list
 * in interface maps (those known only to another image): the generic definition (one address per definition, shared
 * by every image) and each type argument with its variance (2 bits each: 0 invariant, 1 covariant, 2 contravariant). */
typedef struct KGenericInfo {
    const void  *definition;
    int32_t      count;
    uint32_t     variance;
    const KType *arguments[];
} KGenericInfo;

#define KILN_OBJECT_HEADER_SIZE 8

/* An enum's members, sorted by value (Enum.ToString), and its underlying type. */
typedef struct KEnumInfo {
    int32_t count;
    int32_t isFlags;            /* [Flags]: values combine into "A, B" */
    int32_t isUnsigned;         /* the underlying type is unsigned */
    int32_t elementType;        /* ECMA-335 ELEMENT_TYPE_* code of the underlying type (kiln_cast_unbox_compatible) */
    const int64_t *values;      /* sorted ascending (as unsigned values when isUnsigned) */
    const char *const *names;
    const KType *arrayType;     /* the enum's array type, for Enum.GetValues (NULL if the program has none) */
} KEnumInfo;

/* System.String: length in UTF-16 code units, then the characters, then a terminating 0 unit. */
typedef struct KString {
    const KType *type;
    int32_t      length;        /*  8 */
    uint16_t     chars[];       /* 12 */
} KString;
#define KILN_STRING_CHARS_OFFSET 12

/* Single-dimensional zero-based arrays: length, padding, elements at offset 16. */
typedef struct KArray {
    const KType *type;
    int32_t      length;        /*  8 */
    int32_t      padding;       /* 12 */
    uint8_t      data[];        /* 16 */
} KArray;
#define KILN_ARRAY_DATA_OFFSET 16

/*
 * Multi-dimensional arrays: total length at 8 (where Array.Length reads it), rank at 12, then the length of each
 * dimension and the lower bound of each dimension (int32 each), then the elements.
 */
typedef struct KMdArray {
    const KType *type;
    int32_t      length;        /*  8: product of the dimension lengths */
    int32_t      rank;          /* 12 */
    int32_t      bounds[];      /* 16: lengths[rank], then lowerBounds[rank]; data at 16 + 8 * rank */
} KMdArray;
#define KILN_MDARRAY_BOUNDS_OFFSET 16

/* ---- What the runtime needs from the compiled program ----
 * An executable's compiled module defines kiln_program; with precompiled images (loader.c) the loader assembles one
 * from the images it loads (the core library's types and hooks, the application's Main). Runtime code reads only
 * kiln_rt_program, set before any managed code runs. */
typedef struct KProgram {
    const KType *stringType;
    const KType *stringArrayType;                        /* string[] for Main's args */
    const KType *runtimeType;                            /* System.Type objects (GetType, typeof); may be NULL */
    int32_t (*objectEquals)(KObject *a, KObject *b);     /* static Object.Equals, for ValueType.Equals */
    KObject *(*createBuiltinException)(int32_t code);    /* a KILN_EX_* exception object, or NULL */
    int32_t (*managedMain)(KArray *args);                /* runs Main, returns the exit code */
    void (*unhandledException)(KObject *exception);      /* raises AppDomain.UnhandledException; may be NULL */
    KString *(*describeException)(KObject *exception);   /* its ToString() for the report (NULL: failed); may be NULL */
} KProgram;
extern const KProgram *kiln_rt_program;

/* ---- Precompiled images (loader.c, docs/images.md) ----
 * An image is a shared object that defines `kiln_image`, followed in the file by a text manifest and a footer:
 * "KILNIMG\1", the manifest's file offset (u64, little-endian), and the SHA-256 of every byte before the digest.
 * The manifest names the image's format version, target and runtime ABI, the assemblies it was compiled from and
 * those it requires, each with the SHA-256 of the assembly file. Entities are bound by symbol: kiln.m/t/s/c.<assembly>.<token>
 * for another assembly's methods, descriptors, statics and class-constructor flags, instantiation names for shared
 * generic code. */
#define KILN_IMAGE_MAGIC 0x4B494D47u          /* "KIMG" */
#define KILN_IMAGE_FORMAT_MAJOR 1
#define KILN_IMAGE_FORMAT_MINOR 2
#define KILN_RUNTIME_ABI 10                   /* bumped when kiln.h's contract with compiled code changes */
/* kiln.enumarrays, in every image: the enum array types it constructs for enums of other images, whose member
 * tables the loader points to them (Enum.GetValues needs an array type the compiler made). */
typedef struct KEnumArrays {
    int32_t count;
    int32_t reserved;
    struct { const KType *enumType; const KType *arrayType; } entries[];
} KEnumArrays;

/* kiln.gvms, in every image: the overrides of generic virtual method instantiations it compiled for the types it
 * defines, keyed by the instantiation's assembly-qualified name (il/Linkage.genericVirtualKey). An image's dispatcher
 * asks kiln_gvm_find when the receiver's type is one it never saw (another image constructs it). */
typedef struct KGenericVirtuals {
    int32_t count;
    int32_t reserved;
    struct { const char *method; const KType *type; void *code; } entries[];
} KGenericVirtuals;

/* ---- Reflection metadata (codegen ReflectionTables, reflection.c, docs/architecture.md "Reflection") ----
 * A side table, not a descriptor field: only the types the dependency graph makes reflectable have one, so a program
 * that uses no reflection API pays nothing. An executable links `kiln_reflection_types`; each image has its own
 * `kiln.reflection_types`, for its own types, which the loader hands to reflection.c. Members are in declaration
 * order; a method the program did not compile is listed with entry NULL (invoking it throws). */
typedef struct KReflectionMethod {
    const char *name;                   /*  0 */
    const KType *returnType;            /*  8: NULL for void */
    const KType *const *parameterTypes; /* 16: a by-ref parameter's element type; NULL entries: not describable; open
                                         * types are tagged KReflectionSignature records */
    const char *const *parameterNames;  /* 24 */
    void *entry;                        /* 32: the compiled method, NULL when not compiled */
    /* 40: void invoke(void *entry, void *thisValue, void **arguments, void *result): loads each argument from the
     * address arguments[i] points to, calls entry and stores the result at result (one stub per signature shape) */
    void (*invoke)(void *, void *, void **, void *);
    uint32_t attributes;                /* 48: ECMA-335 MethodAttributes */
    int32_t parameterCount;             /* 52 */
    uint32_t byRefMask;                 /* 56: bit i: parameter i is ref/out */
    uint32_t implAttributes;            /* 60: MethodImplAttributes */
    void *delegateEntry;                /* 64: what a delegate of a static method points to (a thunk), else NULL */
    const struct KReflectionParameter *parameters; /* 72: per parameter, NULL when none has flags */
    int32_t genericArgumentCount;       /* 80: a generic method's arity (0: not generic) */
    int32_t definition;                 /* 84: an instantiation's definition (index in methods), else -1 */
    /* 88: an instantiation's type arguments (descriptors); a definition's type parameters (KReflectionSignature) */
    const void *const *genericArguments;
    int32_t token;                      /* 96: the MethodDef token (of a generic instantiation, its definition's) */
    int32_t reserved;
} KReflectionMethod;

/* A parameter's ParamAttributes and default value (typesystem ParameterDefaults): elementType is the constant's
 * ELEMENT_TYPE code (0: no default; 0x12: null), value its bits as a literal field's (a string: the string object). */
typedef struct KReflectionParameter {
    uint32_t attributes;
    int32_t elementType;
    int64_t value;
} KReflectionParameter;

typedef struct KReflectionField {
    const char *name;                   /*  0 */
    const KType *type;                  /*  8 */
    void *staticAddress;                /* 16: a static field's storage; NULL for instance fields and literals */
    int64_t constant;                   /* 24: a literal's bits (a string literal: the string object) */
    uint32_t attributes;                /* 32: ECMA-335 FieldAttributes; bit 16: modreq(IsVolatile) (C#'s volatile) */
    int32_t offset;                     /* 36: instance fields: from the object's start, or a struct's first byte */
    int32_t token;                      /* 40: the Field token (MemberInfo.MetadataToken) */
    int32_t reserved;
} KReflectionField;

typedef struct KReflectionProperty {    /* also events: add and remove in place of get and set */
    const char *name;
    const KType *type;
    int32_t getter;                     /* index into methods, -1 for none */
    int32_t setter;
    int32_t attributes;                 /* PropertyAttributes or EventAttributes */
    int32_t token;                      /* the Property or Event token */
} KReflectionProperty;

typedef struct KReflectionInfo {
    int32_t methodCount, fieldCount, propertyCount, eventCount;
    const KReflectionMethod *methods;   /* 16: constructors and methods */
    const KReflectionField *fields;     /* 24 */
    const KReflectionProperty *properties; /* 32 */
    const KReflectionProperty *events;  /* 40 */
    uint32_t typeAttributes;            /* 48: ECMA-335 TypeAttributes */
    int32_t interfaceCount;             /* 52 */
    const KType *const *interfaces;     /* 56: every interface the type implements (GetInterfaces) */
    int32_t genericArgumentCount;       /* 64 */
    int32_t token;                      /* 68: the TypeDef token (of an instantiation, its definition's) */
    const KType *const *genericArguments; /* 72 */
    const KType *genericDefinition;     /* 80: an instantiation's definition (typeof(List<>)), else NULL */
    const KType *arrayType;             /* 88: T[] if the program refers to that type (MakeArrayType), else NULL */
    int32_t attributeCount;             /* 96 */
    int32_t reserved2;
    const struct KReflectionAttribute *attributes; /* 104: the custom attributes of the type and its members */
    const struct KReflectionAssembly *assembly; /* 112: the assembly defining the type (of a generic, its definition's) */
    void (*classConstructor)(void);     /* 120: runs the class constructor once (FieldInfo, Invoke), NULL without one */
    int32_t instanceCount;              /* 128 */
    int32_t reserved3;
    const KReflectionMethod *instances; /* 136: compiled instantiations of the generic methods (MakeGenericMethod) */
    const void *baseType;               /* 144: a generic definition's base (it may be open: a signature), else NULL */
    const KType *declaringType;         /* 152: the enclosing type of a nested type (of a generic one, its definition) */
    /* later: nested types hang off here */
} KReflectionInfo;

/* A type over generic parameters in a slot of these tables (codegen OpenTypeSignatures, corelib TypeSignatures): the
 * compiler makes no descriptors for open types, so such a slot holds the address of this record plus one
 * (descriptors are 8-byte aligned). kind 1/2: a generic parameter of the type/method (index: its position; where
 * declared — a definition's genericArguments, a generic method definition's — also its name, GenericParameterAttributes
 * in flags and its constraints in items); 3: an array of target (index: 0 for a vector, else the rank); 4: an
 * instantiation of the definition whose descriptor is target over items; 5: a by-ref to target. */
typedef struct KReflectionSignature {
    int32_t kind;
    int32_t index;
    const void *target;
    const char *name;
    int32_t count;
    uint32_t flags;
    const void *const *items;
} KReflectionSignature;

/* An assembly (codegen AssemblyRecords): one per assembly and output; Assembly objects are keyed by name. */
typedef struct KReflectionAssembly {
    const char *name;                   /*  0: the simple name */
    int32_t version[4];                 /*  8: major, minor, build, revision */
    int32_t attributeCount;             /* 24 */
    int32_t reserved;
    const struct KReflectionAttribute *attributes; /* 32: the assembly's custom attributes (owner 0) */
    int32_t resourceCount;              /* 40 */
    int32_t reserved2;
    const struct { const char *name; int64_t length; const uint8_t *data; } *resources; /* 48: embedded resources */
    const char *moduleName;             /* 56: the manifest module's name (Module.Name, ScopeName) */
    int32_t peKind;                     /* 64: Module.GetPEKind's PortableExecutableKinds */
    int32_t machine;                    /* 68: the PE header's Machine (ImageFileMachine) */
} KReflectionAssembly;

/* A custom attribute (codegen CustomAttributeRecords; decoded by corelib System.Reflection.AttributeReader). owner:
 * the kind in bits 28-31 (0 the type, 1 a method, 2 a field, 3 a property, 4 an event, 5 a parameter, 6 a generic
 * parameter), the member's index in the type's lists in bits 8-27 (a generic parameter's: 0 the definition's own,
 * 1 + the method's index a generic method's), a parameter's sequence number (0: the return value) or a generic
 * parameter's position in bits 0-7. data: the
 * arguments in typesystem CustomAttributeTranscoder's format; types: the descriptors it indexes. */
typedef struct KReflectionAttribute {
    const KType *type;                  /*  0: the attribute type */
    int32_t constructor;                /*  8: its constructor's index in that type's methods */
    int32_t owner;                      /* 12 */
    int32_t length;                     /* 16: bytes of data */
    int32_t typeCount;                  /* 20 */
    const uint8_t *data;                /* 24 */
    const KType *const *types;          /* 32 */
} KReflectionAttribute;

typedef struct KReflectionTypes {
    int32_t count;
    int32_t entryType;                  /* 1 + the entry of Main's declaring type, 0 without one (Assembly.GetEntryAssembly) */
    struct { const KType *type; const KReflectionInfo *info; } entries[];
} KReflectionTypes;

/* An image's instantiations of generic methods declared by types another image describes (kiln.reflection_foreign_
 * instances, codegen ReflectionTables.defineForeignInstances): Enumerable.Where<int> compiled by a program's image is
 * not in the core-library image's table of Enumerable. Records as KReflectionInfo.instances; definition indexes into
 * the describing image's methods. */
typedef struct KReflectionForeignInstances {
    int32_t count;
    int32_t reserved;
    struct { const KType *type; int32_t count; int32_t reserved; const KReflectionMethod *instances; } entries[];
} KReflectionForeignInstances;

typedef struct KImage {
    uint32_t magic;                           /* KILN_IMAGE_MAGIC */
    uint32_t runtimeAbi;                      /* KILN_RUNTIME_ABI the image was compiled for */
    KProgram program;                         /* the parts this image provides; NULL for the others */
} KImage;

/* ---- Runtime entry points the generated code calls ---- */

/* Allocate a zeroed object of type t (t->baseSize bytes); atomic when t lacks KTYPE_HAS_REFS. */
void    *kiln_gc_alloc(const KType *t);
/* kiln_gc_alloc for a KTYPE_FINALIZABLE type: the object is also registered for finalization (finalizer.c). */
void    *kiln_gc_alloc_finalizable(const KType *t);
/* Allocate a zeroed single-dimensional array of `arrayType` with `length` elements. */
KArray  *kiln_gc_alloc_array(const KType *arrayType, int32_t length);
/* A new array of source's type with `length` elements whose first `count` are source's (count <= source's length
 * and <= length): a growing collection's next array, with only the part not copied cleared. */
KArray  *kiln_gc_alloc_array_resized(const KArray *source, int32_t count, int32_t length);
/* Allocate a multi-dimensional array; lowerBounds may be NULL (all zero). Negative lengths throw OverflowException. */
KMdArray *kiln_gc_alloc_mdarray(const KType *arrayType, int32_t rank, const int32_t *lengths, const int32_t *lowerBounds);
/* Allocated bytes so far (GC counters), for benchmarks and GC.GetTotalAllocatedBytes. */
int64_t  kiln_gc_total_allocated(void);

/* Strings. */
KString *kiln_string_alloc(int32_t length);                       /* zeroed, length units */
KString *kiln_string_from_utf8(const char *utf8, size_t byteCount);
/* Write s as UTF-8 into a malloc'd, 0-terminated buffer (caller frees). */
char    *kiln_string_to_utf8(const KString *s, size_t *outLength);

/* Console: buffered, flushed at exit and when a newline is written to a terminal. */
void     kiln_console_write_utf16(int fd, const uint16_t *chars, int32_t length);
void     kiln_console_flush(void);

/*
 * Exceptions: zero-cost unwinding with the platform unwinder (exceptions.c). A throw no frame catches prints
 * "Unhandled exception. <Type>: <Message>" to stderr and exits with code 134, as .NET on Linux. Runtime-detected
 * failures (null reference, index out of range, invalid cast, divide by zero, overflow) call
 * kiln_ex_throw_builtin with a KILN_EX_* code, which throws the managed exception object that the compiler-emitted
 * kiln_ex_create_builtin(code) returns.
 */
enum {
    KILN_EX_NULL_REFERENCE = 1,
    KILN_EX_INDEX_OUT_OF_RANGE = 2,
    KILN_EX_INVALID_CAST = 3,
    KILN_EX_DIVIDE_BY_ZERO = 4,
    KILN_EX_OVERFLOW = 5,
    KILN_EX_OUT_OF_MEMORY = 6,
    KILN_EX_ARRAY_TYPE_MISMATCH = 7,
    KILN_EX_ARITHMETIC = 8
};
/* A thrown exception travels as {struct _Unwind_Exception, KObject *object}; landing pads read the object here. */
#define KILN_EXCEPTION_OBJECT_OFFSET 32
/* The personality routine named by every function with landing pads. */
#define KILN_PERSONALITY kiln_personality

/* System.Exception declares `string _message` as its first instance field: it sits right after the header. */
#define KILN_EXCEPTION_MESSAGE_OFFSET 8
#define KILN_EXCEPTION_INNER_OFFSET 16  /* Exception._innerException, its second field */
_Noreturn void kiln_ex_throw(KObject *exception);
/* IL rethrow: the trace of the exception's throw goes on; a dispatched throw (a runtime-async caller resuming with
 * its callee's failure) starts a new leg after the earlier ones, as .NET's ExceptionDispatchInfo. */
_Noreturn void kiln_ex_rethrow(KObject *exception);
_Noreturn void kiln_ex_throw_dispatched(KObject *exception);
_Noreturn void kiln_ex_throw_builtin(int32_t code);

/*
 * Runtime async (async.c; shared/runtime-async.md §4). An async variant takes a resume continuation (NULL on a fresh
 * call) as its last argument and returns {result, suspend continuation}; a non-NULL continuation means it suspended.
 * A continuation is one suspended frame: the fixed part below, then the awaited result at
 * KILN_CONTINUATION_RESULT_OFFSET, then the frame's saved values, laid out by the compiler per suspension point.
 * Chains link inward-out: the innermost continuation (a leaf, made by what really waits) points to the frame that
 * awaits it, and so on up to a root that completes a task.
 *
 * resume(k) runs frame k once more: it returns NULL when the frame finished (its result written to *resultDest,
 * or its exception stored in parent->exception) and the continuation it suspended on otherwise. kiln_async_run
 * drives a chain from a leaf outward in a loop, so resuming N nested frames takes no native stack.
 */
typedef struct KContinuation KContinuation;
struct KContinuation {
    KContinuation *(*resume)(KContinuation *self); /*  0 */
    KContinuation *parent;                         /*  8: the awaiting frame, NULL for a root */
    void          *resultDest;                     /* 16: where the result goes (inside parent), or NULL */
    KObject       *exception;                      /* 24: set when the awaited child failed */
    int32_t        state;                          /* 32: the suspension point the frame waits at */
    int32_t        capacity;                       /* 36: bytes allocated (a resumed frame may reuse it) */
};
#define KILN_CONTINUATION_RESULT_OFFSET 40
KContinuation *kiln_async_new_continuation(int32_t size);
void kiln_async_run(KContinuation *leaf);

/*
 * Casting (casting.c). A constructed type's `interfaces` field points to its interface map:
 * {int32 count, int32 0, {const KType *interface, void **slots}[count]}, slots in the interface's method order.
 */
int32_t kiln_cast_is_assignable(const KType *from, const KType *to);
/* The interface-map entry ({interface, slots}) through which type serves a variant interface it does not list. */
const void *kiln_cast_variant_entry(const KType *type, const KType *interface);
void     kiln_cast_check_array_store(KArray *array, KObject *value);
int32_t kiln_cast_unbox_compatible(const KType *actual, const KType *underlying, int32_t elementType);

/*
 * P/Invoke (pinvoke.c). A stub calls kiln_pinvoke_resolve while its cached function pointer is NULL: it loads the
 * library (.NET's names for it on Linux) and looks up the entry point, stores it in *cache and returns it, or
 * returns NULL after recording a failure whose kind (KILN_PINVOKE_*, the core library's ThrowHelpers kinds) and
 * .NET message the stub throws. Strings cross as malloc'd copies freed with kiln_pinvoke_free after the call.
 */
enum { KILN_PINVOKE_DLL_NOT_FOUND = 5, KILN_PINVOKE_ENTRY_POINT_NOT_FOUND = 6 };
void    *kiln_pinvoke_resolve(void **cache, const char *library, const char *entryPoint);
int32_t  kiln_pinvoke_failure_kind(void);
KString *kiln_pinvoke_failure_message(void);
char    *kiln_pinvoke_string_to_utf8(const KString *s);     /* NULL for null */
uint16_t *kiln_pinvoke_string_to_utf16(const KString *s);   /* NULL for null */
void     kiln_pinvoke_free(void *p);
/* A returned native string (NULL gives null) becomes a managed string and is freed, as .NET does. */
KString *kiln_pinvoke_take_utf8(char *s);
KString *kiln_pinvoke_take_utf16(uint16_t *s);
/* SetLastError=true: errno is cleared before the call and saved after it for Marshal.GetLastPInvokeError. */
void     kiln_pinvoke_clear_errno(void);
void     kiln_pinvoke_save_errno(void);

/*
 * Delegates as native function pointers (callbacks.c). kiln_delegate_to_native gives the delegate's trampoline, which
 * calls reverseStub (the compiler's native-signature stub of the delegate's type) with the delegate in r10; the
 * delegate stays alive from then on. An exception escaping the delegate fails fast in its stub's landing pad.
 */
void    *kiln_delegate_to_native(KObject *delegate, void *reverseStub); /* NULL for null */
_Noreturn void kiln_ex_escaped_native_callback(void *thrown);
/* Called first by every reverse stub: registers a thread the runtime did not start (a native library's own pthread)
 * with the collector, which unregisters it when the thread ends (gc_threads.c). Cheap for known threads. */
void kiln_gc_attach_callback_thread(void);

/*
 * Class constructors under threads (typeinit.c). A type's cctor flag (one byte the compiler emits) is
 * KILN_TYPEINIT_NOT_STARTED, _DONE or _FAILED; code reads it with an acquire load and calls the type's runner unless
 * it is _DONE. The runner calls kiln_typeinit_begin: _DONE (initialized, or this thread is initializing it, or
 * waiting would close a cycle of threads), _FAILED (throw the saved TypeInitializationException) or _RUN (this
 * thread runs the class constructor now and reports the outcome, _DONE or _FAILED, with kiln_typeinit_end).
 */
enum { KILN_TYPEINIT_NOT_STARTED = 0, KILN_TYPEINIT_DONE = 1, KILN_TYPEINIT_FAILED = 2, KILN_TYPEINIT_RUN = 3 };
int32_t kiln_typeinit_begin(uint8_t *flag);
void    kiln_typeinit_end(uint8_t *flag, int32_t state);

/*
 * [ThreadStatic] fields (threadstatics.c). Each such field has a slot: a uint32 index, KILN_THREAD_STATIC_UNASSIGNED
 * until the field is first used. Each thread has a table (kiln_thread_statics; never NULL) of one block per index,
 * the field's storage on that thread: zeroed, scanned by the collector, allocated at the thread's first use.
 * Compiled code reads entries[index] when index < count and the entry is set, else calls kiln_thread_static_address.
 */
#define KILN_THREAD_STATIC_UNASSIGNED 0xFFFFFFFFu
typedef struct KThreadStatics {
    uint64_t count;
    void *entries[];
} KThreadStatics;
extern __thread KThreadStatics *kiln_thread_statics;
void *kiln_thread_static_address(uint32_t *slot, uint32_t size);

/* Fatal runtime failure with a message (not a managed exception). */
_Noreturn void kiln_rt_fail(const char *message);

#endif /* KILN_H */
