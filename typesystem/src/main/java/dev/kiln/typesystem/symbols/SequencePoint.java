package dev.kiln.typesystem.symbols;

/**
 * A sequence point: the IL offset where the code of a source position starts. A hidden point (compiler-generated
 * code with no source line, line 0xFEEFEE in portable PDBs) has line 0.
 */
public record SequencePoint(int ilOffset, String document, int line, int column) {
    public boolean hidden() {
        return line == 0;
    }
}
