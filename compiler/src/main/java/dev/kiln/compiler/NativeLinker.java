package dev.kiln.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Links an object file with the C runtime and Boehm GC into an executable, using the system C compiler. */
public final class NativeLinker {
    private final KilnHome home;

    public NativeLinker(KilnHome home) {
        this.home = home;
    }

    public void link(List<Path> objects, Path output) {
        link(objects, output, List.of());
    }

    /** libraries: what the linker gets for --direct-pinvoke (after the program, so that it resolves its symbols). */
    public void link(List<Path> objects, Path output, List<String> libraries) {
        List<String> command = new ArrayList<>(List.of("cc", "-o", output.toString()));
        objects.forEach(o -> command.add(o.toString()));
        command.addAll(List.of(home.runtimeLibrary().toString()));
        command.addAll(libraries);
        command.addAll(List.of("-lgc", "-lm"));
        run(command, output);
    }

    /** An image: a shared object whose references to the runtime are bound by the launcher that loads it. */
    public void linkImage(List<Path> objects, Path output) {
        linkImage(objects, output, List.of());
    }

    public void linkImage(List<Path> objects, Path output, List<String> libraries) {
        // the reflection tables and descriptors are mostly pointers: packed relative relocations (DT_RELR, glibc
        // 2.36) take a bit per pointer where .rela.dyn takes 24 bytes
        List<String> command = new ArrayList<>(List.of("cc", "-shared", "-Wl,-z,pack-relative-relocs", "-o", output.toString()));
        objects.forEach(o -> command.add(o.toString()));
        command.addAll(libraries);
        run(command, output);
    }

    private void run(List<String> command, Path output) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new KilnUserException("linking " + output + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new KilnUserException("linking " + output.getFileName() + " failed: " + log.strip().replace('\n', ' '));
            }
        } catch (IOException e) {
            throw new KilnUserException("cannot run the C compiler 'cc' to link (install gcc): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KilnUserException("interrupted while linking");
        }
    }
}
