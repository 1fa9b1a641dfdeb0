package dev.kiln.typesystem.metadata;

/** A row of the ModuleRef table, with heap strings read and indexes decoded to tokens or row ids. */
public record ModuleRefRow(String name) {
}
