package dev.kiln.tests.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the stack-trace tests share (StackTraceLinesTest, AsyncStackTracesTest): building a C# program with
 * `kiln build` (symbols on), compiling an assembly, running the executable, and writing the expected frames in
 * .NET's format — `   at Ns.Type.Method(Int32 x) in /path/File.cs:line 12`.
 */
public final class StackTraceRuns {
    private final Path dir;

    public StackTraceRuns(Path dir) {
        this.dir = dir;
    }

    /** Writes source to dir/NAME.cs and builds it into dir/NAME (lowercase) with kiln build and options. */
    public Path build(String name, String source, String... options) {
        Path src = write(name + ".cs", source);
        Path exe = dir.resolve(name.toLowerCase());
        List<String> args = new ArrayList<>(List.of("build", src.toString(), "-o", exe.toString()));
        args.addAll(List.of(options));
        Kiln.Run build = Kiln.run(args);
        assertEquals(0, build.exit(), build.err());
        return exe;
    }

    /** Compiles an assembly into dir/output with kiln compile and options. */
    public Path compile(Path assembly, String output, String... options) {
        Path exe = dir.resolve(output);
        List<String> args = new ArrayList<>(List.of("compile", assembly.toString(), "-o", exe.toString()));
        args.addAll(List.of(options));
        Kiln.Run compile = Kiln.run(args);
        assertEquals(0, compile.exit(), compile.err());
        return exe;
    }

    public Path write(String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessRunner.Result run(Path exe, String... args) {
        return Kiln.execute(exe, List.of(args), dir);
    }

    /** Runs exe, which must end with an unhandled exception (exit code 134); its report on stderr. */
    public String unhandled(Path exe, String... args) {
        ProcessRunner.Result r = run(exe, args);
        assertEquals(134, r.exitCode(), r.stderr());
        return r.stderr();
    }

    /** A frame with its source line. */
    public static String at(String method, Path file, int line) {
        return "   at " + method + " in " + file + ":line " + line + "\n";
    }

    /** A frame without source line. */
    public static String at(String method) {
        return "   at " + method + "\n";
    }

    /** The 1-based line of file whose text contains fragment (exactly one must). */
    public static int lineOf(Path file, String fragment) {
        try {
            List<String> lines = Files.readAllLines(file);
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(fragment)) {
                    if (found >= 0) {
                        throw new IllegalArgumentException(fragment + " is on more than one line of " + file);
                    }
                    found = i + 1;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException(fragment + " is not in " + file);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
