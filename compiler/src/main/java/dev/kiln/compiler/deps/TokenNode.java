package dev.kiln.compiler.deps;

import dev.kiln.typesystem.metadata.Tokens;

/**
 * A metadata token of another module that compiled code refers to. Precompiled images encode their fixups with
 * these; a method of a generic type brings the token of the type's definition too (the crossgen2 fix of the
 * seed pull request: without it the reference cannot be resolved from the image alone).
 */
public final class TokenNode extends KilnNode {
    private final String module;
    private final int token;
    private final String description;

    TokenNode(String module, int token, String description) {
        this.module = module;
        this.token = token;
        this.description = description;
    }

    public String module() {
        return module;
    }

    public int token() {
        return token;
    }

    @Override
    public String kind() {
        return "Token";
    }

    @Override
    public String name() {
        return "token [" + module + "]" + Tokens.format(token) + " " + description;
    }
}
