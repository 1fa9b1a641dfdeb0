package dev.kiln.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The reference behaviour: the same source compiled by mcs against Mono's mscorlib and run by mono. Results are
 * cached by the SHA-256 of source and arguments, so reruns only pay for Kiln.
 */
final class MonoOracle {
    private final Path cacheDir;

    MonoOracle(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    ProcessRunner.Result run(ProgramCase program, Path work) throws IOException {
        String key = key(program);
        Path cached = cacheDir.resolve(key);
        if (Files.isRegularFile(cached.resolve("exit"))) {
            return new ProcessRunner.Result(Integer.parseInt(Files.readString(cached.resolve("exit")).strip()),
                    Files.readString(cached.resolve("stdout")), Files.readString(cached.resolve("stderr")));
        }
        Path exe = work.resolve("oracle.exe");
        ProcessRunner.Result compile = ProcessRunner.run(List.of("mcs", "-unsafe", "-out:" + exe, program.source().toString()), work, 120);
        if (compile.exitCode() != 0) {
            throw new IllegalStateException("mcs (Mono profile) rejected " + program.name() + ":\n" + compile.stdout() + compile.stderr());
        }
        List<String> command = new ArrayList<>(List.of("mono", exe.toString()));
        command.addAll(program.args());
        ProcessRunner.Result result = ProcessRunner.run(command, work, 60);
        Files.createDirectories(cached);
        Files.writeString(cached.resolve("stdout"), result.stdout());
        Files.writeString(cached.resolve("stderr"), result.stderr());
        Files.writeString(cached.resolve("exit"), Integer.toString(result.exitCode()));
        return result;
    }

    private static String key(ProgramCase program) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(program.source()));
            sha.update(String.join("\0", program.args()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
