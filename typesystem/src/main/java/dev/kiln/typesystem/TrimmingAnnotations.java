package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The trimming annotations of System.Diagnostics.CodeAnalysis, matched by name as ILLink matches them (a
 * netstandard2.0 library declares its own copies): {@code [DynamicallyAccessedMembers(kinds)]} on a parameter, a
 * return value, a field, a generic parameter or a method (its {@code this}), and {@code [DynamicDependency]} on a
 * method. A member-kind mask is DynamicallyAccessedMemberTypes' value: 0 for none, -1 for All.
 */
public final class TrimmingAnnotations {
    public static final String NAMESPACE = "System.Diagnostics.CodeAnalysis";
    private static final String MEMBERS = "DynamicallyAccessedMembersAttribute";
    private static final String DEPENDENCY = "DynamicDependencyAttribute";
    /** Per module (weakly: a compiler run's modules go with it), whether it names each attribute type. */
    private static final Map<EcmaModule, Map<String, Boolean>> MENTIONS = new WeakHashMap<>();

    private TrimmingAnnotations() {
    }

    /** The kinds annotated on method's parameter at sequence (1 the first parameter, 0 the return value). */
    public static int parameter(MethodDesc method, int sequence) {
        if (!(method.typicalDefinition() instanceof EcmaMethod m)) {
            return 0;
        }
        MetadataFile md = m.module().metadata();
        var row = md.methodDef(Tokens.rid(m.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            int rid = md.paramRidAt(list);
            if (md.param(rid).sequence() == sequence) {
                int own = kinds(m.module(), Tokens.make(TableId.Param, rid));
                if (own != 0) {
                    return own;
                }
            }
        }
        return sequence == accessorSequence(m) ? property(m) : 0;
    }

    /**
     * Where ILLink applies a property's annotation to an accessor: a getter's return value (0), a setter's value (its
     * last parameter); -1 for other methods.
     */
    private static int accessorSequence(EcmaMethod m) {
        if (m.name().startsWith("get_")) {
            return 0;
        }
        return m.name().startsWith("set_") ? m.signature().parameters().size() : -1;
    }

    /** The [DynamicallyAccessedMembers] kinds of the property whose getter or setter m is (0 for none). */
    private static int property(EcmaMethod m) {
        if (accessorSequence(m) < 0 || !mentions(m.module(), MEMBERS)) {
            return 0;
        }
        for (PropertiesAndEvents.Member p : PropertiesAndEvents.properties(m.owningType())) {
            if (p.first() instanceof EcmaMethod getter && getter.token() == m.token()
                    || p.second() instanceof EcmaMethod setter && setter.token() == m.token()) {
                return kinds(m.module(), p.token());
            }
        }
        return 0;
    }

    /** The kinds annotated on the method itself: those of its {@code this} (a method of a Type-derived class). */
    public static int thisValue(MethodDesc method) {
        return method.typicalDefinition() instanceof EcmaMethod m && !m.isStatic() ? kinds(m.module(), m.token()) : 0;
    }

    public static int field(FieldDesc field) {
        FieldDesc f = field instanceof FieldOnInstantiatedType fo ? fo.definition() : field;
        if (!(f instanceof EcmaField e)) {
            return 0;
        }
        int own = kinds(e.module(), Tokens.make(TableId.Field, e.rid()));
        return own != 0 ? own : autoPropertyField(e);
    }

    /** An auto-property's backing field ({@code <Name>k__BackingField}) has its property's annotation, as in ILLink. */
    private static int autoPropertyField(EcmaField field) {
        String name = field.name();
        if (!name.startsWith("<") || !name.endsWith(">k__BackingField") || !mentions(field.module(), MEMBERS)) {
            return 0;
        }
        String property = name.substring(1, name.length() - ">k__BackingField".length());
        for (PropertiesAndEvents.Member p : PropertiesAndEvents.properties(field.owningType())) {
            if (p.name().equals(property)) {
                return kinds(field.module(), p.token());
            }
        }
        return 0;
    }

    /** The kinds annotated on each generic parameter of the method (its own, not its type's), by position. */
    public static int[] methodGenericParameters(MethodDesc method) {
        return method.typicalDefinition() instanceof EcmaMethod m ? genericParameters(m.module(), m.token()) : new int[0];
    }

    /** The kinds annotated on each generic parameter of the type definition, by position. */
    public static int[] typeGenericParameters(TypeDesc type) {
        TypeDesc t = type instanceof InstantiatedType it ? it.definition() : type;
        return t instanceof EcmaType e ? genericParameters(e.module(), e.token()) : new int[0];
    }

    /** Whether a call to method involves an annotation: its parameters, return value or generic parameters. */
    public static boolean annotatesSignature(MethodDesc method) {
        if (!(method.typicalDefinition() instanceof EcmaMethod m)) {
            return false;
        }
        MetadataFile md = m.module().metadata();
        var row = md.methodDef(Tokens.rid(m.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            if (kinds(m.module(), Tokens.make(TableId.Param, md.paramRidAt(list))) != 0) {
                return true;
            }
        }
        for (int k : genericParameters(m.module(), m.token())) {
            if (k != 0) {
                return true;
            }
        }
        return thisValue(m) != 0 || property(m) != 0;
    }

    /** The [DynamicDependency] attributes on method, decoded (constructor arguments in order). */
    public static List<CustomAttributeValue> dynamicDependencies(MethodDesc method) {
        List<CustomAttributeValue> found = new ArrayList<>();
        if (method.typicalDefinition() instanceof EcmaMethod m) {
            if (!mentions(m.module(), DEPENDENCY)) {
                return found;
            }
            CustomAttributeDecoder decoder = new CustomAttributeDecoder(m.module());
            for (int rid : m.module().metadata().customAttributes(m.token())) {
                if (isAttribute(m.module(), rid, DEPENDENCY)) {
                    found.add(decoder.decode(rid));
                }
            }
        }
        return found;
    }

    /** A System.Type argument of an attribute of module's (its serialized name), or null if no such type exists. */
    public static TypeDesc typeArgument(EcmaModule module, CustomAttributeValue.TypeName name) {
        return SerializedTypeName.resolve(module, name.name());
    }

    /** Whether the annotated kinds have covers every kind needed asks for (All covers everything). */
    public static boolean covers(int have, int needed) {
        return (have & needed) == needed;
    }

    private static int[] genericParameters(EcmaModule module, int ownerToken) {
        int[] rids = module.metadata().genericParams(ownerToken);
        int[] kinds = new int[rids.length];
        for (int rid : rids) {
            int number = module.metadata().genericParam(rid).number();
            if (number < kinds.length) {
                kinds[number] = kinds(module, Tokens.make(TableId.GenericParam, rid));
            }
        }
        return kinds;
    }

    private static int kinds(EcmaModule module, int token) {
        if (!mentions(module, MEMBERS)) {
            return 0;
        }
        for (int rid : module.metadata().customAttributes(token)) {
            if (isAttribute(module, rid, MEMBERS)) {
                List<Object> args = new CustomAttributeDecoder(module).decode(rid).fixedArguments();
                Object v = args.isEmpty() ? null : args.get(0) instanceof CustomAttributeValue.EnumValue e ? e.value() : args.get(0);
                return v instanceof Number n ? n.intValue() : 0;
            }
        }
        return 0;
    }

    /**
     * Whether the module applies the attribute anywhere (a custom attribute whose constructor is the attribute type's):
     * most assemblies do not — the core library defines the types without using them — and then every question about
     * their members is answered without reading their attributes (the scanner asks at every call).
     */
    static boolean mentions(EcmaModule module, String attribute) {
        synchronized (MENTIONS) {
            Map<String, Boolean> known = MENTIONS.computeIfAbsent(module, k -> new HashMap<>());
            return known.computeIfAbsent(attribute, a -> applies(module.metadata(), a));
        }
    }

    private static boolean applies(MetadataFile md, String attribute) {
        java.util.Set<Integer> types = new java.util.HashSet<>();
        for (int rid = 1; rid <= md.rowCount(TableId.TypeRef); rid++) {
            if (md.typeRef(rid).name().equals(attribute) && md.typeRef(rid).namespace().equals(NAMESPACE)) {
                types.add(Tokens.make(TableId.TypeRef, rid));
            }
        }
        for (int rid = 1; rid <= md.rowCount(TableId.TypeDef); rid++) {
            if (md.typeDef(rid).name().equals(attribute) && md.typeDef(rid).namespace().equals(NAMESPACE)) {
                types.add(Tokens.make(TableId.TypeDef, rid));
            }
        }
        if (types.isEmpty()) {
            return false;
        }
        for (int rid = 1; rid <= md.rowCount(TableId.CustomAttribute); rid++) {
            int ctor = md.customAttribute(rid).constructorToken();
            int owner = Tokens.table(ctor) == TableId.MethodDef
                    ? Tokens.make(TableId.TypeDef, md.declaringTypeOfMethod(Tokens.rid(ctor)))
                    : Tokens.table(ctor) == TableId.MemberRef ? md.memberRef(Tokens.rid(ctor)).parentToken() : 0;
            if (types.contains(owner)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAttribute(EcmaModule module, int customAttributeRid, String name) {
        try {
            TypeDesc owner = module.resolveMethod(module.metadata().customAttribute(customAttributeRid).constructorToken(),
                    GenericContext.NONE).owningType();
            return owner instanceof EcmaType e && e.name().equals(name) && e.namespace().equals(NAMESPACE);
        } catch (TypeLoadException e) {
            return false; // an attribute of an assembly that is not available is not one of these
        }
    }
}
