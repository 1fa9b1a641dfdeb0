package dev.kiln.typesystem.metadata;

/** A row of the CustomAttribute table, with heap strings read and indexes decoded to tokens or row ids. */
public record CustomAttributeRow(int parentToken, int constructorToken, int value) {
}
