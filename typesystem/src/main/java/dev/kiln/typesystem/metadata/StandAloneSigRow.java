package dev.kiln.typesystem.metadata;

/** A row of the StandAloneSig table, with heap strings read and indexes decoded to tokens or row ids. */
public record StandAloneSigRow(int signature) {
}
