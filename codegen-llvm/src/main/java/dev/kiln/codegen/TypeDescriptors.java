package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.DelegateMethods;
import dev.kiln.il.Linkage;
import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLayout;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import dev.kiln.typesystem.WellKnownType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * KType descriptors (kiln.h) as constant globals. A descriptor is created when first referenced and given its
 * contents at the end: constructed types get vtable entries for every slot whose implementation was compiled,
 * others (only cast targets or base types) get null entries.
 */
public final class TypeDescriptors {
    private static final int FIXED_FIELDS = 8;

    private final LlvmModule m;
    private final TypeSystem typeSystem;
    private final ManagedFunctions functions;
    private final Symbols symbols;
    private final Map<TypeDesc, LLVMValueRef> globals = new LinkedHashMap<>();
    private final Map<TypeDesc, Boolean> constructed = new LinkedHashMap<>();
    private final Map<TypeDesc, String> symbolNames = new LinkedHashMap<>();

    private final Linkage linkage;
    private final GcDescriptors gcDescriptors;

    public TypeDescriptors(LlvmModule m, TypeSystem typeSystem, ManagedFunctions functions, Symbols symbols, Linkage linkage) {
        this.m = m;
        this.typeSystem = typeSystem;
        this.functions = functions;
        this.symbols = symbols;
        this.linkage = linkage;
        this.gcDescriptors = new GcDescriptors(typeSystem);
    }

    private int vtableSlots(TypeDesc type) {
        return type.isInterface() || isOpen(type) ? 0 : typeSystem.vtableOf(type).slotCount();
    }

    /**
     * A generic definition or a type over generic parameters (typeof(List<>), the base of such a type): it has no
     * instances, so its descriptor holds only what Type reads — name, base, kind flags — and no layout or slots.
     */
    static boolean isOpen(TypeDesc type) {
        return type.containsGenericParameters() || type instanceof dev.kiln.typesystem.EcmaType e && e.genericParameterCount() > 0;
    }

    private LLVMTypeRef descriptorType(int slots) {
        return m.structType(m.ptr, m.i64, m.ptr, m.i32, m.i32, m.i32, m.i32, m.ptr, m.ptr, m.ptr, m.ptr, m.ptr,
                LLVMArrayType2(m.ptr, slots));
    }

    public synchronized LLVMValueRef get(TypeDesc type) {
        LLVMValueRef g = globals.get(type);
        if (g == null) {
            Linkage.Kind kind = linkage.of(type);
            String name = symbols.nameFor(type, kind == Linkage.Kind.LOCAL
                    ? RuntimeAbi.TYPE_SYMBOL_PREFIX + Symbols.cIdentifier(type.fullName()) : Linkage.typeSymbol(type));
            g = LLVMAddGlobal(m.module, descriptorType(vtableSlots(type)), name);
            LLVMSetGlobalConstant(g, 1);
            if (kind != Linkage.Kind.IMPORTED) {
                LinkageKinds.apply(g, kind); // the runtime reaches the ones it needs through kiln_program
            }
            LLVMSetAlignment(g, 16);
            globals.put(type, g);
            symbolNames.put(type, name);
        }
        return g;
    }

    public synchronized String symbolName(TypeDesc type) {
        get(type);
        return symbolNames.get(type);
    }

    /**
     * The enum array types this module constructs whose enum another image defines, as {enum, array} pairs: that
     * image's member table cannot point to them, so the loader gives it this module's (Enum.GetValues).
     */
    synchronized List<TypeDesc[]> importedEnumArrays() {
        List<TypeDesc[]> pairs = new ArrayList<>();
        for (TypeDesc type : constructed.keySet()) {
            if (type instanceof ArrayType a && a.elementType().isEnum()
                    && linkage.of(a.elementType()) == Linkage.Kind.IMPORTED) {
                pairs.add(new TypeDesc[] {a.elementType(), a});
            }
        }
        return pairs;
    }

    /** Whether the module's code or data refers to type's descriptor (typeof, casts, allocations). */
    public synchronized boolean isReferenced(TypeDesc type) {
        return globals.containsKey(type);
    }

