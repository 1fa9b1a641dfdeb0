package dev.kiln.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The reference behaviour: the same source compiled by mcs against Mono's mscorlib and run by mono. The assembly
 * mcs builds and the results of running it are cached by the SHA-256 of source and arguments, so reruns only pay
 * for Kiln. The assembly is also an input of its own: `kiln compile` of it must behave as Mono does.
 */
public final class MonoOracle {
    /** The cache the differential runners share (tests/target/differential/oracle-cache). */
    public static final Path CACHE = Kiln.HOME.resolve("tests/target/differential/oracle-cache");
    private static final int TIMEOUT_SECONDS = 60;
    private final Path cacheDir;

    /** mcs does not compile the program against Mono's mscorlib (it uses APIs only modern .NET has). */
    public static final class Rejected extends IllegalStateException {
        Rejected(String message) {
            super(message);
        }
    }

    public MonoOracle(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The program as mcs compiles it against Mono's mscorlib (built once, then taken from the cache). */
    public Path assembly(TestProgram program) throws IOException {
        Path cached = Files.createDirectories(cacheDir.resolve(key(program)));
        Path exe = cached.resolve("program.exe");
        if (Files.isRegularFile(exe)) {
            return exe;
        }
        // mcs names the assembly after its output file: compile under the final name in a private folder, then
        // move it in, so that concurrent test runs sharing the cache never see half an assembly
        Path tmp = Files.createTempDirectory(cached, ".mcs");
        try {
            Path built = tmp.resolve(exe.getFileName());
            ProcessRunner.Result compile = Mcs.compile(tmp, List.of("-unsafe"), built, List.of(), program.path());
            if (compile.exitCode() != 0) {
                throw new Rejected("mcs (Mono profile) rejected " + program.name() + ":\n" + compile.stdout() + compile.stderr());
            }
            Files.move(built, exe, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp.resolve(exe.getFileName()));
            Files.deleteIfExists(tmp);
        }
        return exe;
    }

    /** What mono prints and returns for the program, run in work. */
    public ProcessRunner.Result run(TestProgram program, Path work) throws IOException {
        Path exe = assembly(program);
        Path cached = exe.getParent();
        if (Files.isRegularFile(cached.resolve("exit"))) {
            return new ProcessRunner.Result(Integer.parseInt(Files.readString(cached.resolve("exit")).strip()),
                    Files.readString(cached.resolve("stdout")), Files.readString(cached.resolve("stderr")));
        }
        ProcessRunner.Result result = mono(exe, program.launch(), work);
        Files.writeString(cached.resolve("stdout"), result.stdout());
        Files.writeString(cached.resolve("stderr"), result.stderr());
        // written last, through a rename: its presence says the other two are complete
        Path exit = Files.writeString(Files.createTempFile(cached, ".exit", ""), Integer.toString(result.exitCode()));
        Files.move(exit, cached.resolve("exit"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    /** mono running an assembly built some other way (by ilasm, or from several sources), uncached. */
    public static ProcessRunner.Result mono(Path assembly, List<String> args, Path work) {
        return mono(assembly, Launch.of(args), work);
    }

    /** mono running an assembly, started as launch says (arguments, standard input, environment). */
    public static ProcessRunner.Result mono(Path assembly, Launch launch, Path work) {
        return launch.run(List.of("mono", assembly.toString()), work, TIMEOUT_SECONDS);
    }

    private static String key(TestProgram program) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(program.path()));
            sha.update(String.join("\0", program.args()).getBytes(StandardCharsets.UTF_8));
            // what the program reads and its environment change what it prints
            Header h = program.header();
            if (h.stdin() != null) {
                sha.update(Files.readAllBytes(h.stdin()));
            }
            h.environment().forEach((k, v) -> sha.update(("\0" + k + "=" + v).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
