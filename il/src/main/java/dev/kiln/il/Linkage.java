package dev.kiln.il;

import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.EcmaField;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.Set;

/**
 * Which output owns each compiled entity, and under what symbol — the difference between a whole-program
 * executable and a precompiled image (docs/images.md).
 *
 * In an executable everything is one unit: every symbol is module-local. In an image, the unit is the image's
 * assemblies: their non-generic methods, descriptors and statics are exported under names made from their
 * metadata tokens (`kiln.m.<assembly>.<token>`), those of other assemblies are imported under the same names and
 * bound by the loader, and generic instantiations and array types — which any image may need and compiles for
 * itself — are shared: defined in every image that uses them under a name made from the instantiation, and unified
 * at load time so that there is one descriptor and one set of statics per instantiation.
 */
public abstract class Linkage {
    public enum Kind {
        /** Defined here, visible only here (executables; module-local helpers). */
        LOCAL,
        /** Defined here and exported to other images. */
        EXPORTED,
        /** Defined here and by any other image that needs it; one definition wins at load time. */
        SHARED,
        /** Defined by another image. */
        IMPORTED,
        /**
         * Defined by another image of the same version bubble (--inputbubble); this output holds an equivalent body
         * only so that calls to it can be inlined. It binds to the other image's definition like an import.
         */
        INLINABLE
    }

    public abstract Kind of(MethodDesc method);

    public abstract Kind of(TypeDesc type);

    /** Static storage and the class-constructor flag follow the owning type. */
    public Kind ofStatics(TypeDesc owner) {
        return of(owner);
    }

    /** Whether this output compiles code for the method (everything but imports; for INLINABLE a copy). */
    public boolean defines(MethodDesc method) {
        return of(method) != Kind.IMPORTED;
    }

    /** Whether the method's code in the program is this output's own (not another image's, nor a copy of it). */
    public boolean owns(MethodDesc method) {
        Kind kind = of(method);
        return kind != Kind.IMPORTED && kind != Kind.INLINABLE;
    }

    public boolean defines(TypeDesc type) {
        return of(type) != Kind.IMPORTED;
    }

    /**
     * Whether this output can point to the descriptor of a generic definition: its own, or one another image exports
     * (compiler-generated definitions — iterators, closures — are exported by none: exportsDefinitionDescriptor).
     */
    public boolean canName(EcmaType definition) {
        return defines(definition) || exportsDefinitionDescriptor(definition);
    }

    public final boolean isImage() {
        return this instanceof Image;
    }

    /**
     * Whether the module's entities belong to another output, so that code here refers to them through their
     * tokens (an image and the modules outside its unit; nothing, for an executable).
     */
    public boolean isOutside(EcmaModule module) {
        return this instanceof Image image && !image.unit.contains(module);
    }

    /** The linkage of a whole-program executable: one unit, nothing exported or imported. */
    public static Linkage executable() {
        return new Linkage() {
            @Override
            public Kind of(MethodDesc method) {
                return Kind.LOCAL;
            }

            @Override
            public Kind of(TypeDesc type) {
                return Kind.LOCAL;
            }
        };
    }

    /** The linkage of an image compiled from the given assemblies (one, or several for a composite image). */
    public static Linkage image(Set<EcmaModule> unit) {
        return new Image(unit, module -> false);
    }

    /**
     * The linkage of an image whose version bubble also holds the assemblies bubble accepts: their small methods
     * are copied in as INLINABLE so that calls to them can be inlined (InlinableCopies decides which).
     */
    public static Linkage image(Set<EcmaModule> unit, java.util.function.Predicate<EcmaModule> bubble) {
        return new Image(unit, bubble);
    }

    static final class Image extends Linkage {
        private final Set<EcmaModule> unit;
        private final java.util.function.Predicate<EcmaModule> bubble;
        private final java.util.Map<MethodDesc, Boolean> copies = new java.util.concurrent.ConcurrentHashMap<>();

        Image(Set<EcmaModule> unit, java.util.function.Predicate<EcmaModule> bubble) {
            this.unit = Set.copyOf(unit);
            this.bubble = bubble;
        }

        @Override
        public Kind of(MethodDesc method) {
            if (method instanceof AsyncVariant v) {
                Kind kind = of(v.taskReturningMethod());
                return kind == Kind.INLINABLE ? Kind.IMPORTED : kind; // variants are never copied
            }
            if (method instanceof InstantiatedMethod || method.owningType() instanceof InstantiatedType) {
                return Kind.SHARED;
            }
            if (method instanceof EcmaMethod e) {
                if (unit.contains(e.module())) {
                    return Kind.EXPORTED;
                }
                return bubble.test(e.module()) && copies.computeIfAbsent(e, k -> InlinableCopies.worthCopying(e))
                        ? Kind.INLINABLE : Kind.IMPORTED;
            }
            return Kind.SHARED; // array accessors and other synthesized methods: every image makes its own
        }

        @Override
        public Kind of(TypeDesc type) {
            if (type instanceof EcmaType e) {
                return unit.contains(e.module()) ? Kind.EXPORTED : Kind.IMPORTED;
            }
            return Kind.SHARED; // instantiations, arrays, pointers
        }
    }

    // ---- symbol names of exported, imported and shared entities (identical in every image) ----

