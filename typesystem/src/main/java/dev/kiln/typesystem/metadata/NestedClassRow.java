package dev.kiln.typesystem.metadata;

/** A row of the NestedClass table, with heap strings read and indexes decoded to tokens or row ids. */
public record NestedClassRow(int nestedRid, int enclosingRid) {
}
