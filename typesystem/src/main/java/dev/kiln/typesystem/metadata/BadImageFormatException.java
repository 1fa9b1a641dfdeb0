package dev.kiln.typesystem.metadata;

/** Malformed assembly bytes: the message names the file, what is wrong, and where. */
public final class BadImageFormatException extends RuntimeException {
    public BadImageFormatException(String message) {
        super(message);
    }
}
