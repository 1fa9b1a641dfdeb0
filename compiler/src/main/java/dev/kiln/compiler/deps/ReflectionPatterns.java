package dev.kiln.compiler.deps;

import dev.kiln.compiler.deps.ReflectionDataflow.IntValue;
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
    static final DependencySink SILENT = new DependencySink() {
        @Override
        public void methodBody(MethodDesc method, String reason) {
        }

        @Override
        public void asyncVariantCall(MethodDesc target, boolean dispatch, String reason) {
        }

        @Override
        public void virtualUse(MethodDesc method, String reason) {
        }

        @Override
        public void constructed(TypeDesc type, String reason) {
        }

        @Override
        public void classConstructor(TypeDesc type, String reason) {
        }
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
        return owner.equals("System.Activator") && name.equals("CreateInstance") && !target.signature().parameters().isEmpty()
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
        if (target.owningType().fullName().equals("System.Activator")) {
            if (arguments[0] instanceof TypeValue t) {
                keep(t.type(), Kind.CONSTRUCTORS, null, site);
                if (t.type().isValueType() && !t.type().containsGenericParameters()) {
                    sink.constructed(t.type(), site + " boxes a new one");
                }
            } else {
                warn(ilOffset, arguments[0], "'type' argument of " + api, 2067, 2072, 2077);
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
        if (!(receiver instanceof TypeValue type)) {
            warn(ilOffset, receiver, "'this' argument of " + api, 2070, 2075, 2080);
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
        return null;
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

    /** A pattern whose type is not a constant: the warning code by where the value came from. */
    private void warn(int ilOffset, Value value, String what, int parameterCode, int returnCode, int fieldCode) {
        if (!warns) {
            return;
        }
        int code = value instanceof Unknown u ? switch (u.kind()) {
            case PARAMETER -> parameterCode;
            case FIELD -> fieldCode;
            default -> returnCode;
        } : returnCode;
        sink.reflectionWarning(ilOffset, code, what + " is " + describe(value) + ": the analysis cannot see which type it"
                + " is, so the members the call needs are kept only if something else keeps them");
    }

    private static String describe(Value value) {
        if (value instanceof Unknown u) {
            return u.origin();
        }
        if (value instanceof IntValue || value instanceof TypeArray) {
            return "not a Type";
        }
        return "a value the analysis does not follow";
    }
}
