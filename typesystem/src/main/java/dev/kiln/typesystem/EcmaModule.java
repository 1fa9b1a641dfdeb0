package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.AssemblyRefRow;
import dev.kiln.typesystem.metadata.AssemblyRow;
import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.ExportedTypeRow;
import dev.kiln.typesystem.metadata.MemberRefRow;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.MethodSig;
import dev.kiln.typesystem.metadata.SigType;
import dev.kiln.typesystem.metadata.SignatureDecoder;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import dev.kiln.typesystem.metadata.TypeDefRow;
import dev.kiln.typesystem.metadata.TypeRefRow;
import dev.kiln.typesystem.metadata.ModuleRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One loaded assembly (single-module): resolves its tokens to canonical types, methods and fields. */
public final class EcmaModule {
    private final TypeSystem typeSystem;
    private final MetadataFile metadata;
    private final Path path;
    private final String assemblyName;
    private final SignatureDecoder signatures;
    private final EcmaType[] types;
    private final EcmaMethod[] methods;
    private final EcmaField[] fields;
    private final Map<String, Integer> topLevelTypes = new HashMap<>();
    private final Map<Long, Integer> nestedTypes = new HashMap<>();
    private final int[] enclosing;
    private final Map<Integer, Object> memberRefs = new ConcurrentHashMap<>();
    private final Map<Integer, TypeDesc> resolvedTypeRefs = new ConcurrentHashMap<>();
    private final Map<Integer, String> userStrings = new ConcurrentHashMap<>();
    /** Read at first use (only a compile with debug information asks). */
    private volatile dev.kiln.typesystem.symbols.ModuleSymbols symbols;

    EcmaModule(TypeSystem typeSystem, MetadataFile metadata, Path path) {
        this.typeSystem = typeSystem;
        this.metadata = metadata;
        this.path = path;
        AssemblyRow assembly = metadata.assembly();
        this.assemblyName = assembly != null ? assembly.name() : metadata.module().name();
        this.signatures = new SignatureDecoder(metadata);
        int typeCount = metadata.rowCount(TableId.TypeDef);
        this.types = new EcmaType[typeCount + 1];
        this.methods = new EcmaMethod[metadata.rowCount(TableId.MethodDef) + 1];
        this.fields = new EcmaField[metadata.rowCount(TableId.Field) + 1];
        this.enclosing = new int[typeCount + 1];
        for (int rid = 1; rid <= typeCount; rid++) {
            enclosing[rid] = metadata.enclosingType(rid);
        }
        for (int rid = 1; rid <= typeCount; rid++) {
            TypeDefRow row = metadata.typeDef(rid);
            if (enclosing[rid] == 0) {
                topLevelTypes.put(qualify(row.namespace(), row.name()), rid);
            } else {
                nestedTypes.put(nestedKey(enclosing[rid], row.name()), rid);
            }
        }
    }

    private static String qualify(String namespace, String name) {
        return namespace.isEmpty() ? name : namespace + "." + name;
    }

    private static long nestedKey(int enclosingRid, String name) {
        return ((long) enclosingRid << 32) ^ (name.hashCode() & 0xffffffffL);
    }

    public TypeSystem typeSystem() {
        return typeSystem;
    }

    public MetadataFile metadata() {
        return metadata;
    }

    public SignatureDecoder signatures() {
        return signatures;
    }

    public Path path() {
        return path;
    }

    /**
     * The assembly's debug symbols (a .mdb next to it), read once; an unusable symbol file gives one warning and
     * {@link dev.kiln.typesystem.symbols.ModuleSymbols#EMPTY}.
     */
    public dev.kiln.typesystem.symbols.ModuleSymbols symbols(java.util.function.Consumer<String> warnings) {
        dev.kiln.typesystem.symbols.ModuleSymbols s = symbols;
        if (s == null) {
            synchronized (this) {
                s = symbols;
                if (s == null) {
                    ModuleRow module = metadata.module();
                    s = path == null ? dev.kiln.typesystem.symbols.ModuleSymbols.EMPTY
                            : dev.kiln.typesystem.symbols.SymbolFiles.load(path, metadata.guid(module.mvidIndex()), warnings);
                    symbols = s;
                }
            }
        }
        return s;
    }

