package dev.kiln.compiler.deps;

import dev.kiln.compiler.deps.ReflectionDataflow.DynamicCallValue;
import dev.kiln.compiler.deps.ReflectionDataflow.IntValue;
import dev.kiln.compiler.deps.ReflectionDataflow.MethodValue;
import dev.kiln.compiler.deps.ReflectionDataflow.NullValue;
import dev.kiln.compiler.deps.ReflectionDataflow.Origin;
import dev.kiln.compiler.deps.ReflectionDataflow.StringValue;
import dev.kiln.compiler.deps.ReflectionDataflow.TypeArray;
import dev.kiln.compiler.deps.ReflectionDataflow.TypeValue;
import dev.kiln.compiler.deps.ReflectionDataflow.Unknown;
import dev.kiln.compiler.deps.ReflectionDataflow.Value;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.NetNames;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TrimmingAnnotations;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reflection APIs the dataflow recognizes and what each call keeps: the members of the kind it looks up, of the
 * type it is called on and its bases (a constant name: the members of that name; otherwise all of the kind), the
 * constructors Activator.CreateInstance runs, the instantiation MakeGenericType makes. Each kept member is an edge
 * whose reason names the call and its IL offset. A call whose type is not a constant is a warning (ILLink's codes:
 * IL2070 when the type is a parameter, IL2075 a method's return value, IL2080 a field's value; IL2057 for
 * Type.GetType of a string that is not constant, IL2055 for MakeGenericType). Core-library call sites do not warn:
 * their reflection serves the program's types, which the program's own sites name.
 */
final class ReflectionPatterns {
    private enum Kind { METHODS, CONSTRUCTORS, PROPERTIES, FIELDS, EVENTS, ALL }

    private static final Set<String> LOOKUPS = Set.of("GetMethod", "GetMethods", "GetConstructor", "GetConstructors",
            "GetProperty", "GetProperties", "GetField", "GetFields", "GetEvent", "GetEvents", "GetMember", "GetMembers",
            "MakeGenericType", "GetNestedTypes", "GetNestedType");

    /** Takes nothing: the dataflow's first rounds, which only compute what the locals hold. */
    static final DependencySink SILENT = new IgnoringDependencySink() {
    };

    private final MethodDesc method;
    private final DependencySink sink;
    private final boolean warns;

    ReflectionPatterns(MethodDesc method, DependencySink sink) {
        this.method = method;
        this.sink = sink;
        TypeDesc owner = method.owningType();
        this.warns = sink != SILENT && (!(method.typicalDefinition() instanceof EcmaMethod e)
                || e.module() != owner.typeSystem().coreLibraryModule());
    }

    /**
     * A call of a method marked [RequiresUnreferencedCode]: IL2026 at the call site (unless the caller is itself
     * marked or suppresses it: the sink filters), as ILLink reports it; the callee's own body warns about nothing.
     */
    void requiresUnreferencedCode(int ilOffset, MethodDesc target) {
        String message = warns ? dev.kiln.typesystem.TrimmingSuppressions.requiresUnreferencedCode(target) : null;
        if (message != null) {
            sink.reflectionWarning(ilOffset, 2026, message);
        }
    }

    /** Whether the dataflow follows target's result (typeof's GetTypeFromHandle) or reports its calls. */
    static boolean isPattern(MethodDesc target) {
        return isTypeFromHandle(target) || triggers(target);
    }

    /** A reflection API whose calls the analysis examines (a body without one is not analyzed). */
    static boolean triggers(MethodDesc target) {
        String owner = target.owningType().fullName();
        String name = target.name();
        if (owner.equals("System.Type") || owner.equals("System.Reflection.TypeInfo")) {
            return LOOKUPS.contains(name) || name.equals("GetType") && target.isStatic();
        }
        if (name.equals("CreateDelegate") && (owner.equals("System.Delegate") || owner.equals("System.Reflection.MethodInfo"))) {
            return true;
        }
        if (owner.equals("System.Reflection.MethodInfo")) {
            return name.equals("MakeGenericMethod");
        }
        if (isExpressionTypeFactory(target) || DynamicSiteNames.isBinderFactory(target) || DynamicSiteNames.isSiteCreation(target)) {
            return true;
        }
        return owner.equals("System.Activator") && name.equals("CreateInstance") && !target.signature().parameters().isEmpty()
                && target.signature().parameters().get(0).fullName().equals("System.Type");
    }