    /** An entity named by its assembly and metadata token: kind is m, t, s, c, g or f (the symbols below). */
    public record TokenSymbol(char kind, String assembly, int token, boolean async) {
    }

    private static final java.util.regex.Pattern TOKEN_SYMBOL =
            java.util.regex.Pattern.compile("kiln\\.([mtscgf])\\.(.+)\\.([0-9a-f]{8})(\\.async)?");

    /** The entity a token-keyed symbol names, or null for any other symbol (shared instantiations, helpers). */
    public static TokenSymbol parseTokenSymbol(String symbol) {
        java.util.regex.Matcher m = TOKEN_SYMBOL.matcher(symbol);
        if (!m.matches() || m.group(2).startsWith("[")) {
            return null;
        }
        return new TokenSymbol(m.group(1).charAt(0), m.group(2), Integer.parseUnsignedInt(m.group(3), 16), m.group(4) != null);
    }

    /**
     * Whether an image exports the descriptor of one of its generic definitions (for typeof(List<>) in any image):
     * all but compiler-generated ones, which no source can name.
     */
    public static boolean exportsDefinitionDescriptor(EcmaType definition) {
        return definition.genericParameterCount() > 0 && !definition.name().startsWith("<");
    }

    /** The symbol an image exports for the entity of kind (m, t, s, c, g or f) with this token of assembly. */
    public static String entitySymbol(char kind, String assembly, int token, boolean async) {
        return "kiln." + kind + "." + assembly + "." + hex(token) + (async ? ".async" : "");
    }

    /** Whether the symbol names an entity of an assembly by token (what images export and import). */
    public static boolean isEntitySymbol(String symbol) {
        return parseTokenSymbol(symbol) != null;
    }

    public static String methodSymbol(MethodDesc method) {
        String suffix = "";
        MethodDesc m = method;
        if (m instanceof AsyncVariant v) {
            m = v.taskReturningMethod();
            suffix = ".async";
        }
        if (m instanceof EcmaMethod e) {
            return "kiln.m." + e.module().assemblyName() + "." + hex(e.token()) + suffix;
        }
        return "kiln.m." + canonical(m) + suffix;
    }

    /**
     * What identifies a generic virtual method instantiation in every image (the key of its overrides in the images'
     * kiln.gvms tables): its assembly-qualified name.
     */
    public static String genericVirtualKey(InstantiatedMethod method) {
        return canonical(method);
    }

    public static String typeSymbol(TypeDesc type) {
        if (type instanceof EcmaType e) {
            return "kiln.t." + e.module().assemblyName() + "." + hex(e.token());
        }
        return "kiln.t." + canonical(type);
    }

    public static String staticSymbol(FieldDesc field) {
        if (field instanceof EcmaField e) {
            return "kiln.s." + e.module().assemblyName() + "." + hex(0x04000000 | e.rid());
        }
        return "kiln.s." + canonical(field.owningType()) + "::" + field.name();
    }

    public static String cctorFlagSymbol(TypeDesc type) {
        return "kiln.c." + (type instanceof EcmaType e ? e.module().assemblyName() + "." + hex(e.token()) : canonical(type));
    }

    public static String genericDefinitionSymbol(EcmaType definition) {
        return "kiln.g." + definition.module().assemblyName() + "." + hex(definition.token());
    }

    public static String cctorFailureSymbol(TypeDesc type) {
        return "kiln.f." + (type instanceof EcmaType e ? e.module().assemblyName() + "." + hex(e.token()) : canonical(type));
    }

    private static String hex(int token) {
        return String.format("%08x", token);
    }

    /** An assembly-qualified name that identifies a type in every image: [Assembly]Namespace.Name<[A]Arg,...>. */
    static String canonical(TypeDesc type) {
        if (type instanceof EcmaType e) {
            return "[" + e.module().assemblyName() + "]" + e.fullName();
        }
        if (type instanceof InstantiatedType it) {
            StringBuilder sb = new StringBuilder(canonical(it.definition())).append('<');
            for (int i = 0; i < it.arguments().size(); i++) {
                sb.append(i > 0 ? "," : "").append(canonical(it.arguments().get(i)));
            }
            return sb.append('>').toString();
        }
        if (type instanceof dev.kiln.typesystem.MdArrayType md) {
            return canonical(md.elementType()) + "[" + ",".repeat(md.rank() - 1) + "]";
        }
        if (type instanceof dev.kiln.typesystem.ParameterizedType p) {
            String suffix = type instanceof ArrayType ? "[]" : type instanceof dev.kiln.typesystem.PointerType ? "*" : "&";
            return canonical(p.elementType()) + suffix;
        }
        return type.fullName();
    }

    static String canonical(MethodDesc method) {
        StringBuilder sb = new StringBuilder(canonical(method.owningType())).append("::").append(method.name());
        if (method instanceof InstantiatedMethod im) {
            sb.append('<');
            for (int i = 0; i < im.arguments().size(); i++) {
                sb.append(i > 0 ? "," : "").append(canonical(im.arguments().get(i)));
            }
            sb.append('>');
        }
        sb.append('(');
        var params = method.signature().parameters();
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? "," : "").append(canonical(params.get(i)));
        }
        return sb.append(')').append(canonical(method.signature().returnType())).toString();
    }
}
