package dev.kiln.tests.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One test program as {@link Programs} finds it: a C# file, an ILAsm file, or a folder of several sources whose
 * entry point is Program.cs, with its {@link Header}.
 *
 * @param path the file or folder
 * @param name its path relative to the root it was found under, as tests are named (e.g. {@code linq/QueryBasics.cs})
 */
public record TestProgram(Path path, String name, Kind kind, Header header) {
    /** The forms a program takes. */
    public enum Kind {
        CSHARP, IL, FOLDER;

        /** What a path under a program root is: a program of some kind, or null (data, includes, .out files...). */
        static Kind of(Path path) {
            if (Files.isDirectory(path)) {
                return Files.isRegularFile(path.resolve(FOLDER_ENTRY)) ? FOLDER : null;
            }
            String file = path.getFileName().toString();
            return file.endsWith(".cs") ? CSHARP : file.endsWith(".il") ? IL : null;
        }
    }

    /** The source file of a folder program that holds its entry point and its header. */
    public static final String FOLDER_ENTRY = "Program.cs";

    static TestProgram read(Path root, Path path, Kind kind) {
        Path headerFile = kind == Kind.FOLDER ? path.resolve(FOLDER_ENTRY) : path;
        return new TestProgram(path, root.relativize(path).toString(), kind, Header.read(headerFile));
    }

    public List<String> args() {
        return header.args();
    }

    /** How every run of the program starts: arguments, standard input and environment from its header. */
    public Launch launch() {
        return new Launch(header.args(), header.stdin(), header.environment());
    }

    /** The file with the expected stdout, or null when the oracle says what to expect. */
    public Path expectedStdout() {
        return header.expectedStdout();
    }

    /** The name without extension, as the program's assembly is called (Blocking.il → Blocking). */
    public String simpleName() {
        return path.getFileName().toString().replaceFirst("\\.(cs|il)$", "");
    }

    /** A folder name for the program's work files, unique under its root (linq/QueryBasics.cs → linq_QueryBasics). */
    public String workName() {
        return name.replace('/', '_').replaceFirst("\\.(cs|il)$", "");
    }
}