    /**
     * Expression factories given a Type: NewArrayInit(Type, ...) and NewArrayBounds(Type, ...) need T[], which the
     * interpreter creates (Kiln makes no types at run time); New(Type) needs T's constructors.
     */
    private static boolean isExpressionTypeFactory(MethodDesc target) {
        return (target.name().equals("NewArrayInit") || target.name().equals("NewArrayBounds") || isExpressionNew(target))
                && target.owningType().fullName().equals("System.Linq.Expressions.Expression")
                && !target.signature().parameters().isEmpty()
                && target.signature().parameters().get(0).fullName().equals("System.Type");
    }

    /** Expression.New(Type): `new T()` in a tree, which the interpreter runs through T's parameterless constructor. */
    private static boolean isExpressionNew(MethodDesc target) {
        return target.name().equals("New") && target.signature().parameters().size() == 1
                && target.owningType().fullName().equals("System.Linq.Expressions.Expression")
                && target.signature().parameters().get(0).fullName().equals("System.Type");
    }

    private static boolean isTypeFromHandle(MethodDesc target) {
        return target.name().equals("GetTypeFromHandle") && target.owningType().fullName().equals("System.Type");
    }

    /** A reflection call at ilOffset: keeps what it names, or warns; returns its result when known. */
    Value call(int ilOffset, MethodDesc target, Value receiver, Value[] arguments) {
        if (isTypeFromHandle(target)) {
            return arguments.length == 1 && arguments[0] instanceof TypeValue t ? t : null;
        }
        String api = NetNames.methodForWarning(target.owningType(), target.name(), target.signature());
        String site = api + " at IL_" + String.format("%04x", ilOffset) + " in " + method.fullName();
        String name = target.name();
        if (DynamicSiteNames.isBinderFactory(target)) {
            // a C# dynamic call site: its binder looks members up by name on the runtime types (DynamicMemberNode)
            for (String member : DynamicSiteNames.of(target, arguments)) {
                sink.dynamicMember(member, "the dynamic call site of " + site + " binds '" + member + "'");
            }
            return name.equals("InvokeMember") && arguments.length > 2 && arguments[1] instanceof StringValue s
                    ? new DynamicCallValue(s.text(), arguments[2] instanceof TypeArray a ? a : null) : null;
        }
        if (DynamicSiteNames.isSiteCreation(target)) {
            // the site's delegate type gives the compile-time types of its non-dynamic arguments: a generic method
            // the call may bind is instantiated over them (DynamicGenericCallNode)
            if (arguments.length == 1 && arguments[0] instanceof DynamicCallValue call) {
                List<TypeDesc> argumentTypes = DynamicSiteNames.siteArgumentTypes(target.owningType());
                List<TypeDesc> typeArguments = call.typeArguments() == null ? List.of() : constantTypes(new Value[] {call.typeArguments()});
                if (argumentTypes != null && typeArguments != null) {
                    sink.dynamicGenericCall(new DynamicGenericCallNode.Call(call.name(), typeArguments, argumentTypes),
                            "the dynamic call of " + call.name() + " created by " + site);
                }
            }
            return null;
        }
        if (isExpressionTypeFactory(target)) {
            // a type the analysis cannot see makes the interpreter throw NotSupportedException naming T[]: no warning
            if (isExpressionNew(target)) {
                if (arguments[0] instanceof TypeValue t) {
                    keep(t.type(), Kind.CONSTRUCTORS, null, site);
                }
                return null;
            }
            if (arguments[0] instanceof TypeValue t && !t.type().containsGenericParameters()) {
                // Type.MakeArrayType finds T[] through T's reflection table
                sink.reflectable(t.type(), site + " makes an array of it");
                sink.constructed(t.type().makeArrayType(), site + " makes the array");
            }
            return null;
        }
        if (target.owningType().fullName().equals("System.Activator")) {
            if (arguments[0] instanceof TypeValue t) {
                keep(t.type(), Kind.CONSTRUCTORS, null, site);
                if (t.type().isValueType() && !t.type().containsGenericParameters()) {
                    sink.constructed(t.type(), site + " boxes a new one");
                }
            } else {
                warn(ilOffset, arguments[0], "'type' argument of " + api, Origin.PARAMETER, activatorNeeds(target, arguments));
            }
            return null;
        }
        if (name.equals("CreateDelegate")) {
            // the delegate object is made by reflection, not by newobj: its type must be constructed (a vtable)
            if (arguments.length > 0 && arguments[0] instanceof TypeValue t && !t.type().containsGenericParameters()) {
                sink.constructed(t.type(), site + " creates a delegate of it");
            }
            return null;
        }
        if (name.equals("GetType")) {
            if (arguments.length > 0 && arguments[0] instanceof StringValue s) {
                TypeDesc t = ReflectionDataflow.findType(method.owningType().typeSystem(), s.text());
                if (t != null) {
                    sink.reflectable(t, site + " names it");
                    return new TypeValue(t);
                }
            } else if (warns) {
                sink.reflectionWarning(ilOffset, 2057, "the type name passed to " + api + " is not a constant string"
                        + " (" + describe(arguments.length > 0 ? arguments[0] : null) + ")");
            }
            return null;
        }
        if (name.equals("MakeGenericMethod")) {
            makeGenericMethod(ilOffset, receiver, arguments, api, site);
            return null;
        }
        if (name.equals("MakeGenericType") && !(receiver instanceof TypeValue)) {
            warn(ilOffset, receiver, "'this' argument of " + api, Origin.THIS, 0);
            return null;
        }
        if (!(receiver instanceof TypeValue type)) {
            warn(ilOffset, receiver, "'this' argument of " + api, Origin.THIS, lookupNeeds(target, arguments));
            return null;
        }
        if (name.equals("MakeGenericType")) {
            return makeGenericType(ilOffset, type.type(), arguments, api, site);
        }
        if (name.startsWith("GetNestedType")) {
            String nestedName = name.endsWith("s") || arguments.length == 0 || !(arguments[0] instanceof StringValue s) ? null : s.text();
            keepNestedTypes(type.type(), nestedName, site);
            return null;
        }
        String member = name.endsWith("s") || arguments.length == 0 || !(arguments[0] instanceof StringValue s) ? null : s.text();
        Kind kind = name.startsWith("GetMethod") ? Kind.METHODS : name.startsWith("GetConstructor") ? Kind.CONSTRUCTORS
                : name.startsWith("GetPropert") ? Kind.PROPERTIES : name.startsWith("GetField") ? Kind.FIELDS
                : name.startsWith("GetEvent") ? Kind.EVENTS : Kind.ALL;
        keep(type.type(), kind, member, site);
        return kind == Kind.METHODS && member != null && name.equals("GetMethod") ? new MethodValue(type.type(), member) : null;
    }

