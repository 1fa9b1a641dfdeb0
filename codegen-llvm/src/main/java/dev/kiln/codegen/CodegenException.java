package dev.kiln.codegen;

/** IL the code generator cannot compile (unsupported or invalid), with the method and IL offset. */
public final class CodegenException extends RuntimeException {
    public CodegenException(String message) {
        super(message);
    }
}
