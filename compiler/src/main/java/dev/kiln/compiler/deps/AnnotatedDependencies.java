package dev.kiln.compiler.deps;

import dev.kiln.typesystem.CustomAttributeValue;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TrimmingAnnotations;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;

/**
 * What a compiled method keeps because of annotations on it rather than in its body: the members its type arguments
 * are asked for by {@code [DynamicallyAccessedMembers]} on generic parameters (Kiln compiles each instantiation, so
 * the arguments are known types: they keep those members, where ILLink checks the arguments' own annotations), and
 * what its {@code [DynamicDependency]} attributes name (ILLink's member signature: "Name", "Name(Ns.Type,Ns.Type)",
 * "#ctor(...)", or kinds of members of a type).
 */
final class AnnotatedDependencies {
    private AnnotatedDependencies() {
    }

    static void add(MethodDesc method, DependencySink sink) {
        String where = method.fullName();
        if (method instanceof InstantiatedMethod im) {
            genericArguments(sink, TrimmingAnnotations.methodGenericParameters(im), im.arguments(), where);
        }
        if (method.owningType() instanceof InstantiatedType it) {
            genericArguments(sink, TrimmingAnnotations.typeGenericParameters(it), it.arguments(), where);
        }
        if (method.typicalDefinition() instanceof EcmaMethod definition) {
            boolean notes = definition.module() != definition.module().typeSystem().coreLibraryModule();
            for (CustomAttributeValue dependency : TrimmingAnnotations.dynamicDependencies(definition)) {
                dynamicDependency(sink, method, definition.module(), dependency, notes);
            }
        }
    }

    private static void genericArguments(DependencySink sink, int[] kinds, List<TypeDesc> arguments, String where) {
        for (int i = 0; i < kinds.length && i < arguments.size(); i++) {
            if (kinds[i] != 0) {
                AccessedMembers.keep(sink, arguments.get(i), kinds[i], "generic parameter " + i + " of " + where
                        + " is [DynamicallyAccessedMembers(" + AccessedMembers.describe(kinds[i]) + ")]");
            }
        }
    }

    private static void dynamicDependency(DependencySink sink, MethodDesc method, EcmaModule module, CustomAttributeValue value,
                                          boolean notes) {
        List<Object> args = value.fixedArguments();
        if (args.isEmpty()) {
            return;
        }
        TypeDesc type = method.owningType();
        if (args.size() == 2 && args.get(1) instanceof CustomAttributeValue.TypeName name) {
            type = TrimmingAnnotations.typeArgument(module, name);
        } else if (args.size() == 3 && args.get(1) instanceof String typeName) {
            type = ReflectionDataflow.findType(module.typeSystem(), args.get(2) instanceof String assembly ? typeName + ", " + assembly : typeName);
        }
        String reason = "[DynamicDependency] on " + method.fullName();
        if (type == null) {
            if (notes) {
                sink.reflectionNote(2036, reason + " names a type that is not in the program's assemblies ("
                        + (args.size() > 1 ? args.get(1) : "") + ")");
            }
            return;
        }
        Object first = args.get(0) instanceof CustomAttributeValue.EnumValue e ? e.value() : args.get(0);
        if (first instanceof Number kinds) {
            AccessedMembers.keep(sink, type, kinds.intValue(), reason);
        } else if (first instanceof String signature && !member(sink, type, signature, reason) && notes) {
            sink.reflectionNote(2037, reason + ": no member of " + type.fullName() + " matches '" + signature + "'");
        }
    }

    /** Keeps type's members matching an ILLink member signature; false if none does. */
    private static boolean member(DependencySink sink, TypeDesc type, String signature, String reason) {
        if (!ReflectionMetadataNode.describable(type)) {
            return false;
        }
        sink.reflectable(type, reason);
        int paren = signature.indexOf('(');
        String name = (paren < 0 ? signature : signature.substring(0, paren)).trim();
        String parameters = paren < 0 ? null : signature.substring(paren + 1, signature.lastIndexOf(')') < paren ? signature.length()
                : signature.lastIndexOf(')')).replace(" ", "");
        boolean found = false;
        for (MethodDesc m : ReflectableMembers.methods(type)) {
            String mName = m.isConstructor() ? "#ctor" : m.name();
            if ((name.equals("*") || mName.equals(name)) && (parameters == null || parameters.equals(docParameters(m)))) {
                sink.reflectedMethod(m, reason);
                found = true;
            }
        }
        if (parameters != null && !name.equals("*")) {
            return found;
        }
        for (FieldDesc f : ReflectableMembers.fields(type)) {
            if (name.equals("*") || f.name().equals(name)) {
                sink.reflectedField(f, reason);
                found = true;
            }
        }
        for (List<PropertiesAndEvents.Member> members : List.of(PropertiesAndEvents.properties(type), PropertiesAndEvents.events(type))) {
            for (PropertiesAndEvents.Member p : members) {
                if (name.equals("*") || p.name().equals(name)) {
                    for (MethodDesc accessor : new MethodDesc[] {p.first(), p.second()}) {
                        if (accessor != null) {
                            sink.reflectedMethod(accessor, reason);
                        }
                    }
                    found = true;
                }
            }
        }
        return found;
    }

    /** The parameter list as documentation IDs write it: "System.Int32,System.String@,System.Collections.Generic.List{System.Int32}". */
    private static String docParameters(MethodDesc m) {
        StringBuilder sb = new StringBuilder();
        for (TypeDesc p : m.signature().parameters()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(docName(p));
        }
        return sb.toString();
    }

    private static String docName(TypeDesc t) {
        if (t instanceof dev.kiln.typesystem.ByRefType r) {
            return docName(r.elementType()) + "@";
        }
        if (t instanceof dev.kiln.typesystem.PointerType p) {
            return docName(p.elementType()) + "*";
        }
        if (t instanceof dev.kiln.typesystem.ArrayType a) {
            return docName(a.elementType()) + "[]";
        }
        if (t instanceof InstantiatedType it) {
            String definition = it.definition().fullName().replace('+', '.');
            int tick = definition.lastIndexOf('`');
            StringBuilder sb = new StringBuilder(tick < 0 ? definition : definition.substring(0, tick)).append('{');
            for (int i = 0; i < it.arguments().size(); i++) {
                sb.append(i > 0 ? "," : "").append(docName(it.arguments().get(i)));
            }
            return sb.append('}').toString();
        }
        if (t instanceof dev.kiln.typesystem.GenericParameterType g) {
            return (g.isMethodParameter() ? "``" : "`") + g.index();
        }
        return t.fullName().replace('+', '.');
    }
}
