package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnUserException;
import dev.kiln.typesystem.inspect.AssemblyInspector;
import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.MetadataFile;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show an assembly's types and members, statistics (--stats) or one method's IL (--il TYPE::METHOD);",
            "for a precompiled image (.kimg), its manifest and whether its checksum holds (--stats: counts as JSON)."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "An assembly (.dll or .exe) or an image (.kimg).")
    Path file;

    @Option(names = "--stats", description = "Print one JSON object with counts.")
    boolean stats;

    @Option(names = "--il", paramLabel = "TYPE::METHOD", description = "Disassemble a method body (all overloads).")
    String method;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new KilnUserException(file + ": file not found");
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        var writer = spec.commandLine().getOut();
        String manifest;
        try {
            manifest = dev.kiln.compiler.ImageFile.manifest(file);
        } catch (java.io.IOException e) {
            throw new KilnUserException(file + ": " + e.getMessage());
        }
        if (manifest != null) {
            return inspectImage(manifest);
        }
        try {
            MetadataFile md = MetadataFile.open(file);
            AssemblyInspector inspector = new AssemblyInspector(md);
            if (stats) {
                writer.println(AssemblyInspector.toJson(inspector.stats()));
            } else if (method != null) {
                String text;
                try {
                    text = inspector.disassemble(method);
                } catch (IllegalArgumentException e) {
                    throw new KilnUserException(e.getMessage());
                }
                if (text == null) {
                    throw new KilnUserException(file.getFileName() + ": no method " + method);
                }
                writer.print(text);
            } else {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                inspector.printListing(new PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
                writer.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            writer.flush();
        } catch (BadImageFormatException e) {
            throw new KilnUserException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new KilnUserException(e.getMessage());
        }
        out.flush();
        return KilnMain.OK;
    }

    private int inspectImage(String manifest) {
        if (method != null) {
            throw new KilnUserException(file.getFileName() + " is a precompiled image: it holds machine code, not IL "
                    + "(inspect the assembly it was compiled from)");
        }
        boolean intact;
        try {
            intact = dev.kiln.compiler.ImageFile.checksumMatches(file);
        } catch (java.io.IOException e) {
            throw new KilnUserException(file + ": " + e.getMessage());
        }
        var writer = spec.commandLine().getOut();
        if (stats) {
            java.util.Map<String, Object> counts = new java.util.LinkedHashMap<>();
            counts.put("image", true);
            counts.put("checksumMatches", intact);
            for (String word : java.util.List.of("contains", "requires", "reads", "bubble", "import")) {
                counts.put(word.equals("import") ? "imports" : word,
                        (int) manifest.lines().filter(l -> l.startsWith(word + " ")).count());
            }
            writer.println(AssemblyInspector.toJson(counts));
        } else {
            writer.print(manifest);
            writer.println("checksum " + (intact ? "matches" : "DOES NOT MATCH: the loader refuses this image"));
        }
        writer.flush();
        return KilnMain.OK;
    }
}
