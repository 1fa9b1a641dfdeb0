package dev.kiln.typesystem.metadata;

/** A row of the TypeSpec table, with heap strings read and indexes decoded to tokens or row ids. */
public record TypeSpecRow(int signature) {
}
