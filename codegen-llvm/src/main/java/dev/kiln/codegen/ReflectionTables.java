package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.EcmaField;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The reflection metadata of the types the dependency graph made reflectable (kiln.h KReflectionInfo), and the table
 * that lists them (kiln_reflection_types, or kiln.reflection_types in an image). Defined at the end, when it is known
 * which methods were compiled: those get their entry point and the invoke stub of their signature's shape
 * ({@link InvokeStubs}); the others are listed with neither. Names are shared UTF-8 strings.
 */
final class ReflectionTables {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final InvokeStubs stubs;
    private final AssemblyRecords assemblies;
    private final Set<TypeDesc> types = new LinkedHashSet<>();
    private final Map<String, LLVMValueRef> names = new HashMap<>();
    private final Map<List<Object>, LLVMValueRef> parameterTypes = new HashMap<>();
    private final Map<List<Object>, LLVMValueRef> parameterNameArrays = new HashMap<>();
    private final OpenTypeSignatures signatures;

    ReflectionTables(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.llvm();
        this.stubs = new InvokeStubs(ctx);
        this.assemblies = new AssemblyRecords(ctx);
        this.signatures = new OpenTypeSignatures(m, this::closedDescriptor, this::name);
    }

    /** Describes type, unless another image defines it (that image's table does). */
    synchronized void add(TypeDesc type) {
        if (ctx.linkage.defines(type)) {
            types.add(type);
        }
    }

    /** Generic method instantiations of other images' types that a method handle of this output names. */
    private final Set<MethodDesc> foreignHandles = new LinkedHashSet<>();

    /** A method handle names method (MemberHandleConstants): another image's table cannot list this output's instantiation. */
    synchronized void namedByHandle(MethodDesc method) {
        if (method instanceof dev.kiln.typesystem.InstantiatedMethod && method.owningType() instanceof EcmaType owner
                && !ctx.linkage.defines(owner)) {
            foreignHandles.add(method);
        }
    }

    private MethodDesc entryPoint;

    /** The program's Main: Assembly.GetEntryAssembly names its assembly (kiln_reflection_entry_assembly). */
    void entryPoint(MethodDesc main) {
        entryPoint = main;
    }