    public String assemblyName() {
        return assemblyName;
    }

    public String displayName() {
        return metadata.displayName();
    }

    public boolean isCoreLibrary() {
        return typeSystem.coreLibraryModule() == this;
    }

    int enclosingTypeRid(int typeRid) {
        return enclosing[typeRid];
    }

    /** The entry point method, or null when the assembly has none (a library). */
    public MethodDesc entryPoint() {
        int token = metadata.entryPointToken();
        if (token == 0 || Tokens.table(token) != TableId.MethodDef) {
            return null;
        }
        return methodDef(Tokens.rid(token));
    }

    /** Whether the assembly defines any type of its own (a facade only forwards types to another assembly). */
    public boolean definesTypes() {
        return types.length > 2; // rid 1 is <Module>
    }

    private Map<Integer, List<Integer>> nestedRids;

    /** The types nested directly in enclosingType, in declaration order (reflection's GetNestedTypes). */
    public List<EcmaType> nestedTypes(EcmaType enclosingType) {
        List<Integer> rids;
        synchronized (this) {
            if (nestedRids == null) {
                nestedRids = new HashMap<>();
                for (int rid = 1; rid < types.length; rid++) {
                    if (enclosing[rid] != 0) {
                        nestedRids.computeIfAbsent(enclosing[rid], k -> new ArrayList<>()).add(rid);
                    }
                }
            }
            rids = nestedRids.getOrDefault(enclosingType.rid(), List.of());
        }
        List<EcmaType> list = new ArrayList<>();
        for (int rid : rids) {
            list.add(typeDef(rid));
        }
        return list;
    }

    public List<EcmaType> allTypes() {
        List<EcmaType> list = new ArrayList<>();
        for (int rid = 1; rid < types.length; rid++) {
            list.add(typeDef(rid));
        }
        return list;
    }

    public synchronized EcmaType typeDef(int rid) {
        checkRid(TableId.TypeDef, rid, types.length);
        EcmaType t = types[rid];
        if (t == null) {
            TypeDefRow row = metadata.typeDef(rid);
            String name = enclosing[rid] == 0 ? qualify(row.namespace(), row.name())
                    : typeDef(enclosing[rid]).fullName() + "+" + row.name();
            t = new EcmaType(this, rid, row, name);
            types[rid] = t;
        }
        return t;
    }

    public synchronized EcmaMethod methodDef(int rid) {
        checkRid(TableId.MethodDef, rid, methods.length);
        EcmaMethod m = methods[rid];
        if (m == null) {
            m = new EcmaMethod(this, rid, metadata.methodDef(rid));
            methods[rid] = m;
        }
        return m;
    }

    public synchronized EcmaField fieldDef(int rid) {
        checkRid(TableId.Field, rid, fields.length);
        EcmaField f = fields[rid];
        if (f == null) {
            f = new EcmaField(this, rid, metadata.field(rid));
            fields[rid] = f;
        }
        return f;
    }

    private void checkRid(TableId table, int rid, int length) {
        if (rid <= 0 || rid >= length) {
            throw new BadImageFormatException(displayName() + ": " + table + " row " + rid + " does not exist");
        }
    }

    /** A top-level or nested ("Outer+Inner") type by full name, or null. */
    public EcmaType findType(String namespace, String name) {
        Integer rid = topLevelTypes.get(qualify(namespace, name));
        return rid == null ? null : typeDef(rid);
    }

    EcmaType findNestedType(EcmaType enclosingType, String name) {
        Integer rid = nestedTypes.get(nestedKey(enclosingType.rid(), name));
        if (rid != null && metadata.typeDef(rid).name().equals(name)) {
            return typeDef(rid);
        }
        for (int r = 1; r < types.length; r++) { // hash collision: fall back to a scan
            if (enclosing[r] == enclosingType.rid() && metadata.typeDef(r).name().equals(name)) {
                return typeDef(r);
            }
        }
        return null;
    }

