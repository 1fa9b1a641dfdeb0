package dev.kiln.typesystem.metadata;

/** A row of the Field table, with heap strings read and indexes decoded to tokens or row ids. */
public record FieldRow(int flags, String name, int signature) {
}