    /**
     * MakeGenericMethod on what GetMethod(name) found on a constant type, with constant type arguments: compiles the
     * instantiation of each generic method of that name and arity (of the type and its bases), as MakeGenericType
     * compiles its instantiation; otherwise ILLink's IL2060.
     */
    private void makeGenericMethod(int ilOffset, Value receiver, Value[] arguments, String api, String site) {
        List<TypeDesc> args = constantTypes(arguments);
        if (!(receiver instanceof MethodValue found) || args == null) {
            if (warns) {
                sink.reflectionWarning(ilOffset, 2060, "the method or the type arguments of " + api + " are not constants"
                        + " (" + describe(receiver instanceof MethodValue ? arguments[0] : receiver)
                        + "): the instantiation is compiled only if something else needs it");
            }
            return;
        }
        for (TypeDesc t = found.type(); t != null && ReflectionMetadataNode.describable(t); t = t.baseType()) {
            for (MethodDesc m : ReflectableMembers.methods(t)) {
                if (m.isGenericMethodDefinition() && m.name().equals(found.name())
                        && m.signature().genericParameterCount() == args.size()) {
                    MethodDesc instance = t.typeSystem().instantiate(m, args);
                    sink.reflectedMethod(instance, site + " makes it");
                    signatureTypes(instance, site + " makes it");
                }
            }
        }
    }

