package dev.kiln.compiler.deps;

import dev.kiln.il.Linkage;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.EcmaField;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tokens of modules outside the output's unit a reference needs — the graph's side of an image's import
 * table. A method or field is named by its definition token, an instantiation by its generic definition's token
 * and its arguments' tokens (the instantiation itself is compiled locally), an array by its element type's.
 * Executables have no unit boundary, so they need none.
 */
final class ImageTokens {
    private final Linkage linkage;
    private final boolean withholdGenericDefinitions;
    private final Map<String, TokenNode> nodes = new HashMap<>();

    /**
     * withholdGenericDefinitions: leave out the tokens of generic definitions (what an owning generic type brings),
     * only to show what breaks without them (OwningTypeTokenTest).
     */
    ImageTokens(Linkage linkage, boolean withholdGenericDefinitions) {
        this.linkage = linkage;
        this.withholdGenericDefinitions = withholdGenericDefinitions;
    }

    /** The tokens that name the method (or, for an async variant, the variant) from outside its module. */
    synchronized List<TokenNode> method(MethodDesc method) {
        List<TokenNode> out = new ArrayList<>();
        if (method == null) {
            return out;
        }
        boolean async = method instanceof AsyncVariant;
        MethodDesc m = method instanceof AsyncVariant v ? v.taskReturningMethod() : method;
        if (m instanceof InstantiatedMethod im) {
            for (TypeDesc argument : im.arguments()) {
                addType(argument, out);
            }
        }
        if (m.owningType() instanceof InstantiatedType owner) {
            for (TypeDesc argument : owner.arguments()) {
                addType(argument, out);
            }
        } else {
            addType(m.owningType(), out); // interface dispatch and constrained calls look the owner up
        }
        if (m.typicalDefinition() instanceof EcmaMethod def && linkage.isOutside(def.module())) {
            TokenNode owner = def.owningType().genericParameterCount() > 0 ? genericDefinition(def.owningType()) : null;
            add(out, node(async ? TokenNode.Kind.ASYNC_VARIANT : TokenNode.Kind.METHOD, def.module(), def.token(),
                    def.fullName(), owner));
        }
        return out;
    }

    /** The tokens a reference to the type's descriptor needs. */
    synchronized List<TokenNode> type(TypeDesc type) {
        List<TokenNode> out = new ArrayList<>();
        addType(type, out);
        return out;
    }

    /** The tokens of a static field's storage (and its type's class-constructor state, which guards it). */
    synchronized List<TokenNode> staticField(FieldDesc field) {
        List<TokenNode> out = new ArrayList<>();
        if (field instanceof EcmaField f && linkage.isOutside(f.module())) {
            add(out, node(TokenNode.Kind.STATIC_FIELD, f.module(), 0x04000000 | f.rid(), field.fullName(), null));
        }
        out.addAll(classConstructor(field.owningType()));
        return out;
    }

    /** The tokens of a type's class-constructor state (its "ran" flag and its failure) and of the constructor. */
    synchronized List<TokenNode> classConstructor(TypeDesc type) {
        List<TokenNode> out = new ArrayList<>();
        if (type instanceof EcmaType t && linkage.isOutside(t.module())) {
            add(out, node(TokenNode.Kind.CLASS_CONSTRUCTOR, t.module(), t.token(), t.fullName(), null));
            if (t.staticConstructor() != null) {
                out.addAll(method(t.staticConstructor())); // the trigger runs the owner's class constructor itself
            }
        } else if (type != null) {
            addType(type, out);
        }
        return out;
    }

    private void addType(TypeDesc type, List<TokenNode> out) {
        if (type instanceof EcmaType t) {
            if (linkage.isOutside(t.module())) {
                add(out, node(TokenNode.Kind.TYPE, t.module(), t.token(), t.fullName(), null));
            }
        } else if (type instanceof InstantiatedType it) {
            add(out, genericDefinition(it.definition()));
            for (TypeDesc argument : it.arguments()) {
                addType(argument, out);
            }
        } else if (type instanceof ParameterizedType p) {
            addType(p.elementType(), out);
        }
    }

    private TokenNode genericDefinition(EcmaType definition) {
        if (withholdGenericDefinitions || !linkage.isOutside(definition.module())) {
            return null;
        }
        return node(TokenNode.Kind.GENERIC_DEFINITION, definition.module(), definition.token(), definition.fullName(), null);
    }

    private static void add(List<TokenNode> out, TokenNode node) {
        if (node != null && !out.contains(node)) {
            out.add(node);
        }
    }

    private TokenNode node(TokenNode.Kind kind, EcmaModule module, int token, String description, TokenNode owner) {
        return nodes.computeIfAbsent(kind + ":" + module.assemblyName() + ":" + token,
                k -> new TokenNode(kind, module.assemblyName(), token, description, owner));
    }
}
