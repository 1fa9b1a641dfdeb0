package dev.kiln.typesystem.metadata;

/** A row of the MemberRef table, with heap strings read and indexes decoded to tokens or row ids. */
public record MemberRefRow(int parentToken, String name, int signature) {
}