    /** A type forwarded or exported by this assembly (ExportedType table), resolved to its definition, or null. */
    TypeDesc findExportedType(String namespace, String name) {
        int count = metadata.rowCount(TableId.ExportedType);
        for (int rid = 1; rid <= count; rid++) {
            ExportedTypeRow row = metadata.exportedType(rid);
            if (row.name().equals(name) && row.namespace().equals(namespace)) {
                int impl = row.implementationToken();
                if (Tokens.table(impl) == TableId.AssemblyRef) {
                    EcmaModule target = typeSystem.resolveAssembly(metadata.assemblyRef(Tokens.rid(impl)).name(), this);
                    return target.findTypeOrForwarder(namespace, name, this);
                }
            }
        }
        return null;
    }

    TypeDesc findTypeOrForwarder(String namespace, String name, EcmaModule requester) {
        EcmaType t = findType(namespace, name);
        if (t != null) {
            return t;
        }
        TypeDesc forwarded = findExportedType(namespace, name);
        if (forwarded != null) {
            return forwarded;
        }
        String missing = qualify(namespace, name);
        throw new TypeLoadException(requester.displayName() + ": type " + missing + " not found in assembly " + assemblyName,
                new MissingItem(MissingItem.Kind.TYPE, missing, lackingAssemblyName(),
                        "Could not load type '" + missing + "' from assembly '" + requester.referenceDisplayName(this) + "'."));
    }

    /** The assembly that lacks a type looked up here: the core library when this is one of its facades. */
    private String lackingAssemblyName() {
        return definesTypes() || metadata.rowCount(TableId.ExportedType) == 0 ? assemblyName
                : typeSystem.coreLibraryModule().assemblyName();
    }

    /** How this assembly names target in its references (version and key token as .NET prints them). */
    String referenceDisplayName(EcmaModule target) {
        return referenceDisplayName(target.assemblyName());
    }

    String referenceDisplayName(String simpleName) {
        int count = metadata.rowCount(TableId.AssemblyRef);
        for (int rid = 1; rid <= count; rid++) {
            AssemblyRefRow ref = metadata.assemblyRef(rid);
            if (ref.name().equalsIgnoreCase(simpleName)) {
                return NetNames.assemblyDisplayName(ref);
            }
        }
        return simpleName.equalsIgnoreCase(assemblyName) ? ownDisplayName() : simpleName;
    }

    private String ownDisplayName() {
        AssemblyRow row = metadata.assembly();
        if (row == null) {
            return assemblyName;
        }
        return NetNames.assemblyDisplayName(row.name(), row.majorVersion(), row.minorVersion(), row.buildNumber(),
                row.revisionNumber(), row.culture(), NetNames.publicKeyToken(row.publicKey(), true));
    }

    // ---- token resolution ----

    public TypeDesc resolveType(int token, GenericContext context) {
        int rid = Tokens.rid(token);
        switch (Tokens.table(token)) {
            case TypeDef:
                return typeDef(rid);
            case TypeRef:
                return resolveTypeRef(rid);
            case TypeSpec:
                return resolveSigType(signatures.decodeTypeSpec(metadata.typeSpec(rid).signature()), context);
            default:
                throw new BadImageFormatException(displayName() + ": token " + Tokens.format(token) + " is not a type");
        }
    }

    private TypeDesc resolveTypeRef(int rid) {
        TypeDesc cached = resolvedTypeRefs.get(rid);
        if (cached != null) {
            return cached;
        }
        TypeRefRow row = metadata.typeRef(rid);
        int scope = row.resolutionScopeToken();
        TypeDesc result;
        if (scope == 0) {
            result = findExportedType(row.namespace(), row.name());
            if (result == null) {
                throw new TypeLoadException(displayName() + ": type reference " + qualify(row.namespace(), row.name())
                        + " has no resolution scope");
            }
        } else {
            switch (Tokens.table(scope)) {
                case AssemblyRef: {
                    AssemblyRefRow ref = metadata.assemblyRef(Tokens.rid(scope));
                    result = typeSystem.resolveAssembly(ref.name(), this).findTypeOrForwarder(row.namespace(), row.name(), this);
                    break;
                }
                case Module:
                    result = findTypeOrForwarder(row.namespace(), row.name(), this);
                    break;
                case TypeRef: {
                    TypeDesc outer = resolveTypeRef(Tokens.rid(scope));
                    if (!(outer instanceof EcmaType o)) {
                        throw new TypeLoadException(displayName() + ": nested type " + row.name() + " in non-definition " + outer);
                    }
                    result = o.module().findNestedType(o, row.name());
                    if (result == null) {
                        String missing = o.fullName() + "+" + row.name();
                        throw new TypeLoadException(displayName() + ": nested type " + missing + " not found",
                                new MissingItem(MissingItem.Kind.TYPE, missing, o.module().assemblyName(),
                                        "Could not load type '" + missing + "' from assembly '" + referenceDisplayName(o.module()) + "'."));
                    }
                    break;
                }
                default:
                    throw new TypeLoadException(displayName() + ": unsupported resolution scope "
                            + Tokens.format(scope) + " for type " + qualify(row.namespace(), row.name()));
            }
        }
        resolvedTypeRefs.put(rid, result);
        return result;
    }

