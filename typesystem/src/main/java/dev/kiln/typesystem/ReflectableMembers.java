package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * What reflection metadata lists of a type, shared by the dependency graph (what it keeps) and the code generator
 * (what it emits), so both agree on indexes: its constructors and methods in declaration order, without generic
 * method definitions (MakeGenericMethod is later work), the class constructor, and methods whose signature names
 * what the assemblies lack.
 */
public final class ReflectableMembers {
    private ReflectableMembers() {
    }

    public static List<MethodDesc> methods(TypeDesc type) {
        List<MethodDesc> list = new ArrayList<>();
        for (MethodDesc m : type.methods()) {
            if (!m.isGenericMethodDefinition() && !m.isStaticConstructor() && TypeLoading.signatureLoads(m)) {
                list.add(m);
            }
        }
        return list;
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
