package dev.kiln.typesystem.metadata;

/** A row of the ExportedType table, with heap strings read and indexes decoded to tokens or row ids. */
public record ExportedTypeRow(int flags, int typeDefId, String name, String namespace, int implementationToken) {
}
