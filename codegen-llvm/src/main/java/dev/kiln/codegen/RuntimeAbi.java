package dev.kiln.codegen;

/** Numbers shared with runtime-c/include/kiln.h. Change both together. */
public final class RuntimeAbi {
    private RuntimeAbi() {
    }

    public static final int OBJECT_HEADER_SIZE = 8;
    public static final int STRING_LENGTH_OFFSET = 8;
    public static final int STRING_CHARS_OFFSET = 12;
    public static final int ARRAY_LENGTH_OFFSET = 8;
    public static final int ARRAY_DATA_OFFSET = 16;

    /** KType field offsets. */
    public static final int TYPE_BASE_OFFSET = 0;
    public static final int TYPE_GC_DESCRIPTOR_OFFSET = 8;
    public static final int TYPE_VTABLE_OFFSET = 80;

    /** Boehm's mark descriptors (gc_mark.h) and the runtime's mark procedure (kiln.h KILN_GC_MARK_*). */
    public static final long GC_DS_LENGTH = 0;
    public static final long GC_DS_BITMAP = 1;
    public static final long GC_DS_PROC = 2;
    public static final int GC_DS_TAG_BITS = 2;
    public static final int GC_LOG_MAX_MARK_PROCS = 6;
    public static final int GC_MARK_PROC_INDEX = 8;
    public static final int GC_MARK_ENV_ARRAY = 0;
    public static final int GC_MARK_ENV_OFFSETS = 1;

    /** Where the managed exception object sits in the unwinder's exception header (after _Unwind_Exception). */
    public static final int EXCEPTION_OBJECT_OFFSET = 32;

    /** Class-constructor states (kiln.h KILN_TYPEINIT_*): the flag's values, and what kiln_typeinit_begin answers. */
    public static final int TYPEINIT_DONE = 1;
    public static final int TYPEINIT_FAILED = 2;
    public static final int TYPEINIT_RUN = 3;

    /** [ThreadStatic] fields (kiln.h): a slot's value before the field has an index, and each thread's table. */
    public static final int THREAD_STATIC_UNASSIGNED = 0xFFFFFFFF;
    public static final String THREAD_STATICS_TABLE = "kiln_thread_statics";
    /** KThreadStatics: the entry count, then the entries. */
    public static final int THREAD_STATICS_ENTRIES_OFFSET = 8;
    public static final String PERSONALITY = "kiln_personality";

    /** KContinuation (kiln.h): resume, parent, resultDest, exception, state; the awaited result at 40. */
    public static final int CONTINUATION_PARENT_OFFSET = 8;
    public static final int CONTINUATION_RESULT_DEST_OFFSET = 16;
    public static final int CONTINUATION_EXCEPTION_OFFSET = 24;
    public static final int CONTINUATION_STATE_OFFSET = 32;
    public static final int CONTINUATION_CAPACITY_OFFSET = 36;
    public static final int CONTINUATION_RESULT_OFFSET = 40;

    public static final int KTYPE_VALUETYPE = 1;
    public static final int KTYPE_ARRAY = 1 << 1;
    public static final int KTYPE_STRING = 1 << 2;
    public static final int KTYPE_HAS_REFS = 1 << 3;
    public static final int KTYPE_INTERFACE = 1 << 4;
    public static final int KTYPE_ABSTRACT = 1 << 5;
    public static final int KTYPE_GENERIC_DEFINITION = 1 << 8;
    /** Value types that .NET's marshaller copies as they are (Marshal.SizeOf and StructureToPtr read it). */
    public static final int KTYPE_BLITTABLE = 1 << 9;
    public static final int KTYPE_ELEM_REFS = 1 << 6;
    public static final int KTYPE_MDARRAY = 1 << 7;
    /** Classes overriding Object.Finalize: allocated through kiln_gc_alloc_finalizable (il Finalizers). */
    public static final int KTYPE_FINALIZABLE = 1 << 10;
    /** Finalizable types deriving from CriticalFinalizerObject: finalized after the others of the same pass. */
    public static final int KTYPE_CRITICAL_FINALIZER = 1 << 11;
    /** An instantiation of a generic type: Type.IsGenericType. */
    public static final int KTYPE_GENERIC_INSTANCE = 1 << 12;
    /** The type's TypeAttributes in the flags' free bits (DescriptorTypeAttributes): BeforeFieldInit, the string
     *  format (Ansi/Unicode/Auto class) and the low 16 bits (visibility, layout, semantics, sealed, serializable...). */
    public static final int KTYPE_BEFORE_FIELD_INIT = 1 << 13;
    public static final int KTYPE_STRING_FORMAT_SHIFT = 14;
    public static final int KTYPE_ATTRIBUTES_SHIFT = 16;

