package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnHome;
import dev.kiln.compiler.KilnUserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * kiln run: runs a program from precompiled images, through the C runtime's loader (runtime-c/target/kiln-run).
 * Images are found next to the program, in the current folder, in --images folders and in KILN_IMAGE_PATH; the core
 * library's assembly and facades are found in Kiln's own folders.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a program from precompiled images (kiln compile --image): validates and loads them, then runs Main.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROGRAM.exe", description = "The program's assembly.")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    List<String> args = new ArrayList<>();

    @Option(names = "--images", paramLabel = "DIR", description = "A folder to look for images in (repeatable).")
    List<Path> imageDirs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(program)) {
            throw new KilnUserException(program + ": file not found");
        }
        KilnHome home = KilnHome.locate();
        List<String> command = new ArrayList<>(List.of(home.launcher().toString()));
        for (Path d : imageDirs) {
            command.add("--images");
            command.add(d.toString());
        }
        command.add("--assemblies");
        command.add(home.coreLibrary().getParent().toString());
        command.add("--assemblies");
        command.add(home.facadesDirectory().toString());
        command.add(program.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        // the program's output goes where this command's goes (the terminal, or a caller running kiln in-process)
        Thread out = forward(p.getInputStream(), spec.commandLine().getOut());
        Thread err = forward(p.getErrorStream(), spec.commandLine().getErr());
        int exit = p.waitFor();
        out.join();
        err.join();
        return exit;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static Thread forward(java.io.InputStream from, java.io.PrintWriter to) {
        Thread t = new Thread(() -> {
            try (java.io.Reader r = new java.io.InputStreamReader(from, java.nio.charset.StandardCharsets.UTF_8)) {
                char[] buffer = new char[8192];
                for (int n; (n = r.read(buffer)) > 0;) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the program closed its end: nothing more to forward
            }
        });
        t.start();
        return t;
    }
}
