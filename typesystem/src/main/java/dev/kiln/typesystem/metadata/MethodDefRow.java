package dev.kiln.typesystem.metadata;

/** A row of the MethodDef table, with heap strings read and indexes decoded to tokens or row ids. */
public record MethodDefRow(int rva, int implFlags, int flags, String name, int signature, int firstParam, int endParam) {
}
