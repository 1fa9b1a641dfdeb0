package dev.kiln.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Mono's C# compiler (mcs) against Kiln's core library. */
public final class CSharpCompiler {
    private final KilnHome home;

    public CSharpCompiler(KilnHome home) {
        this.home = home;
    }

    /** Compiles sources into an executable assembly at output; on C# errors throws with mcs's error lines. */
    public void compile(List<Path> sources, List<Path> references, Path output) {
        compile(sources, references, CSharpOptions.DEFAULT, output);
    }

    /** As {@link #compile(List, List, Path)}, with mcs options (unsafe code, symbols, verbatim arguments). */
    public void compile(List<Path> sources, List<Path> references, CSharpOptions options, Path output) {
        for (Path s : sources) {
            if (!Files.isRegularFile(s)) {
                throw new KilnUserException(s + ": file not found");
            }
        }
        for (Path r : references) {
            if (!Files.isRegularFile(r)) {
                throw new KilnUserException(r + ": referenced assembly not found");
            }
        }
        List<String> command = new ArrayList<>(List.of("mcs", "-nostdlib", "-noconfig", "-target:exe",
                "-r:" + home.coreLibrary(), "-out:" + output,
                // symbols (output.mdb) for line numbers in stack traces and DWARF; the compile decides whether to use them
                "-debug"));
        // a framework assembly the program names itself (-r:System.Xml.dll, -r:ALIAS=System.dll through --mcs-arg)
        // resolves to Kiln's facade of that name, which forwards to the core library what the core library has
        if (Files.isDirectory(home.facadesDirectory())) {
            command.add("-lib:" + home.facadesDirectory());
        }
        for (Path r : references) {
            command.add("-r:" + r);
        }
        // a library built against mscorlib, netstandard or System.Runtime names its types through those assemblies;
        // mcs must see them (else CS0012), and sees Kiln's facades, which forward them to the core library
        if (!references.isEmpty()) {
            for (Path f : ReferencedFacades.of(references, home.facadesDirectory())) {
                command.add("-r:" + f);
            }
        }
        command.addAll(options.arguments());
        for (Path s : sources) {
            command.add(s.toString());
        }
        String log;
        int exit;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new KilnUserException("mcs timed out compiling " + sources.get(0));
            }
            exit = p.exitValue();
        } catch (IOException e) {
            throw new KilnUserException("cannot run the C# compiler 'mcs' (install the Debian package mono-mcs): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KilnUserException("interrupted while running mcs");
        }
        if (exit != 0) {
            StringBuilder errors = new StringBuilder();
            for (String line : log.split("\n")) {
                if (line.contains("error ")) {
                    errors.append(line.strip()).append('\n');
                }
            }
            String text = errors.length() > 0 ? errors.toString().strip() : log.strip();
            throw new KilnUserException(text + "\nC# compilation of " + sources.get(0).getFileName() + " failed");
        }
    }
}
