package dev.kiln.typesystem.metadata;

/** A row of the ImplMap table, with heap strings read and indexes decoded to tokens or row ids. */
public record ImplMapRow(int mappingFlags, int memberForwardedToken, String importName, int importScopeRid) {
}