    public MethodDesc resolveMethod(int token, GenericContext context) {
        switch (Tokens.table(token)) {
            case MethodDef:
                return methodDef(Tokens.rid(token));
            case MemberRef: {
                Object member = resolveMemberRef(Tokens.rid(token), context);
                if (member instanceof MethodDesc m) {
                    return m;
                }
                throw new BadImageFormatException(displayName() + ": " + Tokens.format(token) + " is not a method reference");
            }
            case MethodSpec: {
                var spec = metadata.methodSpec(Tokens.rid(token));
                MethodDesc generic = resolveMethod(spec.methodToken(), context);
                List<TypeDesc> args = new ArrayList<>();
                for (SigType t : signatures.decodeMethodSpec(spec.instantiation())) {
                    args.add(resolveSigType(t, context));
                }
                return typeSystem.instantiate(generic, args);
            }
            default:
                throw new BadImageFormatException(displayName() + ": token " + Tokens.format(token) + " is not a method");
        }
    }

    public FieldDesc resolveField(int token, GenericContext context) {
        switch (Tokens.table(token)) {
            case Field:
                return fieldDef(Tokens.rid(token));
            case MemberRef: {
                Object member = resolveMemberRef(Tokens.rid(token), context);
                if (member instanceof FieldDesc f) {
                    return f;
                }
                throw new BadImageFormatException(displayName() + ": " + Tokens.format(token) + " is not a field reference");
            }
            default:
                throw new BadImageFormatException(displayName() + ": token " + Tokens.format(token) + " is not a field");
        }
    }

    /** The method or field a MemberRef token names (ldtoken of a member). */
    public Object resolveMember(int memberRefToken, GenericContext context) {
        return resolveMemberRef(Tokens.rid(memberRefToken), context);
    }

    private Object resolveMemberRef(int rid, GenericContext context) {
        boolean cacheable = context.typeArguments().isEmpty() && context.methodArguments().isEmpty();
        Object cached = cacheable ? memberRefs.get(rid) : null;
        if (cached != null) {
            return cached;
        }
        MemberRefRow row = metadata.memberRef(rid);
        int parent = row.parentToken();
        if (Tokens.table(parent) == TableId.MethodDef) {
            return methodDef(Tokens.rid(parent)); // vararg call site of a local method
        }
        TypeDesc owner = resolveType(parent, context);
        byte[] sig = metadata.blobBytes(row.signature());
        Object result;
        MissingItem missing;
        // A member reference's signature is written against the open definition (!0, !!0): match it there.
        if (sig.length > 0 && (sig[0] & 0x0F) == 0x06) {
            TypeDesc fieldType = resolveSigType(signatures.decodeFieldSig(row.signature()), GenericContext.NONE);
            result = findFieldInHierarchy(owner, row.name(), fieldType);
            missing = new MissingItem(MissingItem.Kind.FIELD, owner.fullName() + "::" + row.name(), definingAssembly(owner),
                    "Field not found: '" + owner.fullName() + "." + row.name() + "'.");
        } else {
            // ... except an array's: Get, Set and Address have no open definition, so a T[,] element's !0 or !!0 is
            // the caller's type parameter and must be substituted as the owner's was
            GenericContext sigContext = owner instanceof MdArrayType ? context : GenericContext.NONE;
            MethodSignature signature = resolveMethodSignature(signatures.decodeMethodSig(row.signature()), sigContext);
            result = findMethodInHierarchy(owner, row.name(), signature);
            missing = new MissingItem(MissingItem.Kind.METHOD, NetNames.methodForWarning(owner, row.name(), signature),
                    definingAssembly(owner), "Method not found: '" + NetNames.methodForException(owner, row.name(), signature) + "'.");
        }
        if (result == null) {
            throw new TypeLoadException(displayName() + ": member " + owner.fullName() + "::" + row.name()
                    + " not found (referenced by MemberRef " + Tokens.format(Tokens.make(TableId.MemberRef, rid)) + ")", missing);
        }
        if (cacheable) {
            memberRefs.put(rid, result);
        }
        return result;
    }

