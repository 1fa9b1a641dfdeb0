package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.TypeDefRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A type defined by a TypeDef row of a module. */
public final class EcmaType extends TypeDesc {
    private static final int INTERFACE = 0x20;
    private static final int ABSTRACT = 0x80;
    private static final int SEALED = 0x100;
    private static final int LAYOUT_MASK = 0x18;
    private static final int EXPLICIT_LAYOUT = 0x10;
    private static final int BEFORE_FIELD_INIT = 0x100000;

    private final EcmaModule module;
    private final int rid;
    private final TypeDefRow row;
    private final String fullName;
    private volatile TypeCategory category;
    private volatile TypeDesc baseType;
    private volatile boolean baseResolved;
    private volatile List<MethodDesc> methods;
    private volatile List<FieldDesc> fields;

    EcmaType(EcmaModule module, int rid, TypeDefRow row, String fullName) {
        this.module = module;
        this.rid = rid;
        this.row = row;
        this.fullName = fullName;
    }

    public EcmaModule module() {
        return module;
    }

    public int rid() {
        return rid;
    }

    public int token() {
        return (TableId.TypeDef.number() << 24) | rid;
    }

    public String name() {
        return row.name();
    }

    public String namespace() {
        return row.namespace();
    }

    public int flags() {
        return row.flags();
    }

    @Override
    public TypeSystem typeSystem() {
        return module.typeSystem();
    }

    @Override
    public String fullName() {
        return fullName;
    }

    @Override
    public TypeCategory category() {
        TypeCategory c = category;
        if (c == null) {
            c = computeCategory();
            category = c;
        }
        return c;
    }

    private TypeCategory computeCategory() {
        if (module.isCoreLibrary()) {
            WellKnownType w = WellKnownType.byName(namespace(), name());
            if (w != null && module.enclosingTypeRid(rid) == 0) {
                return w.category();
            }
        }
        TypeDesc base = baseType();
        if (base != null && base.typeSystem().isCoreLibraryType(base)) {
            EcmaType b = (EcmaType) base;
            if ("System".equals(b.namespace()) && b.name().equals("ValueType")) {
                return TypeCategory.STRUCT;
            }
            if ("System".equals(b.namespace()) && b.name().equals("Enum")) {
                return enumUnderlyingType().category();
            }
        }
        return TypeCategory.CLASS;
    }

    @Override
    public boolean isValueType() {
        TypeDesc base = baseType();
        if (base == null) {
            return false;
        }
        if (typeSystem().isCoreLibraryType(base)) {
            String n = ((EcmaType) base).name();
            if (((EcmaType) base).namespace().equals("System") && (n.equals("ValueType") || n.equals("Enum"))) {
                // System.Enum itself derives from ValueType but is a class.
                return !(module.isCoreLibrary() && namespace().equals("System") && name().equals("Enum"));
            }
        }
        return false;
    }

    @Override
    public boolean isEnum() {
        TypeDesc base = baseType();
        return base instanceof EcmaType b && typeSystem().isCoreLibraryType(b)
                && b.namespace().equals("System") && b.name().equals("Enum");
    }

    /** The type of an enum's single instance field (value__). */
    public TypeDesc enumUnderlyingType() {
        for (FieldDesc f : fields()) {
            if (!f.isStatic()) {
                return f.fieldType();
            }
        }
        throw new TypeLoadException(module.displayName() + ": enum " + fullName + " has no instance field");
    }

    @Override
    public boolean isInterface() {
        return (row.flags() & INTERFACE) != 0;
    }

    @Override
    public boolean isAbstract() {
        return (row.flags() & ABSTRACT) != 0;
    }

    @Override
    public boolean isSealed() {
        return (row.flags() & SEALED) != 0;
    }

    @Override
    public boolean isBeforeFieldInit() {
        return (row.flags() & BEFORE_FIELD_INIT) != 0;
    }

    public java.util.List<GenericParameterInfo> genericParameters() {
        return module.genericParameters(token());
    }

    /** Whether the type carries the custom attribute Namespace.Name (e.g. System.FlagsAttribute). */
    public boolean hasCustomAttribute(String namespace, String name) {
        return module.hasCustomAttribute(token(), namespace, name);
    }

    public int genericParameterCount() {
        return module.metadata().genericParams(token()).length;
    }

    public boolean isExplicitLayout() {
        return (row.flags() & LAYOUT_MASK) == EXPLICIT_LAYOUT;
    }

    /** Neither sequential nor explicit: the runtime may reorder fields (such a struct cannot cross P/Invoke). */
    public boolean isAutoLayout() {
        return (row.flags() & LAYOUT_MASK) == 0;
    }

    private static final ThreadLocal<java.util.Set<EcmaType>> RESOLVING_BASE =
            ThreadLocal.withInitial(java.util.HashSet::new);

    @Override
    public TypeDesc baseType() {
        if (!baseResolved) {
            synchronized (this) {
                if (!baseResolved) {
                    java.util.Set<EcmaType> resolving = RESOLVING_BASE.get();
                    if (!resolving.add(this)) {
                        throw new dev.kiln.typesystem.metadata.BadImageFormatException(module.displayName()
                                + ": type " + fullName + " inherits from itself (cyclic base types)");
                    }
                    try {
                        TypeDesc b = row.extendsToken() == 0 ? null : module.resolveType(row.extendsToken(), GenericContext.NONE);
                        // walking the chain resolves every base first, which detects cycles through this type
                        for (TypeDesc t = b; t != null; t = t.baseType()) {
                            if (t == this) {
                                throw new dev.kiln.typesystem.metadata.BadImageFormatException(module.displayName()
                                        + ": type " + fullName + " inherits from itself (cyclic base types)");
                            }
                        }
                        baseType = b;
                        baseResolved = true;
                    } finally {
                        resolving.remove(this);
                    }
                }
            }
        }
        return baseType;
    }

    public TypeDesc enclosingType() {
        int enclosing = module.enclosingTypeRid(rid);
        return enclosing == 0 ? null : module.typeDef(enclosing);
    }

    @Override
    public List<MethodDesc> methods() {
        List<MethodDesc> m = methods;
        if (m == null) {
            synchronized (this) {
                if (methods == null) {
                    List<MethodDesc> list = new ArrayList<>();
                    MetadataFile md = module.metadata();
                    for (int i = row.firstMethod(); i < row.endMethod(); i++) {
                        list.add(module.methodDef(md.methodRidAt(i)));
                    }
                    methods = Collections.unmodifiableList(list);
                }
                m = methods;
            }
        }
        return m;
    }

    @Override
    public List<FieldDesc> fields() {
        List<FieldDesc> f = fields;
        if (f == null) {
            synchronized (this) {
                if (fields == null) {
                    List<FieldDesc> list = new ArrayList<>();
                    MetadataFile md = module.metadata();
                    for (int i = row.firstField(); i < row.endField(); i++) {
                        list.add(module.fieldDef(md.fieldRidAt(i)));
                    }
                    fields = Collections.unmodifiableList(list);
                }
                f = fields;
            }
        }
        return f;
    }

    /** Interfaces this type declares it implements (not inherited ones). */
    public List<TypeDesc> declaredInterfaces() {
        List<TypeDesc> list = new ArrayList<>();
        MetadataFile md = module.metadata();
        for (int implRid : md.interfaceImpls(rid)) {
            list.add(module.resolveType(md.interfaceImpl(implRid).interfaceToken(), GenericContext.NONE));
        }
        return list;
    }
}