    /** The elements of a constant Type[] argument, or null. */
    private static List<TypeDesc> constantTypes(Value[] arguments) {
        if (arguments.length != 1 || !(arguments[0] instanceof TypeArray array)) {
            return null;
        }
        List<TypeDesc> types = new ArrayList<>();
        for (TypeDesc t : array.elements()) {
            if (t == null) {
                return null;
            }
            types.add(t);
        }
        return types;
    }

    /** The descriptors (and boxes of value types) Invoke of a kept instantiation needs: ReflectionTables lists it then. */
    private void signatureTypes(MethodDesc instance, String reason) {
        for (TypeDesc element : ReflectedMembers.signatureTypes(instance)) {
            sink.descriptorUse(element, reason);
            if (element.isValueType()) {
                sink.constructed(element, reason + " (Invoke boxes it)");
            }
        }
    }

    /** GetNestedType(s): the types declared inside type (of its definition), by name when the name is constant. */
    private void keepNestedTypes(TypeDesc type, String nestedName, String site) {
        TypeDesc definition = type instanceof dev.kiln.typesystem.InstantiatedType it ? it.definition() : type;
        if (!(definition instanceof EcmaType declaring)) {
            return;
        }
        for (EcmaType t : declaring.module().allTypes()) {
            if (t.enclosingType() == declaring && (nestedName == null || t.name().equals(nestedName))) {
                sink.reflectable(t, site + " lists it");
            }
        }
    }

    private Value makeGenericType(int ilOffset, TypeDesc definition, Value[] arguments, String api, String site) {
        if (!(definition instanceof EcmaType generic) || generic.genericParameterCount() == 0) {
            return null; // not a generic definition: throws InvalidOperationException at run time
        }
        if (!(arguments.length == 1 && arguments[0] instanceof TypeArray array)) {
            if (warns) {
                sink.reflectionWarning(ilOffset, 2055, "the type arguments of " + api + " on " + definition.fullName()
                        + " are not constant types: the instantiation is compiled only if something else needs it");
            }
            return null;
        }
        List<TypeDesc> args = new ArrayList<>();
        for (TypeDesc t : array.elements()) {
            if (t == null) {
                if (warns) {
                    sink.reflectionWarning(ilOffset, 2055, "a type argument of " + api + " on " + definition.fullName()
                            + " is not a constant type: the instantiation is compiled only if something else needs it");
                }
                return null;
            }
            args.add(t);
        }
        if (args.size() != generic.genericParameterCount()) {
            return null; // throws ArgumentException at run time
        }
        TypeDesc instance = definition.typeSystem().instantiate(generic, args);
        sink.reflectable(instance, site + " makes it");
        if (!instance.isInterface() && !instance.isAbstract()) {
            sink.constructed(instance, site + " makes it (Activator may create it)");
            keep(instance, Kind.CONSTRUCTORS, null, site);
        }
        return new TypeValue(instance);
    }