    /** Records that instances of type are allocated: its vtable must be filled. */
    public synchronized void markConstructed(TypeDesc type) {
        get(type);
        constructed.put(type, Boolean.TRUE);
    }

    /** Gives every referenced descriptor its contents (repeats until no new descriptor appears). */
    public synchronized void defineAll() {
        Set<TypeDesc> done = new java.util.HashSet<>();
        while (done.size() < globals.size()) {
            for (TypeDesc type : new ArrayList<>(globals.keySet())) {
                if (done.add(type) && linkage.defines(type)) {
                    define(type);
                }
            }
        }
    }

    /**
     * The name a descriptor records: the type's full name, and for a generic definition its parameters' names too
     * (N.Foo`2<T,U>): Type.ToString shows them as .NET does (N.Foo`2[T,U]); FullName leaves them out.
     */
    private static String descriptorName(TypeDesc type) {
        if (type instanceof dev.kiln.typesystem.EcmaType e && e.genericParameterCount() > 0) {
            java.util.StringJoiner names = new java.util.StringJoiner(",", "<", ">");
            for (dev.kiln.typesystem.GenericParameterInfo p : e.genericParameters()) {
                names.add(p.name());
            }
            return type.fullName() + names;
        }
        return type.fullName();
    }

    private void define(TypeDesc type) {
        LLVMValueRef g = globals.get(type);
        TypeDesc base = type.baseType();
        LLVMValueRef baseRef = base == null || type.isInterface() ? m.nullPtr() : get(base);
        LLVMValueRef element = type instanceof ArrayType a ? get(a.elementType())
                : type instanceof dev.kiln.typesystem.MdArrayType md ? get(md.elementType()) : m.nullPtr();
        LLVMValueRef name = m.cString(".name." + LLVMGetValueName(g).getString(), descriptorName(type));
        if (isOpen(type)) {
            LLVMSetInitializer(g, m.constStruct(baseRef, m.constI64(0), name, m.constI32(flags(type)), m.constI32(0), m.constI32(0),
                    m.constI32(0), m.nullPtr(), m.nullPtr(), m.nullPtr(), m.nullPtr(), m.nullPtr(),
                    m.constArray(m.ptr, new LLVMValueRef[0])));
            return;
        }
        int[] sizes = sizes(type);
        LLVMValueRef[] slots = vtable(type);
        LLVMValueRef interfaces = interfaceMap(type, LLVMGetValueName(g).getString());
        int flags = flags(type);
        LLVMValueRef init = m.constStruct(baseRef, m.constI64(gcDescriptors.descriptorOf(type, flags)), name, m.constI32(flags),
                m.constI32(sizes[0]), m.constI32(sizes[1]), m.constI32(slots.length), interfaces,
                referenceOffsets(type, flags, LLVMGetValueName(g).getString()), enumInfo(type, LLVMGetValueName(g).getString()),
                genericInfo(type, LLVMGetValueName(g).getString()), element, m.constArray(m.ptr, slots));
        LLVMSetInitializer(g, init);
    }

