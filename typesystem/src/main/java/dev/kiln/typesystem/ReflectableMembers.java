package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * What reflection metadata lists of a type, shared by the dependency graph (what it keeps) and the code generator
 * (what it emits), so both agree on indexes: its constructors and methods in declaration order (generic method
 * definitions included: MakeGenericMethod finds the compiled instantiations from them), without the class constructor
 * and methods whose signature names what the assemblies lack.
 */
public final class ReflectableMembers {
    private ReflectableMembers() {
    }

    public static List<MethodDesc> methods(TypeDesc type) {
        List<MethodDesc> list = new ArrayList<>();
        for (MethodDesc m : type.methods()) {
            if (TypeLoading.signatureLoads(m) && !m.isStaticConstructor()
                    && signatureTypesLoad(m.signature())) {
                list.add(m);
            }
        }
        return list;
    }

    /** The names of a generic method definition's type parameters (GetGenericArguments on the definition). */
    public static List<String> genericParameterNames(MethodDesc method) {
        List<String> names = new ArrayList<>();
        if (method.typicalDefinition() instanceof EcmaMethod e) {
            for (GenericParameterInfo p : e.genericParameters()) {
                names.add(p.name());
            }
        }
        while (names.size() < method.signature().genericParameterCount()) {
            names.add("T" + names.size());
        }
        return names;
    }

    /** Type.DeclaringType: the type a nested type is declared in (of a nested generic instantiation, as .NET
     *  answers, that type's definition), or null. */
    public static EcmaType declaringType(TypeDesc type) {
        TypeDesc definition = type instanceof InstantiatedType it ? it.definition() : type;
        return definition instanceof EcmaType e ? (EcmaType) e.enclosingType() : null;
    }

    /** The fields reflection lists, in declaration order: those whose type loads. */
    public static List<FieldDesc> fields(TypeDesc type) {
        List<FieldDesc> list = new ArrayList<>();
        for (FieldDesc f : type.fields()) {
            TypeDesc fieldType = TypeLoading.unlessMissing(f::fieldType);
            if (fieldType != null && loads(fieldType)) {
                list.add(f);
            }
        }
        return list;
    }

    /**
     * Whether a type loads (its descriptor can be emitted): not when it, or a field its layout needs, names what the
     * assemblies lack (a library built against a fuller framework: Mono.Cecil's StrongNameKeyPair fields).
     */
    public static boolean loads(TypeDesc type) {
        TypeDesc t = type;
        while (t instanceof ByRefType r) {
            t = r.elementType();
        }
        if (t.containsGenericParameters()) {
            return true; // a generic method definition's T: nothing to load, and no descriptor is emitted for it
        }
        TypeDesc checked = t;
        return TypeLoading.unlessMissing(() -> {
            TypeLoading.ensureLoadable(checked);
            return checked;
        }) != null;
    }

    private static boolean signatureTypesLoad(MethodSignature signature) {
        if (!loads(signature.returnType())) {
            return false;
        }
        for (TypeDesc p : signature.parameters()) {
            if (!loads(p)) {
                return false;
            }
        }
        return true;
    }

    /** The name of parameter i (0-based) of method from its Param row, or null without one. */
    public static String parameterName(MethodDesc method, int i) {
        if (!(method.typicalDefinition() instanceof EcmaMethod e)) {
            return null;
        }
        MetadataFile md = e.module().metadata();
        var row = md.methodDef(Tokens.rid(e.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            var param = md.param(md.paramRidAt(list));
            if (param.sequence() == i + 1) {
                return param.name();
            }
        }
        return null;
    }

    /** ECMA-335 FieldAttributes of a field (of its definition, for a field of an instantiation). */
    public static int fieldAttributes(FieldDesc field) {
        FieldDesc def = field instanceof FieldOnInstantiatedType fo ? fo.definition() : field;
        return def instanceof EcmaField e ? e.flags() : 0;
    }
}
