package dev.kiln.typesystem.metadata;

/** A row of the TypeRef table, with heap strings read and indexes decoded to tokens or row ids. */
public record TypeRefRow(int resolutionScopeToken, String name, String namespace) {
}
