package dev.kiln.compiler.deps;

import dev.kiln.il.Linkage;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.List;

/**
 * A metadata token of an assembly outside the output's unit that compiled code refers to: what a precompiled image
 * binds to another image by (its import table is made of these, docs/images.md). Each kind of token stands for the
 * symbols the owner image exports for it. A method of a generic type brings the token of the type's definition
 * too (the crossgen2 fix of the seed pull request): an image must be able to name the type before it can name the
 * method, and the definition's key is what makes its instantiations in different images one type.
 */
public final class TokenNode extends KilnNode {
    /** What the token stands for in the image that owns it. */
    public enum Kind {
        METHOD("method"), ASYNC_VARIANT("async variant"), TYPE("type"), STATIC_FIELD("static field"),
        CLASS_CONSTRUCTOR("class constructor of"), GENERIC_DEFINITION("generic definition");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;
    private final String module;
    private final int token;
    private final String description;
    /** For a method of a generic type: the token of the type's definition (null otherwise). */
    private final TokenNode owningGenericType;

    TokenNode(Kind kind, String module, int token, String description, TokenNode owningGenericType) {
        this.kind = kind;
        this.module = module;
        this.token = token;
        this.description = description;
        this.owningGenericType = owningGenericType;
    }

    public Kind tokenKind() {
        return kind;
    }

    public String module() {
        return module;
    }

    public int token() {
        return token;
    }

    /** The member the token names, for messages ("Geometry::Square(System.Int32)"). */
    public String description() {
        return description;
    }

    /** The symbols the owner image exports for this token (what an image that uses it may import). */
    public List<String> symbols() {
        return switch (kind) {
            case METHOD -> List.of(Linkage.entitySymbol('m', module, token, false));
            case ASYNC_VARIANT -> List.of(Linkage.entitySymbol('m', module, token, true));
            case TYPE -> List.of(Linkage.entitySymbol('t', module, token, false));
            case STATIC_FIELD -> List.of(Linkage.entitySymbol('s', module, token, false));
            case CLASS_CONSTRUCTOR -> List.of(Linkage.entitySymbol('c', module, token, false),
                    Linkage.entitySymbol('f', module, token, false));
            case GENERIC_DEFINITION -> List.of(Linkage.entitySymbol('g', module, token, false));
        };
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        return owningGenericType == null ? List.of()
                : List.of(new DependencyListEntry<>(owningGenericType, "owning generic type of " + description));
    }

    @Override
    public String kind() {
        return "Token";
    }

    @Override
    public String name() {
        String label = kind == Kind.METHOD || kind == Kind.TYPE ? "" : kind.label + " ";
        return "token [" + module + "]" + Tokens.format(token) + " " + label + description;
    }
}
