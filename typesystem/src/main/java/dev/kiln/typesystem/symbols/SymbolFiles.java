package dev.kiln.typesystem.symbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Finds and reads an assembly's symbols: `App.exe.mdb` (mcs -debug) or `App.pdb` (portable PDB, as Roslyn writes)
 * next to it. A .mdb names the MVID of its assembly; a portable PDB's id names the assembly's CodeView debug entry
 * (or, without one, its MVID). A symbol file that is stale (written for another build: its MVID differs), corrupt or unreadable gives
 * one warning naming it and no symbols — never a failure: the assembly then compiles without line information.
 */
public final class SymbolFiles {
    private SymbolFiles() {
    }

    /** The symbols of the assembly at path whose MVID is mvid; warnings receives one line per unusable file. */
    public static ModuleSymbols load(Path assembly, UUID mvid, Consumer<String> warnings) {
        Path mdb = assembly.resolveSibling(assembly.getFileName() + ".mdb");
        if (Files.isRegularFile(mdb)) {
            return read(mdb, mvid, warnings);
        }
        String name = assembly.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path pdb = assembly.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".pdb");
        if (Files.isRegularFile(pdb)) {
            return readPortablePdb(pdb, assembly, mvid, warnings);
        }
        return ModuleSymbols.EMPTY;
    }

    private static ModuleSymbols readPortablePdb(Path file, Path assembly, UUID mvid, Consumer<String> warnings) {
        return guarded(file, warnings, () -> {
            byte[] bytes = Files.readAllBytes(file);
            UUID codeView = CodeViewEntry.guid(Files.readAllBytes(assembly));
            UUID expected = codeView != null ? codeView : mvid;
            if (expected != null && !expected.equals(PortablePdbReader.id(bytes, file.toString()))) {
                warnings.accept(file + ": symbols of another build of the assembly (PDB id mismatch): compiled without line information");
                return ModuleSymbols.EMPTY;
            }
            return PortablePdbReader.read(bytes, file.toString());
        });
    }

    private static ModuleSymbols read(Path file, UUID mvid, Consumer<String> warnings) {
        return guarded(file, warnings, () -> {
            byte[] bytes = Files.readAllBytes(file);
            UUID written = MdbReader.mvid(bytes, file.toString());
            if (mvid != null && !mvid.equals(written)) {
                warnings.accept(file + ": symbols of another build of the assembly (MVID mismatch): compiled without line information");
                return ModuleSymbols.EMPTY;
            }
            return MdbReader.read(bytes, file.toString());
        });
    }

    /** Reading a symbol file, which may fail in any way a damaged file can make it fail. */
    private interface Reading {
        ModuleSymbols read() throws IOException;
    }

    /** The symbols reading gives, or none, with one warning naming the file, when it cannot be read or is damaged. */
    private static ModuleSymbols guarded(Path file, Consumer<String> warnings, Reading reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            warnings.accept(file + ": cannot read symbols (" + e.getMessage() + "): compiled without line information");
        } catch (SymbolFormatException e) {
            warnings.accept(e.getMessage() + ": compiled without line information");
        } catch (RuntimeException e) {
            warnings.accept(file + ": corrupt symbols (" + e + "): compiled without line information");
        }
        return ModuleSymbols.EMPTY;
    }
}
