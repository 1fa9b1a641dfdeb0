package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.ElementType;
import dev.kiln.typesystem.metadata.MetadataFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root of the type system: loaded modules, the core library, well-known types, layouts and vtables.
 * One instance per compilation; modules loaded from files may be shared through a {@link ModuleCache}.
 */
public final class TypeSystem {
    private final AssemblyResolver resolver;
    private final ModuleCache cache;
    private final Map<String, EcmaModule> modulesByName = new HashMap<>();
    private final List<EcmaModule> modules = new ArrayList<>();
    private final EcmaModule coreLibrary;
    private final Map<WellKnownType, TypeDesc> wellKnown = new EnumMap<>(WellKnownType.class);
    private final Map<TypeDesc, TypeLayout> layouts = new ConcurrentHashMap<>();
    private final Map<TypeDesc, VirtualMethodTable> vtables = new ConcurrentHashMap<>();
    private final Map<Integer, GenericParameterType> genericParameters = new ConcurrentHashMap<>();
    private final Map<TypeDesc, Object> loadChecks = new ConcurrentHashMap<>();

    public TypeSystem(Path coreLibraryPath, AssemblyResolver resolver, ModuleCache cache) {
        this.resolver = resolver;
        this.cache = cache;
        this.coreLibrary = load(coreLibraryPath);
    }

    public TypeSystem(Path coreLibraryPath, AssemblyResolver resolver) {
        this(coreLibraryPath, resolver, new ModuleCache());
    }

    private TypeSystem(MetadataFile coreLibrary, AssemblyResolver resolver) {
        this.resolver = resolver;
        this.cache = new ModuleCache();
        EcmaModule module = new EcmaModule(this, coreLibrary, null);
        modulesByName.put(module.assemblyName().toLowerCase(), module);
        modules.add(module);
        this.coreLibrary = module;
    }

    /** A type system over an already-read core library (tools and tests). */
    public static TypeSystem forCoreLibrary(MetadataFile coreLibrary, AssemblyResolver resolver) {
        return new TypeSystem(coreLibrary, resolver);
    }

    /** Loads (or returns the already loaded) assembly at path. */
    public synchronized EcmaModule load(Path path) {
        return load(cache.metadata(path), path);
    }

    /** Adds an already-read assembly (tools and tests); path may be null. */
    public synchronized EcmaModule load(MetadataFile md, Path path) {
        EcmaModule module = new EcmaModule(this, md, path);
        EcmaModule existing = modulesByName.get(module.assemblyName().toLowerCase());
        if (existing != null) {
            return existing;
        }
        modulesByName.put(module.assemblyName().toLowerCase(), module);
        modules.add(module);
        return module;
    }

    public synchronized List<EcmaModule> modules() {
        return List.copyOf(modules);
    }

    public EcmaModule coreLibraryModule() {
        return coreLibrary;
    }

    public boolean isCoreLibraryType(TypeDesc t) {
        return t instanceof EcmaType e && e.module() == coreLibrary;
    }

    /** Resolves an assembly reference by simple name; the core library answers to its own name and to mscorlib-style facades later. */
    public synchronized EcmaModule resolveAssembly(String simpleName, EcmaModule requester) {
        EcmaModule m = modulesByName.get(simpleName.toLowerCase());
        if (m != null) {
            return m;
        }
        Path path = resolver.find(simpleName);
        if (path == null) {
            String display = requester.referenceDisplayName(simpleName);
            throw new TypeLoadException(requester.displayName() + ": referenced assembly '" + simpleName
                    + "' not found (pass it with -r or put it next to the input)",
                    new MissingItem(MissingItem.Kind.ASSEMBLY, simpleName, null, "Could not load file or assembly '" + display
                            + "'. The system cannot find the file specified."));
        }
        return load(path);
    }

    public synchronized TypeDesc wellKnown(WellKnownType w) {
        TypeDesc t = wellKnown.get(w);
        if (t == null) {
            t = coreLibrary.findType(w.namespace(), w.typeName());
            if (t == null) {
                throw new TypeLoadException(coreLibrary.displayName() + ": core library lacks " + w.namespace() + "." + w.typeName());
            }
            wellKnown.put(w, t);
        }
        return t;
    }

    public TypeDesc primitive(ElementType e) {
        switch (e) {
            case VOID: return wellKnown(WellKnownType.VOID);
            case BOOLEAN: return wellKnown(WellKnownType.BOOLEAN);
            case CHAR: return wellKnown(WellKnownType.CHAR);
            case I1: return wellKnown(WellKnownType.SBYTE);
            case U1: return wellKnown(WellKnownType.BYTE);
            case I2: return wellKnown(WellKnownType.INT16);
            case U2: return wellKnown(WellKnownType.UINT16);
            case I4: return wellKnown(WellKnownType.INT32);
            case U4: return wellKnown(WellKnownType.UINT32);
            case I8: return wellKnown(WellKnownType.INT64);
            case U8: return wellKnown(WellKnownType.UINT64);
            case R4: return wellKnown(WellKnownType.SINGLE);
            case R8: return wellKnown(WellKnownType.DOUBLE);
            case I: return wellKnown(WellKnownType.INTPTR);
            case U: return wellKnown(WellKnownType.UINTPTR);
            case STRING: return wellKnown(WellKnownType.STRING);
            case OBJECT: return wellKnown(WellKnownType.OBJECT);
            case TYPEDBYREF: return wellKnown(WellKnownType.TYPEDREFERENCE);
            default: throw new TypeLoadException("element type " + e + " is not a primitive type");
        }
    }

