package dev.kiln.compiler;

import java.util.List;

/**
 * A failure caused by the user's input (missing file, bad assembly, unsupported code): exit code 1. Usually one line;
 * a build that stops for several reasons at once (--missing=error) gives one line each.
 */
public final class KilnUserException extends RuntimeException {
    private final List<String> lines;

    public KilnUserException(String message) {
        this(message, (Throwable) null);
    }

    public KilnUserException(String message, Throwable cause) {
        super(message, cause);
        this.lines = List.of(message);
    }

    /** Several errors: each of lines is printed as an error of its own; the message joins them. */
    public KilnUserException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