    public static final int EX_NULL_REFERENCE = 1;
    public static final int EX_INDEX_OUT_OF_RANGE = 2;
    public static final int EX_INVALID_CAST = 3;
    public static final int EX_DIVIDE_BY_ZERO = 4;
    public static final int EX_OVERFLOW = 5;
    public static final int EX_OUT_OF_MEMORY = 6;
    public static final int EX_ARRAY_TYPE_MISMATCH = 7;
    public static final int EX_ARITHMETIC = 8;

    public static final String MANAGED_MAIN = "kiln_managed_main";
    /** The KProgram an executable defines for its main() (kiln.h). */
    public static final String PROGRAM = "kiln_program";
    /** The KImage an image defines for the loader (kiln.h), and its magic and runtime ABI version. */
    public static final String IMAGE = "kiln_image";
    public static final int IMAGE_MAGIC = 0x4B494D47;
    public static final int RUNTIME_ABI = 10; // 3: KType.gcDescriptor at 8, element at 72; 4: KProgram.unhandledException, finalizable types; 5: KTYPE_GENERIC_INSTANCE, reflection tables; 6: KReflectionInfo.attributes; 7: KProgram.describeException; 8: KReflectionInfo.baseType, signature records; 9: kiln.gvms, kiln_gvm_find; 10: TypeAttributes in KType.flags, KReflectionInfo.declaringType, member tokens
    public static final int IMAGE_FORMAT_MAJOR = 1;
    /** An image's table of the readable names of the methods it exports (runtime-c/stacktrace.c). */
    public static final String IMAGE_METHOD_NAMES = "kiln.names";
    public static final String IMAGE_ENUM_ARRAYS = "kiln.enumarrays";
    /** The overrides of generic virtual methods an image compiled (kiln.h KGenericVirtuals, runtime-c generic_virtuals.c). */
    public static final String IMAGE_GENERIC_VIRTUALS = "kiln.gvms";
    /** The delegate types an executable marshals with their stubs (runtime-c callbacks.c KMarshalledDelegates). */
    public static final String MARSHALLED_DELEGATES = "kiln_marshalled_delegates";
    /** The same table of one image, which the loader hands to callbacks.c. */
    public static final String IMAGE_MARSHALLED_DELEGATES = "kiln.marshalled_delegates";
    /** The reflection metadata of an executable's reflectable types (kiln.h KReflectionTypes, runtime-c reflection.c). */
    public static final String REFLECTION_TYPES = "kiln_reflection_types";
    /** The same table of one image, for its own types, which the loader hands to reflection.c. */
    public static final String IMAGE_REFLECTION_TYPES = "kiln.reflection_types";
    /** In an image: its instantiations of generic methods of other images' types (kiln.h KReflectionForeignInstances). */
    public static final String IMAGE_REFLECTION_FOREIGN_INSTANCES = "kiln.reflection_foreign_instances";
    public static final int IMAGE_FORMAT_MINOR = 2; // 1: bubble and import lines; 2: MVIDs
    public static final String TYPE_SYMBOL_PREFIX = "kiln_type_";
    public static final String ICALL_PREFIX = "kiln_icall_";

    /** The C function an internal call binds to: kiln_icall_Namespace_Type_Method. */
    public static String internalCallSymbol(String typeFullName, String methodName) {
        return ICALL_PREFIX + (typeFullName + "_" + methodName).replace('.', '_').replace('+', '_');
    }
}