    /** Keeps type's (and its bases') members of kind named member (null: all of them). */
    private void keep(TypeDesc type, Kind kind, String member, String site) {
        sink.reflectable(type, site + " describes it");
        String reason = site + " names it";
        for (TypeDesc t = type; t != null && ReflectionMetadataNode.describable(t); t = t.baseType()) {
            if (kind == Kind.METHODS || kind == Kind.CONSTRUCTORS || kind == Kind.ALL) {
                for (MethodDesc m : ReflectableMembers.methods(t)) {
                    if (m.isGenericMethodDefinition()) {
                        continue; // listed, never compiled: MakeGenericMethod's instantiations are
                    }
                    boolean constructor = m.isConstructor();
                    boolean wanted = kind == Kind.ALL || (kind == Kind.CONSTRUCTORS) == constructor;
                    if (wanted && (member == null || m.name().equals(member)) && !(constructor && t != type)) {
                        sink.reflectedMethod(m, reason);
                    }
                }
            }
            if (kind == Kind.PROPERTIES || kind == Kind.EVENTS || kind == Kind.ALL) {
                List<PropertiesAndEvents.Member> members = new ArrayList<>();
                if (kind != Kind.EVENTS) {
                    members.addAll(PropertiesAndEvents.properties(t));
                }
                if (kind != Kind.PROPERTIES) {
                    members.addAll(PropertiesAndEvents.events(t));
                }
                for (PropertiesAndEvents.Member p : members) {
                    if (member == null || p.name().equals(member)) {
                        if (p.first() != null) {
                            sink.reflectedMethod(p.first(), reason);
                        }
                        if (p.second() != null) {
                            sink.reflectedMethod(p.second(), reason);
                        }
                    }
                }
            }
            if (kind == Kind.FIELDS || kind == Kind.ALL) {
                for (FieldDesc f : ReflectableMembers.fields(t)) {
                    if (member == null || f.name().equals(member)) {
                        sink.reflectedField(f, reason);
                    }
                }
            }
        }
    }

    /**
     * A value flowing into a location annotated with kinds (a callee's parameter or 'this', a field, the method's
     * return value; what names it): a type the analysis knows keeps those members, a type name (an annotated string)
     * the type's, an annotated value satisfies it if its annotation has them; anything else warns.
     */
    void flowsInto(int ilOffset, Value value, int kinds, Origin target, String what) {
        if (kinds == 0 || value instanceof NullValue || sink == SILENT) {
            return;
        }
        String reason = what + " is [DynamicallyAccessedMembers(" + AccessedMembers.describe(kinds) + ")]: the value stored or passed at IL_"
                + String.format("%04x", ilOffset) + " in " + method.fullName();
        if (value instanceof TypeValue t) {
            AccessedMembers.keep(sink, t.type(), kinds, reason);
        } else if (value instanceof StringValue s && ReflectionDataflow.findType(method.owningType().typeSystem(), s.text()) != null) {
            AccessedMembers.keep(sink, ReflectionDataflow.findType(method.owningType().typeSystem(), s.text()), kinds, reason);
        } else {
            warn(ilOffset, value, what + ", annotated [DynamicallyAccessedMembers(" + AccessedMembers.describe(kinds) + ")], gets",
                    target, kinds);
        }
    }

    /**
     * A value the analysis cannot see the type of, used where kinds of its members are needed (0: not a member lookup):
     * no warning if its [DynamicallyAccessedMembers] annotation has them; otherwise ILLink's code, by where the value
     * comes from and where it goes (IL2067-IL2091, IL2062-IL2066 for a value of no one place).
     */
    private void warn(int ilOffset, Value value, String what, Origin target, int kinds) {
        Unknown u = value instanceof Unknown unknown ? unknown : null;
        if (kinds != 0 && u != null && TrimmingAnnotations.covers(u.kinds(), kinds)) {
            return;
        }
        if (!warns) {
            return;
        }
        int code = u == null || u.kind() == Origin.OTHER ? 2062 + target.ordinal() : 2067 + 5 * u.kind().ordinal() + target.ordinal();
        String annotated = u != null && u.kinds() != 0 ? ", annotated [DynamicallyAccessedMembers(" + AccessedMembers.describe(u.kinds())
                + ")] without " + AccessedMembers.describe(kinds & ~u.kinds()) : "";
        sink.reflectionWarning(ilOffset, code, what + (what.endsWith(" gets") ? " " : " is ") + describe(value) + annotated
                + ": the analysis cannot see which type it is, so the members the call needs are kept only if something else"
                + " keeps them");
    }