    /** Emits every type's metadata and the table naming them (types sorted by name: deterministic output). */
    void defineTable(String symbol) {
        // also with an empty table: in image mode the images describe the program's types
        if (entryPoint != null && entryPoint.owningType() instanceof EcmaType e) {
            LLVMValueRef name = LLVMAddGlobal(m.module, m.ptr, "kiln_reflection_entry_assembly");
            LLVMSetInitializer(name, m.cString(".reflname.entry", e.module().assemblyName()));
            LLVMSetGlobalConstant(name, 1);
        }
        List<TypeDesc> sorted = new ArrayList<>(types);
        sorted.sort(java.util.Comparator.comparing(TypeDesc::fullName));
        LLVMValueRef[] entries = new LLVMValueRef[sorted.size()];
        for (int i = 0; i < entries.length; i++) {
            describing = i;
            entries[i] = m.constStruct(ctx.descriptors.get(sorted.get(i)), info(sorted.get(i), "kiln.refl." + i));
        }
        // the entry of Main's type, plus one (0: none): an image that holds the program names its entry assembly so
        int entryType = entryPoint == null ? 0 : sorted.indexOf(entryPoint.owningType()) + 1;
        LLVMValueRef table = m.constStruct(m.constI32(entries.length), m.constI32(entryType),
                m.constArray(m.structType(m.ptr, m.ptr), entries));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(table), symbol);
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
        measure(sorted);
    }

    /**
     * In an image: the instantiations it compiled of generic methods declared by other images' types that its method
     * handles name (a tree's Enumerable.Where<int>: the core-library image's table lists only the instantiations it
     * compiled itself), as {descriptor, count, records} per type (kiln.h KReflectionForeignInstances). The core library
     * appends them to the type's Instances; their definition indexes are into the same member list
     * (ReflectableMembers.methods), which depends only on the type's metadata.
     */
    void defineForeignInstances(String symbol) {
        Map<TypeDesc, List<MethodDesc>> byType = new java.util.TreeMap<>(java.util.Comparator.comparing(TypeDesc::fullName));
        for (MethodDesc method : foreignHandles) {
            if (ctx.linkage.owns(method) && ctx.functions.isDefined(method) && describedSignature(method)) {
                byType.computeIfAbsent(method.owningType(), t -> new ArrayList<>()).add(method);
            }
        }
        List<LLVMValueRef> entries = new ArrayList<>();
        LLVMTypeRef entryType = m.structType(m.ptr, m.i32, m.i32, m.ptr);
        for (Map.Entry<TypeDesc, List<MethodDesc>> e : byType.entrySet()) {
            List<MethodDesc> methods = dev.kiln.typesystem.ReflectableMembers.methods(e.getKey());
            List<MethodDesc> instances = new ArrayList<>(e.getValue());
            instances.removeIf(i -> !methods.contains(((dev.kiln.typesystem.InstantiatedMethod) i).genericMethod()));
            if (instances.isEmpty()) {
                continue;
            }
            instances.sort(java.util.Comparator.comparing(MethodDesc::fullName));
            TypeDesc type = e.getKey();
            String prefix = "kiln.reflx." + entries.size();
            LLVMValueRef[] records = new LLVMValueRef[instances.size()];
            for (int i = 0; i < records.length; i++) {
                records[i] = method(instances.get(i), prefix + ".gm" + i, methods);
            }
            entries.add(m.constStruct(ctx.descriptors.get(type), m.constI32(records.length), m.constI32(0),
                    array(methodType(), records, prefix + ".instances")));
        }
        LLVMValueRef table = m.constStruct(m.constI32(entries.size()), m.constI32(0),
                m.constArray(entryType, entries.toArray(new LLVMValueRef[0])));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(table), symbol);
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
    }

    private final Map<TypeDesc, Long> sizes = new HashMap<>();
    /** Which type's table first needed each shared name string (they are counted with it). */
    private final Map<String, Integer> nameOwners = new HashMap<>();
    private int describing = -1;

    /**
     * The bytes of each type's metadata (--map, --report): its records, the arrays and strings it was the first to
     * need (parameter lists and names are shared), and its entry in the table of types. The assembly records (names,
     * attributes, embedded resources) are per assembly and not counted here.
     */
    long sizeOf(TypeDesc type) {
        return sizes.getOrDefault(type, 0L);
    }

    private void measure(List<TypeDesc> sorted) {
        long[] bytes = new long[sorted.size()];
        var layout = LLVMGetModuleDataLayout(m.module);
        for (LLVMValueRef g = LLVMGetFirstGlobal(m.module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            String name = LLVMGetValueName(g).getString();
            Integer owner = nameOwners.get(name);
            if (owner == null && name.startsWith("kiln.refl.")) {
                int end = name.indexOf('.', "kiln.refl.".length());
                String index = name.substring("kiln.refl.".length(), end < 0 ? name.length() : end);
                owner = index.chars().allMatch(Character::isDigit) && !index.isEmpty() ? Integer.valueOf(index) : null;
            }
            if (owner != null && owner < bytes.length) {
                bytes[owner] += LLVMABISizeOfType(layout, LLVMGlobalGetValueType(g));
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            sizes.put(sorted.get(i), bytes[i] + 2L * 8); // its {descriptor, info} entry in the table
        }
    }

    private LLVMValueRef info(TypeDesc type, String symbol) {
        List<MethodDesc> methods = dev.kiln.typesystem.ReflectableMembers.methods(type);
        LLVMValueRef[] methodEntries = new LLVMValueRef[methods.size()];
        for (int i = 0; i < methodEntries.length; i++) {
            methodEntries[i] = method(methods.get(i), symbol + ".m" + i, methods);
        }
        List<MethodDesc> instances = genericInstances(type, methods);
        LLVMValueRef[] instanceEntries = new LLVMValueRef[instances.size()];
        for (int i = 0; i < instanceEntries.length; i++) {
            instanceEntries[i] = method(instances.get(i), symbol + ".gm" + i, methods);
        }
        List<LLVMValueRef> fieldEntries = new ArrayList<>();
        for (FieldDesc f : dev.kiln.typesystem.ReflectableMembers.fields(type)) {
            fieldEntries.add(field(f));
        }
        LLVMValueRef properties = members(PropertiesAndEvents.properties(type), methods, symbol + ".p", true);
        LLVMValueRef events = members(PropertiesAndEvents.events(type), methods, symbol + ".e", false);
        List<TypeDesc> interfaces = new ArrayList<>(InterfaceResolution.allInterfaces(type));
        List<TypeDesc> arguments = type instanceof InstantiatedType it ? it.arguments() : List.of();
        boolean definition = isDefinition(type);
        LLVMValueRef argumentArray = definition ? typeParameters((EcmaType) type, symbol + ".args") : descriptors(arguments, symbol + ".args");
        int argumentCount = definition ? ((EcmaType) type).genericParameterCount() : arguments.size();
        // a definition's base may be open (Base<T>), which the descriptor cannot name: BaseType reads it here
        LLVMValueRef base = definition && type.baseType() != null && !type.isInterface() ? descriptor(type.baseType()) : m.nullPtr();
        // GetGenericTypeDefinition: none for an instantiation of another image's compiler-generated definition
        LLVMValueRef genericDefinition = type instanceof InstantiatedType it && ctx.linkage.canName(it.definition())
                ? ctx.descriptors.get(it.definition()) : m.nullPtr();
        int attributes = type instanceof EcmaType e ? e.flags() : type instanceof InstantiatedType it ? it.definition().flags() : 0;
        int token = type instanceof EcmaType e ? e.token() : type instanceof InstantiatedType it ? it.definition().token() : 0;
        LLVMValueRef info = m.constStruct(m.constI32(methodEntries.length), m.constI32(fieldEntries.size()),
                m.constI32(PropertiesAndEvents.properties(type).size()), m.constI32(PropertiesAndEvents.events(type).size()),
                array(methodType(), methodEntries, symbol + ".methods"),
                array(fieldType(), fieldEntries.toArray(new LLVMValueRef[0]), symbol + ".fields"), properties, events,
                m.constI32(attributes), m.constI32(interfaces.size()), descriptors(interfaces, symbol + ".ifaces"),
                m.constI32(argumentCount), m.constI32(token), argumentArray, genericDefinition,
                ctx.descriptors.isReferenced(type.makeArrayType()) ? ctx.descriptors.get(type.makeArrayType()) : m.nullPtr(),
                m.constI32(attributes(type, symbol).length), m.constI32(0), array(attributeType(), attributes(type, symbol), symbol + ".cattrs"),
                assemblies.of(type), classConstructor(type), m.constI32(instanceEntries.length), m.constI32(0),
                array(methodType(), instanceEntries, symbol + ".instances"), base, declaringType(type));
        return m.privateConstant(info, symbol);
    }

    /** A generic type definition (typeof(Box<>)): its members' signatures are in terms of its type parameters. */
    static boolean isDefinition(TypeDesc type) {
        return type instanceof EcmaType e && e.genericParameterCount() > 0;
    }

    /** A definition's type parameters with their names, attributes and constraints (its GetGenericArguments). */
    private LLVMValueRef typeParameters(EcmaType type, String symbol) {
        List<dev.kiln.typesystem.GenericParameterInfo> declared = type.genericParameters();
        LLVMValueRef[] values = new LLVMValueRef[type.genericParameterCount()];
        for (int i = 0; i < values.length; i++) {
            var p = i < declared.size() ? declared.get(i) : new dev.kiln.typesystem.GenericParameterInfo("T" + i, i, 0, List.of());
            values[i] = signatures.declaration(false, p, dev.kiln.typesystem.GenericContext.NONE);
        }
        return array(m.ptr, values, symbol);
    }

    /** Type.DeclaringType: the enclosing type's descriptor (ReflectionMetadataNode keeps it), or NULL. */
    private LLVMValueRef declaringType(TypeDesc type) {
        dev.kiln.typesystem.EcmaType enclosing = dev.kiln.typesystem.ReflectableMembers.declaringType(type);
        return enclosing != null && (enclosing.genericParameterCount() == 0 || ctx.linkage.canName(enclosing)) ? ctx.descriptors.get(enclosing) : m.nullPtr();
    }

    /**
     * The runner of the type's class constructor (once per process, TypeInitializationException after a failure), for
     * reflection's static field access and static invocation; NULL when there is none or it was not compiled.
     */
    private LLVMValueRef classConstructor(TypeDesc type) {
        MethodDesc cctor = isDefinition(type) ? null : type.staticConstructor();
        if (cctor == null || !ctx.linkage.owns(cctor) || !ctx.functions.isDefined(cctor)) {
            return m.nullPtr();
        }
        return ctx.classConstructorRunner(type).value();
    }

    private final Map<TypeDesc, LLVMValueRef[]> attributeRecords = new HashMap<>();

    /** The custom attributes of the type and its members (kiln.h KReflectionAttribute), built once per type. */
    private LLVMValueRef[] attributes(TypeDesc type, String symbol) {
        return attributeRecords.computeIfAbsent(type, t -> new CustomAttributeRecords(ctx).of(t, symbol));
    }

    private LLVMTypeRef attributeType() {
        return CustomAttributeRecords.recordType(m);
    }

    private LLVMTypeRef methodType() {
        return m.structType(m.ptr, m.ptr, m.ptr, m.ptr, m.ptr, m.ptr, m.i32, m.i32, m.i32, m.i32, m.ptr, m.ptr,
                m.i32, m.i32, m.ptr, m.i32, m.i32);
    }

    /** kiln.h KReflectionField.attributes: above the 16 bits of FieldAttributes, the field is volatile (modreq). */
    static final int VOLATILE_MODIFIER = 1 << 16;

    private LLVMTypeRef fieldType() {
        return m.structType(m.ptr, m.ptr, m.ptr, m.i64, m.i32, m.i32, m.i32, m.i32);
    }

    private Map<TypeDesc, List<MethodDesc>> compiledInstantiations;

    /**
     * The compiled instantiations of type's generic methods (MakeGenericMethod finds them), in a deterministic order:
     * those whose signature's types all have descriptors (Invoke needs them; the analysis gives the ones it keeps).
     */
    private List<MethodDesc> genericInstances(TypeDesc type, List<MethodDesc> methods) {
        if (compiledInstantiations == null) {
            compiledInstantiations = new HashMap<>();
            for (MethodDesc method : ctx.functions.definedMethods()) {
                if (method instanceof dev.kiln.typesystem.InstantiatedMethod im && ctx.linkage.owns(method)) {
                    compiledInstantiations.computeIfAbsent(im.owningType(), t -> new ArrayList<>()).add(method);
                }
            }
        }
        List<MethodDesc> found = new ArrayList<>();
        for (MethodDesc method : compiledInstantiations.getOrDefault(type, List.of())) {
            if (methods.contains(((dev.kiln.typesystem.InstantiatedMethod) method).genericMethod()) && describedSignature(method)) {
                found.add(method);
            }
        }
        found.sort(java.util.Comparator.comparing(MethodDesc::fullName));
        return found;
    }

    private boolean describedSignature(MethodDesc method) {
        List<TypeDesc> types = new ArrayList<>(method.signature().parameters());
        types.add(method.signature().returnType());
        for (TypeDesc t : types) {
            TypeDesc element = t instanceof dev.kiln.typesystem.ByRefType r ? r.elementType() : t;
            if (element.category() != TypeCategory.VOID && !ctx.descriptors.isReferenced(element)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Generic methods (kiln.h KReflectionMethod genericArgumentCount, definition, genericArguments): a definition
     * lists its type parameters' names, an instantiation its definition's index and its type arguments' descriptors.
     */
    private LLVMValueRef[] genericFields(MethodDesc method, List<MethodDesc> methods, String symbol) {
        if (method instanceof dev.kiln.typesystem.InstantiatedMethod im) {
            return new LLVMValueRef[] {m.constI32(im.arguments().size()), m.constI32(methods.indexOf(im.genericMethod())),
                    descriptors(im.arguments(), symbol + ".targs")};
        }
        if (method.isGenericMethodDefinition()) {
            List<String> names = dev.kiln.typesystem.ReflectableMembers.genericParameterNames(method);
            List<dev.kiln.typesystem.GenericParameterInfo> declared = method.typicalDefinition() instanceof EcmaMethod e
                    ? e.genericParameters() : List.of();
            // the constraints of a method of Box<int> name int where the metadata says !0
            var context = method.owningType() instanceof InstantiatedType it
                    ? new dev.kiln.typesystem.GenericContext(it.arguments(), List.of()) : dev.kiln.typesystem.GenericContext.NONE;
            LLVMValueRef[] values = new LLVMValueRef[names.size()];
            for (int i = 0; i < values.length; i++) {
                var p = i < declared.size() ? declared.get(i) : new dev.kiln.typesystem.GenericParameterInfo(names.get(i), i, 0, List.of());
                values[i] = signatures.declaration(true, p, context);
            }
            return new LLVMValueRef[] {m.constI32(values.length), m.constI32(-1), array(m.ptr, values, symbol + ".tparams")};
        }
        return new LLVMValueRef[] {m.constI32(0), m.constI32(-1), m.nullPtr()};
    }

    private LLVMValueRef method(MethodDesc method, String symbol, List<MethodDesc> methods) {
        var sig = method.signature();
        int count = sig.parameters().size();
        LLVMValueRef[] types = new LLVMValueRef[count];
        LLVMValueRef[] paramNames = new LLVMValueRef[count];
        int byRef = 0;
        for (int i = 0; i < count; i++) {
            TypeDesc p = sig.parameters().get(i);
            if (p instanceof dev.kiln.typesystem.ByRefType r) {
                byRef |= 1 << Math.min(i, 31);
                p = r.elementType();
            }
            types[i] = descriptor(p);
            paramNames[i] = name(parameterName(method, i));
        }
        // this output's own code only: not another image's, nor an available_externally copy of it (--inputbubble)
        boolean compiled = ctx.linkage.owns(method) && ctx.functions.isDefined(method) && !method.isInternalCall() && !method.isAbstract()
                && InvokeStubs.canInvoke(method);
        LLVMValueRef entry = compiled ? ctx.functions.get(method).value() : m.nullPtr();
        LLVMValueRef invoke = compiled ? stubs.stubFor(method) : m.nullPtr();
        int attributes = method.typicalDefinition() instanceof EcmaMethod e ? e.flags() : 0;
        int implAttributes = method.typicalDefinition() instanceof EcmaMethod e ? e.implFlags() : 0;
        TypeDesc ret = sig.returnType();
        LLVMValueRef thunk = !method.isStatic() ? null
                : compiled && createsDelegates() ? ctx.delegates.staticThunk(method).value() : ctx.delegates.existingStaticThunk(method);
        LLVMValueRef[] generic = genericFields(method, methods, symbol);
        return m.constStruct(name(method.name()), ret.category() == TypeCategory.VOID ? m.nullPtr() : descriptor(ret),
                shared(parameterTypes, typeKey(sig.parameters()), types, symbol + ".types"),
                shared(parameterNameArrays, nameKey(method, count), paramNames, symbol + ".names"), entry, invoke,
                m.constI32(attributes), m.constI32(count), m.constI32(byRef), m.constI32(implAttributes),
                thunk == null ? m.nullPtr() : thunk, parameters(method, count, symbol + ".params"), generic[0], generic[1], generic[2],
                m.constI32(method.typicalDefinition() instanceof EcmaMethod e ? e.token() : 0), m.constI32(0));
    }

    private Boolean createsDelegates;

    /**
     * Whether this output compiles Delegate.CreateDelegate's core (corelib DelegateCreation.Create): then every static
     * method reflection can invoke gets the target-dropping thunk a delegate of it calls through, as NativeAOT makes
     * the delegate entry of every reflectable method; also in an image whose core library is another output; else
     * only those some code makes a delegate of have one.
     */
    private boolean createsDelegates() {
        if (createsDelegates == null) {
            TypeDesc creation = ctx.typeSystem.coreLibraryModule().findType("System.Reflection", "DelegateCreation");
            // an image whose core library is another output: that image's CreateDelegate may make a delegate of any
            // static method reflection finds here
            boolean found = ctx.linkage.isOutside(ctx.typeSystem.coreLibraryModule());
            for (MethodDesc candidate : creation == null ? List.<MethodDesc>of() : creation.methods()) {
                found |= candidate.name().equals("Create") && ctx.linkage.owns(candidate) && ctx.functions.isDefined(candidate);
            }
            createsDelegates = found;
        }
        return createsDelegates;
    }

    private final Map<List<Object>, LLVMValueRef> parameterRecords = new HashMap<>();

    /**
     * The parameters' flags and default values (kiln.h KReflectionParameter), NULL when no parameter has a Param row
     * with flags: ParameterInfo.Attributes, DefaultValue and Invoke's Type.Missing read them.
     */
    private LLVMValueRef parameters(MethodDesc method, int count, String symbol) {
        LLVMValueRef[] records = new LLVMValueRef[count];
        List<Object> key = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < count; i++) {
            var p = dev.kiln.typesystem.ParameterDefaults.of(method, i);
            any |= p.flags() != 0;
            key.add(p);
            LLVMValueRef bits = p.text() != null ? LLVMConstPtrToInt(ctx.strings.get(p.text()), m.i64) : m.constI64(p.bits());
            records[i] = m.constStruct(m.constI32(p.flags()), m.constI32(p.elementType()), bits);
        }
        if (!any) {
            return m.nullPtr();
        }
        LLVMValueRef found = parameterRecords.get(key);
        if (found == null) {
            found = array(m.structType(m.i32, m.i32, m.i64), records, symbol);
            parameterRecords.put(key, found);
        }
        return found;
    }

    private LLVMValueRef field(FieldDesc f) {
        int attributes = dev.kiln.typesystem.ReflectableMembers.fieldAttributes(f);
        FieldDesc definition = f instanceof dev.kiln.typesystem.FieldOnInstantiatedType fo ? fo.definition() : f;
        if (definition instanceof EcmaField ef && ef.isVolatile()) {
            attributes |= VOLATILE_MODIFIER;
        }
        LLVMValueRef address = m.nullPtr();
        LLVMValueRef constant = m.constI64(0);
        int offset = 0;
        if (f.isLiteral()) {
            EcmaField ef = f instanceof EcmaField e ? e : null;
            String text = ef == null ? null : ef.stringConstant();
            if (text != null) {
                constant = LLVMConstPtrToInt(ctx.strings.get(text), m.i64);
            } else {
                Long bits = ef == null ? null : ef.constantBits();
                constant = m.constI64(bits == null ? 0 : bits);
            }
        } else if (isDefinition(f.owningType())) {
            // an open type has no storage and no layout: GetValue and SetValue throw before reading these
        } else if (f.isStatic()) {
            if (!f.isThreadStatic() && ctx.linkage.defines(f.owningType())) {
                address = ctx.statics.field(f);
            }
        } else {
            offset = f.offset();
        }
        int token = definition instanceof EcmaField e ? dev.kiln.typesystem.metadata.Tokens.make(dev.kiln.typesystem.metadata.TableId.Field, e.rid()) : 0;
        return m.constStruct(name(f.name()), descriptor(f.fieldType()), address, constant, m.constI32(attributes), m.constI32(offset),
                m.constI32(token), m.constI32(0));
    }

    /** Properties (getter, setter) or events (add, remove) as indexes into the type's method list. */
    private LLVMValueRef members(List<PropertiesAndEvents.Member> members, List<MethodDesc> methods, String symbol, boolean property) {
        LLVMValueRef[] entries = new LLVMValueRef[members.size()];
        for (int i = 0; i < entries.length; i++) {
            PropertiesAndEvents.Member p = members.get(i);
            TypeDesc type = null;
            if (property) {
                type = p.first() != null ? p.first().signature().returnType()
                        : p.second() != null ? last(p.second()) : null;
            } else if (p.first() != null) {
                type = last(p.first());
            }
            entries[i] = m.constStruct(name(p.name()), type == null ? m.nullPtr() : descriptor(type),
                    m.constI32(methods.indexOf(p.first())), m.constI32(methods.indexOf(p.second())), m.constI32(p.flags()), m.constI32(p.token()));
        }
        return array(m.structType(m.ptr, m.ptr, m.i32, m.i32, m.i32, m.i32), entries, symbol);
    }

    private static TypeDesc last(MethodDesc method) {
        var params = method.signature().parameters();
        return params.isEmpty() ? null : params.get(params.size() - 1);
    }

    /** A type's descriptor, a signature record for an open type, or null for what has neither (pointers). */
    private LLVMValueRef descriptor(TypeDesc type) {
        if (type instanceof dev.kiln.typesystem.ByRefType r) {
            type = r.elementType();
        }
        return signatures.of(type);
    }

    /** The descriptor of a type without generic parameters, or null for what has none (pointers, void). */
    private LLVMValueRef closedDescriptor(TypeDesc type) {
        if (type instanceof dev.kiln.typesystem.PointerType
                || type instanceof dev.kiln.typesystem.FunctionPointerType || type.category() == TypeCategory.VOID) {
            return m.nullPtr();
        }
        return ctx.descriptors.get(type);
    }

    private LLVMValueRef descriptors(List<TypeDesc> types, String symbol) {
        LLVMValueRef[] values = new LLVMValueRef[types.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = descriptor(types.get(i));
        }
        return array(m.ptr, values, symbol);
    }

    private static String parameterName(MethodDesc method, int i) {
        String name = dev.kiln.typesystem.ReflectableMembers.parameterName(method, i);
        return name == null ? "" : name;
    }

    private LLVMValueRef name(String text) {
        return names.computeIfAbsent(text, t -> {
            nameOwners.put(".reflname." + names.size(), describing);
            return m.cString(".reflname." + names.size(), t);
        });
    }

    /**
     * One constant array per distinct list (parameter types, parameter names): most signatures repeat, and every
     * array costs its pointers' relocations.
     */
    private LLVMValueRef shared(Map<List<Object>, LLVMValueRef> arrays, List<Object> key, LLVMValueRef[] values, String symbol) {
        if (values.length == 0) {
            return m.nullPtr();
        }
        LLVMValueRef found = arrays.get(key);
        if (found == null) {
            found = array(m.ptr, values, symbol);
            arrays.put(key, found);
        }
        return found;
    }

    private static List<Object> typeKey(List<TypeDesc> parameters) {
        List<Object> key = new ArrayList<>();
        for (TypeDesc p : parameters) {
            key.add(p instanceof dev.kiln.typesystem.ByRefType r ? r.elementType() : p);
        }
        return key;
    }

    private static List<Object> nameKey(MethodDesc method, int count) {
        List<Object> key = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            key.add(parameterName(method, i));
        }
        return key;
    }

    private LLVMValueRef array(LLVMTypeRef element, LLVMValueRef[] values, String symbol) {
        if (values.length == 0) {
            return m.nullPtr();
        }
        return m.privateConstant(m.constArray(element, values), symbol);
    }
}
