package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnUserException;
import picocli.CommandLine.Option;

/** --targetos and --targetarch: the platform to compile for. Kiln generates code for linux-x64. */
final class TargetOptions {
    @Option(names = "--targetos", paramLabel = "OS", description = "Target operating system: linux (the default and only one).")
    String os = "linux";

    @Option(names = "--targetarch", paramLabel = "ARCH", description = "Target architecture: x64 (the default and only one).")
    String arch = "x64";

    void check() {
        if (!os.equals("linux")) {
            throw new KilnUserException("--targetos " + os + " is not supported: Kiln compiles for linux");
        }
        if (!arch.equals("x64") && !arch.equals("x86_64")) {
            throw new KilnUserException("--targetarch " + arch + " is not supported: Kiln compiles for x64");
        }
    }
}
