package dev.kiln.typesystem.metadata;

/** A row of the FieldRva table, with heap strings read and indexes decoded to tokens or row ids. */
public record FieldRvaRow(int rva, int fieldRid) {
}
