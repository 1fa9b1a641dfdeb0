package dev.kiln.typesystem.metadata;

/** A row of the Constant table, with heap strings read and indexes decoded to tokens or row ids. */
public record ConstantRow(int type, int parentToken, int value) {
}
