package dev.kiln.typesystem;

/**
 * A reference in well-formed metadata that cannot be resolved (missing assembly, type or member), or a type that
 * cannot be loaded. When the cause is an item the loaded assemblies lack, {@link #missing()} names it: the
 * compilation then goes on and compiles the referencing code to throw (see {@link MissingItem}).
 */
public final class TypeLoadException extends RuntimeException {
    private final MissingItem missing;

    public TypeLoadException(String message) {
        this(message, null);
    }

    public TypeLoadException(String message, MissingItem missing) {
        super(message);
        this.missing = missing;
    }

    /** The missing item behind this failure, or null when the failure is of another kind (e.g. a cyclic type). */
    public MissingItem missing() {
        return missing;
    }
}
