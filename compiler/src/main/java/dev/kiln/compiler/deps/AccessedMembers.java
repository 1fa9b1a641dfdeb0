package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaField;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.FieldOnInstantiatedType;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamicallyAccessedMemberTypes: what a {@code [DynamicallyAccessedMembers]} annotation (or a reflection call's own
 * need) asks of a type, and keeping those members of a type the analysis knows, as ILLink marks them: the public kinds
 * on the type and its bases, the non-public kinds on the type itself (All: every member of the type and its bases).
 */
final class AccessedMembers {
    static final int PUBLIC_PARAMETERLESS_CONSTRUCTOR = 0x1, PUBLIC_CONSTRUCTORS = 0x3, NON_PUBLIC_CONSTRUCTORS = 0x4,
            PUBLIC_METHODS = 0x8, NON_PUBLIC_METHODS = 0x10, PUBLIC_FIELDS = 0x20, NON_PUBLIC_FIELDS = 0x40,
            PUBLIC_NESTED_TYPES = 0x80, NON_PUBLIC_NESTED_TYPES = 0x100, PUBLIC_PROPERTIES = 0x200,
            NON_PUBLIC_PROPERTIES = 0x400, PUBLIC_EVENTS = 0x800, NON_PUBLIC_EVENTS = 0x1000, INTERFACES = 0x2000, ALL = -1;

    private static final String[] NAMES = {"PublicParameterlessConstructor", "PublicConstructors", "NonPublicConstructors",
            "PublicMethods", "NonPublicMethods", "PublicFields", "NonPublicFields", "PublicNestedTypes", "NonPublicNestedTypes",
            "PublicProperties", "NonPublicProperties", "PublicEvents", "NonPublicEvents", "Interfaces"};
    private static final int[] VALUES = {PUBLIC_PARAMETERLESS_CONSTRUCTOR, PUBLIC_CONSTRUCTORS, NON_PUBLIC_CONSTRUCTORS,
            PUBLIC_METHODS, NON_PUBLIC_METHODS, PUBLIC_FIELDS, NON_PUBLIC_FIELDS, PUBLIC_NESTED_TYPES, NON_PUBLIC_NESTED_TYPES,
            PUBLIC_PROPERTIES, NON_PUBLIC_PROPERTIES, PUBLIC_EVENTS, NON_PUBLIC_EVENTS, INTERFACES};

    private AccessedMembers() {
    }

    /** "PublicMethods, NonPublicFields", as the enum prints its flags (PublicConstructors implies the parameterless one). */
    static String describe(int kinds) {
        if (kinds == ALL) {
            return "All";
        }
        List<String> names = new ArrayList<>();
        for (int i = NAMES.length - 1; i >= 0; i--) {
            if ((kinds & VALUES[i]) == VALUES[i]) {
                names.add(0, NAMES[i]);
                kinds &= ~VALUES[i];
            }
        }
        return names.isEmpty() ? "None" : String.join(", ", names);
    }

    /** Keeps the members of type that kinds names (reason: the annotation or call that asks). */
    static void keep(DependencySink sink, TypeDesc type, int kinds, String reason) {
        if (kinds == 0 || !ReflectionMetadataNode.describable(type)) {
            return;
        }
        sink.reflectable(type, reason);
        if ((kinds & PUBLIC_PARAMETERLESS_CONSTRUCTOR) != 0 && type.isValueType() && !type.isEnum()) {
            sink.constructed(type, reason + " (Activator.CreateInstance may box a new one)");
        }
        for (TypeDesc t = type; t != null && ReflectionMetadataNode.describable(t); t = t.baseType()) {
            // a base's non-public members are not the type's (except with All, which ILLink applies to bases too)
            int asked = t == type || kinds == ALL ? kinds : kinds & ~(NON_PUBLIC_CONSTRUCTORS | NON_PUBLIC_METHODS
                    | NON_PUBLIC_FIELDS | NON_PUBLIC_NESTED_TYPES | NON_PUBLIC_PROPERTIES | NON_PUBLIC_EVENTS);
            keepDeclared(sink, t, asked, t == type, reason);
        }
        if ((kinds & INTERFACES) != 0) {
            for (TypeDesc i : InterfaceResolution.allInterfaces(type)) {
                sink.reflectable(i, reason);
            }
        }
    }

    private static void keepDeclared(DependencySink sink, TypeDesc t, int kinds, boolean own, String reason) {
        for (MethodDesc m : ReflectableMembers.methods(t)) {
            boolean pub = isPublic(m);
            int wanted = m.isConstructor()
                    ? (!own ? 0 : pub ? (m.signature().parameters().isEmpty() ? PUBLIC_PARAMETERLESS_CONSTRUCTOR : 0x2) : NON_PUBLIC_CONSTRUCTORS)
                    : pub ? PUBLIC_METHODS : NON_PUBLIC_METHODS;
            if ((kinds & wanted) != 0) {
                sink.reflectedMethod(m, reason);
            }
        }
        for (FieldDesc f : ReflectableMembers.fields(t)) {
            if ((kinds & (isPublic(f) ? PUBLIC_FIELDS : NON_PUBLIC_FIELDS)) != 0) {
                sink.reflectedField(f, reason);
            }
        }
        accessors(sink, PropertiesAndEvents.properties(t), kinds, PUBLIC_PROPERTIES, NON_PUBLIC_PROPERTIES, reason);
        accessors(sink, PropertiesAndEvents.events(t), kinds, PUBLIC_EVENTS, NON_PUBLIC_EVENTS, reason);
        if ((kinds & (PUBLIC_NESTED_TYPES | NON_PUBLIC_NESTED_TYPES)) != 0 && t instanceof EcmaType e) {
            for (EcmaType nested : e.module().allTypes()) {
                int visibility = nested.flags() & 7;
                boolean pub = visibility == 2;
                if (visibility >= 2 && nested.enclosingType() == e
                        && (kinds & (pub ? PUBLIC_NESTED_TYPES : NON_PUBLIC_NESTED_TYPES)) != 0
                        && ReflectionMetadataNode.describable(nested)) {
                    // ILLink keeps a nested type whole: its members as All would
                    keep(sink, nested, kinds == ALL ? ALL : 0, reason);
                    sink.reflectable(nested, reason);
                }
            }
        }
    }

    /** A property or event is public when an accessor is (.NET's GetProperties). */
    private static void accessors(DependencySink sink, List<PropertiesAndEvents.Member> members, int kinds, int publicKind,
                                  int nonPublicKind, String reason) {
        for (PropertiesAndEvents.Member p : members) {
            boolean pub = p.first() != null && isPublic(p.first()) || p.second() != null && isPublic(p.second());
            if ((kinds & (pub ? publicKind : nonPublicKind)) != 0) {
                if (p.first() != null) {
                    sink.reflectedMethod(p.first(), reason);
                }
                if (p.second() != null) {
                    sink.reflectedMethod(p.second(), reason);
                }
            }
        }
    }

    private static boolean isPublic(MethodDesc m) {
        return m.typicalDefinition() instanceof EcmaMethod e && (e.flags() & 7) == 6;
    }

    private static boolean isPublic(FieldDesc f) {
        FieldDesc d = f instanceof FieldOnInstantiatedType fo ? fo.definition() : f;
        return d instanceof EcmaField e && (e.flags() & 7) == 6;
    }
}
