package dev.kiln.il;

/** IL Kiln cannot compile (unsupported or invalid), with the method and IL offset. */
public final class ILCompileException extends RuntimeException {
    public ILCompileException(String message) {
        super(message);
    }
}
