package dev.kiln.typesystem.metadata;

/** A row of the Assembly table, with heap strings read and indexes decoded to tokens or row ids. */
public record AssemblyRow(String name, int majorVersion, int minorVersion, int buildNumber, int revisionNumber, String culture, byte[] publicKey, int flags) {
}
