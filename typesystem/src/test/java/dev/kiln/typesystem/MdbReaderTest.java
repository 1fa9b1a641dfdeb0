package dev.kiln.typesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.symbols.MdbReader;
import dev.kiln.typesystem.symbols.MethodSymbols;
import dev.kiln.typesystem.symbols.ModuleSymbols;
import dev.kiln.typesystem.symbols.SymbolFiles;
import dev.kiln.typesystem.symbols.SymbolFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the .mdb files that `mcs -debug` writes: sequence points, local names, the MVID check. */
class MdbReaderTest {
    @TempDir
    Path dir;

    private Path compile(String source) throws Exception {
        Path src = Files.writeString(dir.resolve("P.cs"), source);
        Path exe = dir.resolve("P.exe");
        Process p = new ProcessBuilder("mcs", "-debug", "-out:" + exe, src.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        return exe;
    }

    @Test
    void sequencePointsAndLocalsOfEachMethod() throws Exception {
        Path exe = compile(String.join("\n",
                "class P {",
                "  static int Add(int a, int b) {",
                "    int sum = a + b;",
                "    return sum;",
                "  }",
                "  static void Main() {",
                "    System.Console.WriteLine(Add(1, 2));",
                "  }",
                "}", ""));
        MetadataFile metadata = MetadataFile.open(exe);
        List<String> warnings = new ArrayList<>();
        ModuleSymbols symbols = SymbolFiles.load(exe, metadata.guid(metadata.module().mvidIndex()), warnings::add);
        assertEquals(List.of(), warnings);
        MethodSymbols add = symbols.method(0x06000002);
        assertNotNull(add);
        assertEquals(dir.resolve("P.cs").toString(), add.first().document());
        assertEquals(2, add.first().line());
        assertEquals(List.of(2, 3, 4, 5), add.sequencePoints().stream().map(p -> p.line()).distinct().toList());
        assertEquals("sum", add.localNames().get(0));
        MethodSymbols main = symbols.method(0x06000003);
        assertEquals(7, main.at(1).line());
    }

    @Test
    void staleAndCorruptFilesWarnAndGiveNoSymbols() throws Exception {
        Path exe = compile("class P { static void Main() { } }\n");
        List<String> warnings = new ArrayList<>();
        ModuleSymbols stale = SymbolFiles.load(exe, new java.util.UUID(1, 2), warnings::add);
        assertTrue(stale.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(exe + ".mdb: symbols of another build"), warnings.get(0));

        byte[] bytes = Files.readAllBytes(Path.of(exe + ".mdb"));
        Files.write(Path.of(exe + ".mdb"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        MetadataFile metadata = MetadataFile.open(exe);
        warnings.clear();
        ModuleSymbols corrupt = SymbolFiles.load(exe, metadata.guid(metadata.module().mvidIndex()), warnings::add);
        assertTrue(corrupt.isEmpty());
        assertEquals(1, warnings.size(), warnings.toString());
        assertThrows(SymbolFormatException.class, () -> MdbReader.read(new byte[] {1, 2, 3}, "x.mdb"));
    }
}
