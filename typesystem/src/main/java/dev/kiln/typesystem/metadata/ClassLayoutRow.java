package dev.kiln.typesystem.metadata;

/** A row of the ClassLayout table, with heap strings read and indexes decoded to tokens or row ids. */
public record ClassLayoutRow(int packingSize, int classSize, int parentRid) {
}
