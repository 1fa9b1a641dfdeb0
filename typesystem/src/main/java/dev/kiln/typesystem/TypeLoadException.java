package dev.kiln.typesystem;

/** A reference in well-formed metadata that cannot be resolved (missing assembly, type or member). */
public final class TypeLoadException extends RuntimeException {
    public TypeLoadException(String message) {
        super(message);
    }
}
