package dev.kiln.typesystem.metadata;

/** A row of the InterfaceImpl table, with heap strings read and indexes decoded to tokens or row ids. */
public record InterfaceImplRow(int classRid, int interfaceToken) {
}