    /**
     * The interface dispatch map of a constructed type: {i32 count, i32 0, [count x {ptr interface, ptr slots}]},
     * where slots holds the implementation of each of the interface's methods that compiled code calls.
     */
    private LLVMValueRef interfaceMap(TypeDesc type, String symbol) {
        // every descriptor lists its interfaces (casts of arrays need them: an interface's map lists the interfaces it
        // extends, for IDerived[] as an IBase[]); only constructed types get slots
        boolean filled = constructed.containsKey(type);
        java.util.List<TypeDesc> interfaces = new java.util.ArrayList<>(InterfaceResolution.allInterfaces(type));
        // Variant interfaces the program uses (casts, calls) get entries too, pointing at the implementation of the
        // interface they convert from: IEnumerable<object> → the IEnumerable<string> slots.
        java.util.List<TypeDesc> implementedFrom = new java.util.ArrayList<>(interfaces);
        // The type whose implementations fill each entry: the type itself, but for an array seen through array
        // covariance (Derived[] as an IList<Base>), Base[]: SZArrayHelper<Base> serves it, as in .NET.
        java.util.List<TypeDesc> resolvedOn = new java.util.ArrayList<>(java.util.Collections.nCopies(interfaces.size(), type));
        for (TypeDesc used : new java.util.ArrayList<>(globals.keySet())) {
            if (!used.isInterface() || interfaces.contains(used)) {
                continue;
            }
            TypeDesc arraySource = dev.kiln.typesystem.Variance.arrayInterfaceSource(type, used);
            if (arraySource != null) {
                interfaces.add(used);
                implementedFrom.add(used);
                resolvedOn.add(arraySource);
                continue;
            }
            if (!dev.kiln.typesystem.Variance.hasVariance(used)) {
                continue;
            }
            for (TypeDesc implemented : InterfaceResolution.allInterfaces(type)) {
                if (dev.kiln.typesystem.Variance.isVariantConvertible(implemented, used)) {
                    interfaces.add(used);
                    implementedFrom.add(implemented);
                    resolvedOn.add(type);
                    break;
                }
            }
        }
        if (interfaces.isEmpty()) {
            return m.nullPtr();
        }
        LLVMValueRef[] entries = new LLVMValueRef[interfaces.size()];
        for (int i = 0; i < interfaces.size(); i++) {
            TypeDesc iface = interfaces.get(i);
            java.util.List<MethodDesc> methods = InterfaceResolution.slots(implementedFrom.get(i));
            LLVMValueRef[] fns = new LLVMValueRef[methods.size()];
            for (int s = 0; s < methods.size(); s++) {
                MethodDesc impl = filled ? InterfaceResolution.resolve(resolvedOn.get(i), methods.get(s)) : null;
                if (filled && impl != null && !impl.isAbstract() && available(impl)) {
                    fns[s] = impl.owningType().isValueType() && !impl.isStatic() ? functions.unboxingStub(impl).value()
                            : functions.get(impl).value();
                } else {
                    fns[s] = m.nullPtr();
                }
            }
            LLVMValueRef slotArray = m.constArray(m.ptr, fns);
            LLVMValueRef slotGlobal = LLVMAddGlobal(m.module, LLVMTypeOf(slotArray), ".imap." + symbol + "." + i);
            LLVMSetInitializer(slotGlobal, slotArray);
            LLVMSetGlobalConstant(slotGlobal, 1);
            LLVMSetLinkage(slotGlobal, LLVMPrivateLinkage);
            entries[i] = m.constStruct(get(iface), slotGlobal);
        }
        LLVMTypeRef entryType = m.structType(m.ptr, m.ptr);
        LLVMValueRef map = m.constStruct(m.constI32(entries.length), m.constI32(0), m.constArray(entryType, entries));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(map), ".imap." + symbol);
        LLVMSetInitializer(g, map);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }

    /**
     * For instantiations of variant generic types and of the array interfaces (kiln.h KGenericInfo): the definition's
     * key, the type arguments and their variance, so the runtime can decide conversions no interface map lists (an
     * array of one image seen through an array interface instantiation only another image uses).
     */
    private LLVMValueRef genericInfo(TypeDesc type, String symbol) {
        if (!(type instanceof dev.kiln.typesystem.InstantiatedType it) || !(dev.kiln.typesystem.Variance.hasVariance(type)
                || InterfaceResolution.isArrayInterface(type))) {
            return m.nullPtr();
        }
        List<dev.kiln.typesystem.GenericParameterInfo> params = it.definition().genericParameters();
        int variance = 0;
        LLVMValueRef[] args = new LLVMValueRef[it.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = get(it.arguments().get(i));
            var p = params.get(i);
            variance |= (p.isCovariant() ? 1 : p.isContravariant() ? 2 : 0) << (2 * i);
        }
        LLVMValueRef info = m.constStruct(definitionKey(it.definition()), m.constI32(args.length), m.constI32(variance),
                m.constArray(m.ptr, args));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(info), ".generic." + symbol);
        LLVMSetInitializer(g, info);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }

    private final Map<dev.kiln.typesystem.EcmaType, LLVMValueRef> definitionKeys = new LinkedHashMap<>();
    private java.util.function.Predicate<dev.kiln.typesystem.EcmaType> nameableDefinitions = d -> true;

    /** The generic definitions of other images this image has tokens for (the others' keys cannot be imported). */
    void nameableGenericDefinitions(java.util.function.Predicate<dev.kiln.typesystem.EcmaType> nameable) {
        nameableDefinitions = nameable;
    }

    /** In an image, the key of each of its variant generic definitions (instantiations elsewhere point to it). */
    synchronized void exportDefinitionKey(dev.kiln.typesystem.EcmaType definition) {
        if (InterfaceResolution.isArrayInterfaceDefinition(definition)) {
            definitionKey(definition);
            return;
        }
        for (dev.kiln.typesystem.GenericParameterInfo p : definition.genericParameters()) {
            if (p.isCovariant() || p.isContravariant()) {
                definitionKey(definition);
                return;
            }
        }
    }

    /** One address per generic definition, the same in every image (exported by the definition's own image). */
    private LLVMValueRef definitionKey(dev.kiln.typesystem.EcmaType definition) {
        return definitionKeys.computeIfAbsent(definition, d -> {
            Linkage.Kind kind = linkage.of(d);
            if (kind == Linkage.Kind.IMPORTED && !nameableDefinitions.test(d)) {
                // without the definition's token the image cannot name the other image's key: its instantiations
                // get a key of their own, and variance with other images' instantiations is lost
                kind = Linkage.Kind.LOCAL;
            }
            String name = kind == Linkage.Kind.LOCAL ? "kiln.generic " + d.fullName() : Linkage.genericDefinitionSymbol(d);
            LLVMValueRef g = LLVMAddGlobal(m.module, m.i8, symbols.nameFor(java.util.List.of("generic definition", d), name));
            if (kind != Linkage.Kind.IMPORTED) {
                LLVMSetInitializer(g, m.constI8(0));
                LLVMSetGlobalConstant(g, 1);
                LinkageKinds.apply(g, kind);
            }
            return g;
        });
    }

    /** For enums: {count, isFlags, isUnsigned, elementType, values, names} (kiln.h KEnumInfo), for Enum.ToString and unbox. */
    private LLVMValueRef enumInfo(TypeDesc type, String symbol) {
        // an enum nested in a generic class is generic itself (Foo<int>.TestEnum): its members are its definition's
        dev.kiln.typesystem.EcmaType e = type instanceof dev.kiln.typesystem.InstantiatedType inst ? inst.definition()
                : type instanceof dev.kiln.typesystem.EcmaType ecma ? ecma : null;
        if (e == null || !e.isEnum()) {
            return m.nullPtr();
        }
        var category = e.enumUnderlyingType().category();
        boolean unsigned = category == dev.kiln.typesystem.TypeCategory.UINT8 || category == dev.kiln.typesystem.TypeCategory.UINT16
                || category == dev.kiln.typesystem.TypeCategory.UINT32 || category == dev.kiln.typesystem.TypeCategory.UINT64
                || category == dev.kiln.typesystem.TypeCategory.CHAR || category == dev.kiln.typesystem.TypeCategory.BOOLEAN;
        java.util.List<long[]> members = new java.util.ArrayList<>(); // {value, field index}
        java.util.List<String> memberNames = new java.util.ArrayList<>();
        for (dev.kiln.typesystem.FieldDesc f : e.fields()) {
            if (f.isStatic() && f.isLiteral() && f instanceof dev.kiln.typesystem.EcmaField ef) {
                Long v = ef.constantValue();
                if (v != null) {
                    members.add(new long[] {v, memberNames.size()});
                    memberNames.add(f.name());
                }
            }
        }
        // .NET orders members by their value as an unsigned number (negative values last), also for signed enums:
        // GetValues and GetNames return them so, and the runtime relies on it for [Flags] names
        members.sort((a, b) -> Long.compareUnsigned(a[0], b[0]));
        java.util.List<LLVMValueRef> values = new java.util.ArrayList<>();
        java.util.List<LLVMValueRef> names = new java.util.ArrayList<>();
        for (long[] member : members) {
            values.add(m.constI64(member[0]));
            names.add(m.cString(".enum." + symbol + "." + names.size(), memberNames.get((int) member[1])));
        }
        LLVMValueRef valueArray = m.constArray(m.i64, values.toArray(new LLVMValueRef[0]));
        LLVMValueRef valueGlobal = LLVMAddGlobal(m.module, LLVMTypeOf(valueArray), ".enumvalues." + symbol);
        LLVMSetInitializer(valueGlobal, valueArray);
        LLVMSetGlobalConstant(valueGlobal, 1);
        LLVMSetLinkage(valueGlobal, LLVMPrivateLinkage);
        LLVMValueRef nameArray = m.constArray(m.ptr, names.toArray(new LLVMValueRef[0]));
        LLVMValueRef nameGlobal = LLVMAddGlobal(m.module, LLVMTypeOf(nameArray), ".enumnames." + symbol);
        LLVMSetInitializer(nameGlobal, nameArray);
        LLVMSetGlobalConstant(nameGlobal, 1);
        LLVMSetLinkage(nameGlobal, LLVMPrivateLinkage);
        LLVMValueRef info = m.constStruct(m.constI32(values.size()), m.constI32(e.hasCustomAttribute("System", "FlagsAttribute") ? 1 : 0),
                m.constI32(unsigned ? 1 : 0), m.constI32(category.primitiveElementType().code()), valueGlobal, nameGlobal,
                constructed.containsKey(type.makeArrayType()) ? get(type.makeArrayType()) : m.nullPtr());
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(info), ".enuminfo." + symbol);
        LLVMSetInitializer(g, info);
        // in an image the array type may be another image's: the loader fills it in then (kiln.enumarrays)
        LLVMSetGlobalConstant(g, linkage.isImage() ? 0 : 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }

    /**
     * For value types holding references: {count, offset...} of the references in the value; for classes whose
     * references lie beyond a bitmap descriptor's reach, of those in the object, for the runtime's mark procedure
     * (kiln.h refOffsets).
     */
    private LLVMValueRef referenceOffsets(TypeDesc type, int flags, String symbol) {
        if (type.isInterface() || !(type.isValueType() || gcDescriptors.needsObjectOffsets(type, flags))) {
            return m.nullPtr();
        }
        java.util.List<Integer> offsets = typeSystem.layoutOf(type).referenceOffsets();
        if (offsets.isEmpty()) {
            return m.nullPtr();
        }
        LLVMValueRef[] values = new LLVMValueRef[offsets.size() + 1];
        values[0] = m.constI32(offsets.size());
        for (int i = 0; i < offsets.size(); i++) {
            values[i + 1] = m.constI32(offsets.get(i));
        }
        LLVMValueRef array = m.constArray(m.i32, values);
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(array), ".refs." + symbol);
        LLVMSetInitializer(g, array);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }

    private int[] sizes(TypeDesc type) {
        TypeCategory c = type.category();
        if (c == TypeCategory.STRING) {
            return new int[] {RuntimeAbi.STRING_CHARS_OFFSET, 2};
        }
        if (type instanceof ArrayType a) {
            return new int[] {RuntimeAbi.ARRAY_DATA_OFFSET, typeSystem.layoutOf(a.elementType()).size()};
        }
        if (type instanceof dev.kiln.typesystem.MdArrayType md) {
            return new int[] {16 + 8 * md.rank(), typeSystem.layoutOf(md.elementType()).size()};
        }
        if (type.isInterface()) {
            return new int[] {0, 0};
        }
        TypeLayout layout = typeSystem.layoutOf(type);
        if (type.isValueType()) {
            return new int[] {RuntimeAbi.OBJECT_HEADER_SIZE + layout.size(), 0};
        }
        return new int[] {layout.instanceByteCount(), 0};
    }

    private int flags(TypeDesc type) {
        int flags = 0;
        if (type.isValueType()) {
            flags |= RuntimeAbi.KTYPE_VALUETYPE;
            if (!isOpen(type) && dev.kiln.il.PInvokeSignature.isBlittable(type)) {
                flags |= RuntimeAbi.KTYPE_BLITTABLE;
            }
        }
        if (type.category() == TypeCategory.STRING) {
            flags |= RuntimeAbi.KTYPE_STRING;
        }
        if (type instanceof dev.kiln.typesystem.InstantiatedType) {
            flags |= RuntimeAbi.KTYPE_GENERIC_INSTANCE;
        }
        if (type.isInterface()) {
            flags |= RuntimeAbi.KTYPE_INTERFACE;
        }
        if (type.isAbstract()) {
            flags |= RuntimeAbi.KTYPE_ABSTRACT;
        }
        if (type instanceof dev.kiln.typesystem.MdArrayType md) {
            flags |= RuntimeAbi.KTYPE_MDARRAY;
            TypeDesc e = md.elementType();
            if (e.category().isReference() || (e.isValueType() && typeSystem.layoutOf(e).hasReferences())) {
                flags |= RuntimeAbi.KTYPE_ELEM_REFS | RuntimeAbi.KTYPE_HAS_REFS;
            }
        } else if (type instanceof ArrayType a) {
            flags |= RuntimeAbi.KTYPE_ARRAY;
            TypeDesc e = a.elementType();
            if (e.category().isReference() || (e.isValueType() && typeSystem.layoutOf(e).hasReferences())) {
                flags |= RuntimeAbi.KTYPE_ELEM_REFS | RuntimeAbi.KTYPE_HAS_REFS;
            }
        } else if (isOpen(type)) {
            // no instances, so no layout to scan
            flags |= type instanceof dev.kiln.typesystem.EcmaType ? RuntimeAbi.KTYPE_GENERIC_DEFINITION : 0;
        } else if (!type.isInterface() && type.category() != TypeCategory.STRING && typeSystem.layoutOf(type).hasReferences()) {
            flags |= RuntimeAbi.KTYPE_HAS_REFS;
        }
        if (!isOpen(type) && dev.kiln.il.Finalizers.isFinalizable(typeSystem, type)) {
            flags |= RuntimeAbi.KTYPE_FINALIZABLE;
            if (dev.kiln.il.Finalizers.isCritical(typeSystem, type)) {
                flags |= RuntimeAbi.KTYPE_CRITICAL_FINALIZER;
            }
        }
        return flags | DescriptorTypeAttributes.pack(DescriptorTypeAttributes.of(type));
    }

    private LLVMValueRef[] vtable(TypeDesc type) {
        int count = vtableSlots(type);
        LLVMValueRef[] entries = new LLVMValueRef[count];
        boolean filled = constructed.containsKey(type);
        VirtualMethodTable vt = count == 0 ? null : typeSystem.vtableOf(type);
        for (int i = 0; i < count; i++) {
            MethodDesc impl = vt.implementation(i);
            if (filled && !impl.isAbstract() && available(impl)) {
                entries[i] = impl.owningType().isValueType() ? functions.unboxingStub(impl).value() : functions.get(impl).value();
            } else {
                entries[i] = m.nullPtr();
            }
        }
        return entries;
    }

    /** Compiled here, or exported by the image that owns it (an inherited implementation from another image). */
    private boolean available(MethodDesc impl) {
        return functions.isDefined(impl) || (!linkage.defines(impl) && !impl.isGenericMethodDefinition()
                && (impl.hasIL() || DelegateMethods.isInvoke(impl) || impl instanceof dev.kiln.typesystem.AsyncVariant));
    }

    public synchronized List<TypeDesc> constructedTypes() {
        return List.copyOf(constructed.keySet());
    }

    public synchronized List<TypeDesc> referencedTypes() {
        return List.copyOf(globals.keySet());
    }

    static int fixedFieldCount() {
        return FIXED_FIELDS;
    }
}
