package dev.kiln.typesystem.metadata;

/** A row of the GenericParam table, with heap strings read and indexes decoded to tokens or row ids. */
public record GenericParamRow(int number, int flags, int ownerToken, String name) {
}
