package dev.kiln.typesystem.metadata;

/** A row of the TypeDef table, with heap strings read and indexes decoded to tokens or row ids. */
public record TypeDefRow(int flags, String name, String namespace, int extendsToken, int firstField, int endField, int firstMethod, int endMethod) {
}
