package dev.kiln.typesystem.metadata;

/** A row of the MethodImpl table, with heap strings read and indexes decoded to tokens or row ids. */
public record MethodImplRow(int classRid, int bodyToken, int declarationToken) {
}