    /** The kinds a member lookup on a Type needs, by its BindingFlags (ILLink's table): public ones by default. */
    private static int lookupNeeds(MethodDesc target, Value[] arguments) {
        String name = target.name();
        int publicKinds = name.startsWith("GetMethod") ? AccessedMembers.PUBLIC_METHODS
                : name.startsWith("GetConstructor") ? AccessedMembers.PUBLIC_CONSTRUCTORS
                : name.startsWith("GetPropert") ? AccessedMembers.PUBLIC_PROPERTIES
                : name.startsWith("GetField") ? AccessedMembers.PUBLIC_FIELDS
                : name.startsWith("GetEvent") ? AccessedMembers.PUBLIC_EVENTS
                : AccessedMembers.PUBLIC_METHODS | AccessedMembers.PUBLIC_CONSTRUCTORS | AccessedMembers.PUBLIC_FIELDS
                        | AccessedMembers.PUBLIC_PROPERTIES | AccessedMembers.PUBLIC_EVENTS | AccessedMembers.PUBLIC_NESTED_TYPES;
        // each non-public kind is the public one's next bit, except constructors (PublicConstructors is 0x3)
        int nonPublicKinds = (publicKinds & ~AccessedMembers.PUBLIC_CONSTRUCTORS) << 1
                | ((publicKinds & AccessedMembers.PUBLIC_CONSTRUCTORS) != 0 ? AccessedMembers.NON_PUBLIC_CONSTRUCTORS : 0);
        return withFlags(target, arguments, publicKinds, nonPublicKinds);
    }

    /** Activator.CreateInstance(Type) runs the public parameterless constructor; other overloads any public one. */
    private static int activatorNeeds(MethodDesc target, Value[] arguments) {
        List<TypeDesc> parameters = target.signature().parameters();
        if (parameters.size() == 1) {
            return AccessedMembers.PUBLIC_PARAMETERLESS_CONSTRUCTOR;
        }
        if (parameters.size() == 2 && parameters.get(1).category() == dev.kiln.typesystem.TypeCategory.BOOLEAN) {
            return arguments[1] instanceof IntValue i && i.value() == 0 ? AccessedMembers.PUBLIC_PARAMETERLESS_CONSTRUCTOR
                    : AccessedMembers.PUBLIC_PARAMETERLESS_CONSTRUCTOR | AccessedMembers.NON_PUBLIC_CONSTRUCTORS;
        }
        return withFlags(target, arguments, AccessedMembers.PUBLIC_CONSTRUCTORS, AccessedMembers.NON_PUBLIC_CONSTRUCTORS);
    }

    /** BindingFlags.Public (16) asks for the public kinds, NonPublic (32) the others; no flags: public; unknown: both. */
    private static int withFlags(MethodDesc target, Value[] arguments, int publicKinds, int nonPublicKinds) {
        List<TypeDesc> parameters = target.signature().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).fullName().equals("System.Reflection.BindingFlags")) {
                if (!(arguments[i] instanceof IntValue flags)) {
                    return publicKinds | nonPublicKinds;
                }
                return ((flags.value() & 16) != 0 ? publicKinds : 0) | ((flags.value() & 32) != 0 ? nonPublicKinds : 0);
            }
        }
        return publicKinds;
    }

    private static String describe(Value value) {
        if (value instanceof Unknown u) {
            return u.origin();
        }
        if (value instanceof IntValue || value instanceof TypeArray || value instanceof StringValue) {
            return "not a Type";
        }
        return "a value the analysis does not follow";
    }
}
