package dev.kiln.typesystem.metadata;

/** A row of the MethodSpec table, with heap strings read and indexes decoded to tokens or row ids. */
public record MethodSpecRow(int methodToken, int instantiation) {
}
