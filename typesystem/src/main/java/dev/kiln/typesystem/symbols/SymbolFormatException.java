package dev.kiln.typesystem.symbols;

/** A symbol file that is not what its format says: truncated, out-of-range offsets, an unknown version. */
public final class SymbolFormatException extends RuntimeException {
    public SymbolFormatException(String message) {
        super(message);
    }
}
