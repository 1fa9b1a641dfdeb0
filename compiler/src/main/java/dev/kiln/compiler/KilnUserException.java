package dev.kiln.compiler;

/** A failure caused by the user's input (missing file, bad assembly, unsupported code): one line, exit code 1. */
public final class KilnUserException extends RuntimeException {
    public KilnUserException(String message) {
        super(message);
    }

    public KilnUserException(String message, Throwable cause) {
        super(message, cause);
    }
}
