package dev.kiln.typesystem.metadata;

/** A row of the FieldLayout table, with heap strings read and indexes decoded to tokens or row ids. */
public record FieldLayoutRow(int offset, int fieldRid) {
}
