package dev.kiln.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where Kiln's own artifacts are: the repository root (system property kiln.home or env KILN_HOME), with the
 * reference core library and the C runtime built by Maven.
 */
public final class KilnHome {
    private final Path root;

    private KilnHome(Path root) {
        this.root = root;
    }

    public static KilnHome locate() {
        String home = System.getProperty("kiln.home");
        if (home == null || home.isEmpty()) {
            home = System.getenv("KILN_HOME");
        }
        if (home == null || home.isEmpty()) {
            home = ".";
        }
        return new KilnHome(Paths.get(home).toAbsolutePath().normalize());
    }

    public static KilnHome at(Path root) {
        return new KilnHome(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    public Path coreLibrary() {
        return require(root.resolve("corelib/target/System.Private.CoreLib.dll"), "core library");
    }

    /** Facade assemblies (mscorlib, netstandard, System.Runtime, ...) forwarding to the core library. */
    public Path facadesDirectory() {
        Path dir = root.resolve("corelib/target/facades");
        if (!Files.isDirectory(dir)) {
            throw new KilnUserException("Kiln's core library facades are missing at " + dir + " (build Kiln with ./kiln or mvn install)");
        }
        return dir;
    }

    /** The image launcher (the runtime with the image loader), which kiln run executes. */
    public Path launcher() {
        return require(root.resolve("runtime-c/target/kiln-run"), "image launcher");
    }

    public Path runtimeLibrary() {
        return require(root.resolve("runtime-c/target/libkilnrt.a"), "C runtime library");
    }

    private static Path require(Path p, String what) {
        if (!Files.isRegularFile(p)) {
            throw new KilnUserException("Kiln's " + what + " is missing at " + p + " (build Kiln with ./kiln or mvn install)");
        }
        return p;
    }
}