    private final Map<List<Object>, InstantiatedType> instantiatedTypes = new ConcurrentHashMap<>();
    private final Map<List<Object>, InstantiatedMethod> instantiatedMethods = new ConcurrentHashMap<>();

    /**
     * Deepest nesting of instantiations and arrays an ahead-of-time compilation accepts. Code that instantiates
     * itself over ever larger types (Nest&lt;T&gt; calling Nest&lt;List&lt;T&gt;&gt;) has no finite set of
     * instantiations; it reaches this limit instead of running forever.
     */
    public static final int MAX_GENERIC_NESTING = 32;

    static int nesting(TypeDesc type) {
        if (type instanceof InstantiatedType i) {
            return i.nesting();
        }
        return type instanceof ParameterizedType p ? p.nesting() : 0;
    }

    static int nesting(List<TypeDesc> types) {
        int max = 0;
        for (TypeDesc t : types) {
            max = Math.max(max, nesting(t));
        }
        return max;
    }

    private static void checkNesting(String what, List<TypeDesc> arguments) {
        if (nesting(arguments) >= MAX_GENERIC_NESTING) {
            throw new TypeLoadException(what + " is instantiated over types nested more than " + MAX_GENERIC_NESTING
                    + " levels deep: generic code that instantiates itself over ever larger types cannot be compiled"
                    + " ahead of time");
        }
    }

    /** The canonical instantiation of a generic type definition. */
    public InstantiatedType instantiate(EcmaType definition, List<TypeDesc> arguments) {
        int expected = definition.module().metadata().genericParams(definition.token()).length;
        if (expected != arguments.size()) {
            throw new TypeLoadException(definition.module().displayName() + ": " + definition.fullName() + " takes "
                    + expected + " type arguments, not " + arguments.size());
        }
        checkNesting(definition.fullName(), arguments);
        List<Object> key = new ArrayList<>(arguments.size() + 1);
        key.add(definition);
        key.addAll(arguments);
        return instantiatedTypes.computeIfAbsent(key, k -> new InstantiatedType(definition, arguments));
    }

    /** The canonical instantiation of a generic method. */
    public InstantiatedMethod instantiate(MethodDesc genericMethod, List<TypeDesc> arguments) {
        if (genericMethod.signature().genericParameterCount() != arguments.size()) {
            throw new TypeLoadException(genericMethod.location() + " takes " + genericMethod.signature().genericParameterCount()
                    + " method type arguments, not " + arguments.size());
        }
        checkNesting(genericMethod.location(), arguments);
        List<Object> key = new ArrayList<>(arguments.size() + 1);
        key.add(genericMethod);
        key.addAll(arguments);
        return instantiatedMethods.computeIfAbsent(key, k -> new InstantiatedMethod(genericMethod, arguments));
    }

    private final Map<List<Object>, MdArrayType> mdArrays = new ConcurrentHashMap<>();
    private final Map<MethodSignature, FunctionPointerType> functionPointers = new ConcurrentHashMap<>();

    public MdArrayType makeMdArray(TypeDesc element, int rank) {
        return mdArrays.computeIfAbsent(List.of(element, rank), k -> new MdArrayType(element, rank));
    }

    public FunctionPointerType makeFunctionPointer(MethodSignature signature) {
        return functionPointers.computeIfAbsent(signature, k -> new FunctionPointerType(this, signature));
    }

    private final Map<MethodDesc, AsyncVariant> asyncVariants = new ConcurrentHashMap<>();

    /** The async variant of a Task/ValueTask-returning method, or null for other methods. Canonical per method. */
    public AsyncVariant asyncVariantOf(MethodDesc method) {
        if (method instanceof AsyncVariant || !TypeLoading.signatureLoads(method)) {
            return null;
        }
        TypeDesc result = TaskTypes.resultType(method.signature().returnType());
        if (result == null) {
            return null;
        }
        return asyncVariants.computeIfAbsent(method, m -> new AsyncVariant(m, result));
    }

    GenericParameterType genericParameter(boolean method, int index) {
        return genericParameters.computeIfAbsent((method ? 1 << 30 : 0) | index, k -> new GenericParameterType(this, method, index));
    }

    private static final ThreadLocal<java.util.Set<TypeDesc>> LAYING_OUT = ThreadLocal.withInitial(java.util.HashSet::new);

    public TypeLayout layoutOf(TypeDesc type) {
        TypeLayout l = layouts.get(type);
        if (l == null) {
            java.util.Set<TypeDesc> inProgress = LAYING_OUT.get();
            if (!inProgress.add(type)) {
                throw new TypeLoadException("value type " + type.fullName() + " contains itself (a field of its own type)");
            }
            try {
                l = TypeLayout.compute(type);
            } finally {
                inProgress.remove(type);
            }
            layouts.putIfAbsent(type, l);
        }
        return l;
    }

    /** What {@link TypeLoading} found for each type it checked (loadable, or the failure). */
    Map<TypeDesc, Object> loadChecks() {
        return loadChecks;
    }

    public VirtualMethodTable vtableOf(TypeDesc type) {
        VirtualMethodTable v = vtables.get(type);
        if (v == null) {
            v = VirtualMethodTable.compute(type);
            vtables.putIfAbsent(type, v);
        }
        return v;
    }
}
