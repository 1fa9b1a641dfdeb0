package dev.kiln.typesystem.metadata;

/** A row of the Param table, with heap strings read and indexes decoded to tokens or row ids. */
public record ParamRow(int flags, int sequence, String name) {
}