    /** The assembly whose definition of owner lacks a member (for arrays and pointers: the core library). */
    private String definingAssembly(TypeDesc owner) {
        TypeDesc def = owner instanceof InstantiatedType inst ? inst.definition() : owner;
        return def instanceof EcmaType e ? e.module().assemblyName() : typeSystem.coreLibraryModule().assemblyName();
    }

    private static MethodDesc findMethodInHierarchy(TypeDesc owner, String name, MethodSignature openSignature) {
        for (TypeDesc t = owner; t != null; t = t.baseType()) {
            if (t instanceof InstantiatedType inst) {
                MethodDesc m = inst.definition().findMethod(name, openSignature);
                if (m != null) {
                    return inst.methodFor(m);
                }
            } else {
                MethodDesc m = t.findMethod(name, openSignature);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static FieldDesc findFieldInHierarchy(TypeDesc owner, String name, TypeDesc openType) {
        for (TypeDesc t = owner; t != null; t = t.baseType()) {
            TypeDesc def = t instanceof InstantiatedType inst ? inst.definition() : t;
            for (FieldDesc f : def.fields()) {
                if (f.name().equals(name) && f.fieldType() == openType) {
                    return t instanceof InstantiatedType inst ? inst.fieldFor(f) : f;
                }
            }
        }
        return null;
    }

    /** The generic parameters declared by a TypeDef or MethodDef token, in order. */
    public List<GenericParameterInfo> genericParameters(int ownerToken) {
        List<GenericParameterInfo> list = new ArrayList<>();
        int[] rids = metadata.genericParams(ownerToken).clone();
        java.util.Arrays.sort(rids);
        int constraintRows = metadata.rowCount(TableId.GenericParamConstraint);
        for (int rid : rids) {
            var row = metadata.genericParam(rid);
            List<TypeDesc> constraints = new ArrayList<>();
            for (int c = 1; c <= constraintRows; c++) {
                var cr = metadata.genericParamConstraint(c);
                if (cr.ownerRid() == rid) {
                    constraints.add(resolveType(cr.constraintToken(), GenericContext.NONE));
                }
            }
            list.add(new GenericParameterInfo(row.name(), row.number(), row.flags(), constraints));
        }
        list.sort(java.util.Comparator.comparingInt(GenericParameterInfo::index));
        return list;
    }

    public String userString(int token) {
        return userStrings.computeIfAbsent(token & 0xFFFFFF, metadata::userString);
    }

    // ---- signatures ----

    /**
     * The types of the extra arguments a call site passes to a vararg method (those after the sentinel of a
     * MemberRef's signature), or an empty list when the token is not such a call site.
     */
    public List<TypeDesc> varargArguments(int methodToken, GenericContext context) {
        if (Tokens.table(methodToken) != TableId.MemberRef) {
            return List.of();
        }
        MethodSig sig = signatures.decodeMethodSig(metadata.memberRef(Tokens.rid(methodToken)).signature());
        List<TypeDesc> extra = new ArrayList<>();
        boolean afterSentinel = false;
        for (SigType p : sig.params()) {
            if (p instanceof SigType.Sentinel) {
                afterSentinel = true;
            } else if (afterSentinel) {
                extra.add(resolveSigType(p, context));
            }
        }
        return extra;
    }

    public MethodSignature resolveMethodSignature(MethodSig sig, GenericContext context) {
        List<TypeDesc> params = new ArrayList<>(sig.params().size());
        for (SigType p : sig.params()) {
            if (p instanceof SigType.Sentinel) {
                break; // vararg call site: the fixed part identifies the method
            }
            params.add(resolveSigType(p, context));
        }
        return new MethodSignature(sig.hasThis(), resolveSigType(sig.returnType(), context), params, sig.genericParamCount());
    }

    public List<TypeDesc> resolveLocals(int standAloneSigToken, GenericContext context) {
        List<TypeDesc> locals = new ArrayList<>();
        for (SigType t : signatures.decodeLocalsSig(standAloneSigToken)) {
            locals.add(resolveSigType(t, context));
        }
        return locals;
    }

    public TypeDesc resolveSigType(SigType sig, GenericContext context) {
        if (sig instanceof SigType.Primitive p) {
            return typeSystem.primitive(p.type());
        } else if (sig instanceof SigType.ClassRef c) {
            return resolveType(c.token(), context);
        } else if (sig instanceof SigType.ValueTypeRef v) {
            return resolveType(v.token(), context);
        } else if (sig instanceof SigType.SzArray a) {
            return resolveSigType(a.element(), context).makeArrayType();
        } else if (sig instanceof SigType.Pointer p) {
            return resolveSigType(p.target(), context).makePointerType();
        } else if (sig instanceof SigType.ByRef r) {
            return resolveSigType(r.target(), context).makeByRefType();
        } else if (sig instanceof SigType.Pinned p) {
            return resolveSigType(p.type(), context);
        } else if (sig instanceof SigType.Modified m) {
            return resolveSigType(m.type(), context);
        } else if (sig instanceof SigType.MdArray a) {
            return typeSystem.makeMdArray(resolveSigType(a.element(), context), a.rank());
        } else if (sig instanceof SigType.FnPtr f) {
            return typeSystem.makeFunctionPointer(resolveMethodSignature(f.sig(), context));
        } else if (sig instanceof SigType.GenericInst g) {
            TypeDesc def = resolveType(g.typeToken(), GenericContext.NONE);
            if (!(def instanceof EcmaType e)) {
                throw new TypeLoadException(displayName() + ": generic instantiation of non-definition " + def);
            }
            List<TypeDesc> args = new ArrayList<>(g.args().size());
            for (SigType a : g.args()) {
                args.add(resolveSigType(a, context));
            }
            return typeSystem.instantiate(e, args);
        } else if (sig instanceof SigType.TypeVar v) {
            if (v.index() < context.typeArguments().size()) {
                return context.typeArguments().get(v.index());
            }
            return typeSystem.genericParameter(false, v.index());
        } else if (sig instanceof SigType.MethodVar v) {
            if (v.index() < context.methodArguments().size()) {
                return context.methodArguments().get(v.index());
            }
            return typeSystem.genericParameter(true, v.index());
        }
        throw new TypeLoadException(displayName() + ": " + describe(sig) + " is not supported yet");
    }

    private static String describe(SigType sig) {
        if (sig instanceof SigType.GenericInst) {
            return "generic instantiation";
        } else if (sig instanceof SigType.MdArray) {
            return "multi-dimensional array type";
        } else if (sig instanceof SigType.FnPtr) {
            return "function pointer type";
        }
        return "type signature " + sig;
    }

    @Override
    public String toString() {
        return assemblyName;
    }

    /** Whether the metadata row parentToken names carries the custom attribute Namespace.Name. */
    public boolean hasCustomAttribute(int parentToken, String namespace, String name) {
        var md = metadata();
        for (int rid : md.customAttributes(parentToken)) {
            int ctor = md.customAttribute(rid).constructorToken();
            try {
                TypeDesc owner = resolveMethod(ctor, GenericContext.NONE).owningType();
                if (owner instanceof EcmaType e && e.namespace().equals(namespace) && e.name().equals(name)) {
                    return true;
                }
            } catch (TypeLoadException e) {
                // an attribute from an assembly that is not available cannot be the one asked for
            }
        }
        return false;
    }
}
