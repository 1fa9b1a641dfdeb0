package dev.kiln.typesystem.metadata;

/** A row of the Module table, with heap strings read and indexes decoded to tokens or row ids. */
public record ModuleRow(String name, int mvidIndex) {
}
