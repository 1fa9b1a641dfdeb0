package dev.kiln.typesystem.metadata;

/** A row of the AssemblyRef table, with heap strings read and indexes decoded to tokens or row ids. */
public record AssemblyRefRow(String name, int majorVersion, int minorVersion, int buildNumber, int revisionNumber, String culture, byte[] publicKeyOrToken, int flags) {
}
