package dev.kiln.tests.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: the header grammar, program discovery, and that discovery leaves no program of the tree out. */
class HarnessTest {
    @TempDir
    Path dir;

    @Test
    void headerKeysAreReadUpToTheFirstLineThatIsNotAComment() throws IOException {
        Files.writeString(dir.resolve("P.out"), "expected\n");
        Path source = Files.writeString(dir.resolve("P.cs"), String.join("\n",
                "// A program that checks something: prose lines with other words before a colon mean nothing.",
                "// args: one \"two three\"  four",
                "// args: five",
                "// expect-stdout-file: P.out",
                "// exit: 134",
                "// tags: slow, big",
                "class P {",
                "// exit: 7",
                "}", ""));
        Header h = Header.read(source);
        assertEquals(List.of("one", "two three", "four", "five"), h.args());
        assertEquals(dir.resolve("P.out"), h.expectedStdout());
        assertEquals(OptionalInt.of(134), h.exit());
        assertEquals(Set.of("slow", "big"), h.tags());
    }

    @Test
    void stdinFileAndEnvironmentLinesSayHowTheProgramStarts() throws IOException {
        Files.writeString(dir.resolve("S.txt"), "first\nsecond\n");
        Path source = Files.writeString(dir.resolve("S.cs"), String.join("\n",
                "// stdin-file: S.txt",
                "// env: KILN_ONE=1",
                "// env: KILN_TWO=a=b c",
                "class S {}", ""));
        Header h = Header.read(source);
        assertEquals(dir.resolve("S.txt"), h.stdin());
        assertEquals(List.of("KILN_ONE", "KILN_TWO"), List.copyOf(h.environment().keySet()));
        assertEquals("a=b c", h.environment().get("KILN_TWO"));
        // and a run gets them: the file on standard input, the variables in its environment
        Launch launch = new Launch(List.of("x"), h.stdin(), h.environment());
        ProcessRunner.Result run = launch.run(List.of("sh", "-c", "cat; echo \"$KILN_ONE|$KILN_TWO|$0\""), dir, 30);
        assertEquals("first\nsecond\n1|a=b c|x\n", run.stdout());
    }

    @Test
    void aMissingStdinFileOrAnEnvLineWithoutNameIsAnError() throws IOException {
        Path missing = Files.writeString(dir.resolve("M.cs"), "// stdin-file: Nowhere.txt\nclass M {}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Header.read(missing));
        assertTrue(e.getMessage().contains("Nowhere.txt"), e.getMessage());
        Path nameless = Files.writeString(dir.resolve("N.cs"), "// env: =value\nclass N {}\n");
        assertThrows(IllegalStateException.class, () -> Header.read(nameless));
    }

    @Test
    void withoutStdinFileStandardInputIsEmpty() {
        ProcessRunner.Result run = Launch.of(List.of()).run(List.of("sh", "-c", "wc -c"), dir, 30);
        assertEquals("0", run.stdout().strip());
    }

    @Test
    void aProgramWithoutHeaderHasNoArgumentsAndNoStatedResults() throws IOException {
        Header h = Header.read(Files.writeString(dir.resolve("Q.il"), ".assembly Q {}\n"));
        assertEquals(List.of(), h.args());
        assertEquals(null, h.expectedStdout());
        assertTrue(h.exit().isEmpty());
        assertTrue(h.tags().isEmpty());
        assertEquals(null, h.stdin());
        assertEquals(Map.of(), h.environment());
    }

    @Test
    void anExpectedStdoutFileThatDoesNotExistIsAnError() throws IOException {
        Path source = Files.writeString(dir.resolve("R.cs"), "// expect-stdout-file: Nowhere.out\nclass R {}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Header.read(source));
        assertTrue(e.getMessage().contains("Nowhere.out"), e.getMessage());
    }

    @Test
    void foldersWithProgramCsAreOneProgramAndOtherFoldersAreSearched() throws IOException {
        Path area = Files.createDirectories(dir.resolve("area"));
        Files.writeString(area.resolve("A.cs"), "// args: x\nclass A {}\n");
        Files.writeString(area.resolve("A.out"), "not a program\n");
        Path folder = Files.createDirectories(dir.resolve("area/Mixed"));
        Files.writeString(folder.resolve("Program.cs"), "// exit: 3\nclass Program {}\n");
        Files.writeString(folder.resolve("Library.cs"), "class Library {}\n");
        Files.writeString(dir.resolve("B.il"), ".assembly B {}\n");
        Files.writeString(dir.resolve("Prelude.ilinc"), "// included, not a program\n");
        List<TestProgram> found = Programs.all(dir, TestProgram.Kind.values());
        assertEquals(List.of("B.il", "area/A.cs", "area/Mixed"), found.stream().map(TestProgram::name).toList());
        assertEquals(List.of(TestProgram.Kind.IL, TestProgram.Kind.CSHARP, TestProgram.Kind.FOLDER),
                found.stream().map(TestProgram::kind).toList());
        assertEquals(List.of("x"), found.get(1).args());
        assertEquals(OptionalInt.of(3), found.get(2).header().exit());
        assertEquals("area_A", found.get(1).workName());
    }

    @Test
    void aProgramOfAKindTheRunnerCannotRunIsAnError() throws IOException {
        Files.writeString(dir.resolve("Stray.il"), ".assembly Stray {}\n");
        Files.writeString(dir.resolve("Fine.cs"), "class Fine {}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Programs.all(dir, TestProgram.Kind.CSHARP));
        assertTrue(e.getMessage().contains("Stray.il"), e.getMessage());
    }

    /** Each runner's folder: every source file there is a program of the kind its runner runs, none left aside. */
    @Test
    void everyProgramInTheTreeIsFoundByItsRunner() throws IOException {
        assertEquals(files("programs", ".cs"), Programs.all(Programs.root("programs"), TestProgram.Kind.CSHARP).size());
        assertEquals(files("il-programs", ".il"), Programs.all(Programs.root("il-programs"), TestProgram.Kind.IL).size());
        assertEquals(files("async-programs", ".il"), Programs.all(Programs.root("async-programs"), TestProgram.Kind.IL).size());
        List<TestProgram> mixed = Programs.all(Programs.root("mixed-programs"), TestProgram.Kind.FOLDER);
        try (Stream<Path> folders = Files.list(Programs.root("mixed-programs"))) {
            assertEquals(folders.filter(Files::isDirectory).count(), mixed.size());
        }
    }

    private static long files(String folder, String extension) throws IOException {
        try (Stream<Path> s = Files.walk(Programs.root(folder))) {
            return s.filter(p -> p.toString().endsWith(extension)).count();
        }
    }
}
