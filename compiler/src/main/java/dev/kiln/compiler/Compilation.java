package dev.kiln.compiler;

import dev.kiln.il.ILCompileException;
import dev.kiln.il.Linkage;
import dev.kiln.codegen.NativeModuleBuilder;
import dev.kiln.codegen.NativeTarget;
import dev.kiln.codegen.ObjectSymbolSizes;
import dev.kiln.compiler.deps.CompilationGraph;
import dev.kiln.compiler.deps.ConstructedTypeNode;
import dev.kiln.compiler.deps.KilnNode;
import dev.kiln.compiler.deps.CodeNode;
import dev.kiln.compiler.report.HtmlReport;
import dev.kiln.compiler.report.ReportData;
import dev.kiln.compiler.report.SizeReport;
import dev.kiln.depgraph.DgmlWriter;
import dev.kiln.depgraph.NamedGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.ModuleCache;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLoadException;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.metadata.BadImageFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One whole-program compilation: load the input and its references, find what is reachable from Main, generate
 * code for it, and link the executable. The output appears only when everything succeeded (temp file + rename).
 */
public final class Compilation {
    /** Parsed assemblies shared by all compilations in this JVM (the core library is read once). */
    private static final ModuleCache SHARED_MODULES = new ModuleCache();

    private final KilnHome home;
    private final CompileRequest request;
    private final PhaseLog phases;

    public Compilation(KilnHome home, CompileRequest request) {
        this(home, request, null);
    }

    /** verbose, when not null, receives the time and memory of each phase. */
    public Compilation(KilnHome home, CompileRequest request, java.io.PrintWriter verbose) {
        this(home, request, verbose, null);
    }

    /** progress: a terminal to show the running phase on when the compile takes a while (null: none). */
    public Compilation(KilnHome home, CompileRequest request, java.io.PrintWriter verbose, java.io.PrintStream progress) {
        this(home, request, verbose, progress, warning -> { });
    }

    /** warnings: receives each warning (one line, without a "warning:" prefix). */
    public Compilation(KilnHome home, CompileRequest request, java.io.PrintWriter verbose, java.io.PrintStream progress,
                       java.util.function.Consumer<String> warnings) {
        this.home = home;
        this.request = request;
        this.phases = new PhaseLog(verbose, progress);
        this.warnings = warnings;
    }

    private final java.util.function.Consumer<String> warnings;

    public void run() {
        Path input = request.input();
        if (!Files.isRegularFile(input)) {
            throw new KilnUserException(input + ": file not found");
        }
        try {
            compileAndReport(input);
        } finally {
            phases.stopProgress(); // before any message is printed
        }
    }

    private void compileAndReport(Path input) {
        try {
            compile(input);
        } catch (BadImageFormatException e) {
            throw new KilnUserException(e.getMessage().startsWith(input.getFileName().toString()) ? e.getMessage()
                    : input + ": not a valid .NET assembly: " + e.getMessage(), e);
        } catch (TypeLoadException | ILCompileException e) {
            throw new KilnUserException(e.getMessage(), e);
        }
    }

    private void compile(Path input) {
        TypeSystem typeSystem = createTypeSystem(input);
        List<EcmaModule> unit = phases.run("load", () -> loadUnit(typeSystem, input));
        MethodDesc main = unit.get(0).entryPoint();
        if (main == null && !request.image()) {
            throw new KilnUserException(input + ": the assembly has no entry point (static Main); compile a program, not a library"
                    + " (or a library into an image with --image)");
        }
        java.util.function.Predicate<EcmaModule> bubble = versionBubble(typeSystem, unit);
        Linkage linkage = request.image() ? Linkage.image(new java.util.HashSet<>(unit), bubble) : Linkage.executable();
        CompilationGraph.Logging logging = request.dgmlFile() != null ? CompilationGraph.Logging.FULL
                : explainsSizes() ? CompilationGraph.Logging.FIRST_REASON : CompilationGraph.Logging.NONE;
        CompilationGraph graph = new CompilationGraph(typeSystem, logging, request.asyncVersions(), linkage,
                request.withholdGenericDefinitionTokens());
        if (request.reflectionKeepAll()) {
            graph.keepAllReflection();
        }
        graph.keepAwaitFrames(DebugInfoSelection.methodsWithLines(request, unit.get(0), warnings));
        phases.run("analyze", () -> {
            if (request.image()) {
                graph.addImageRoots(unit);
            }
            if (main != null) {
                graph.addEntryPoint(main);
            } else {
                graph.addRuntimeRoots();
            }
            graph.markAll();
            if (request.image()) {
                graph.addDispatchesOfRequiredImages(unit);
            }
        });
        reportMissing(graph.missingReferences());
        if (!request.reflectionKeepAll()) {
            for (dev.kiln.compiler.deps.ReflectionWarning w : graph.reflectionWarnings()) {
                warnings.accept(w.message());
            }
        }

        try (NativeModuleBuilder builder = new NativeModuleBuilder(typeSystem, unit.get(0).assemblyName(), linkage);
             NativeTarget target = new NativeTarget(request.optLevel())) {
            List<dev.kiln.compiler.deps.TokenNode> tokens = graph.tokens();
            builder.nameableGenericDefinitions(ImportTable.genericDefinitions(tokens));
            this.tokens = tokens;
            DebugInfoSelection.apply(request, unit.get(0), builder, warnings);
            phases.run("generate", () -> {
                builder.expectFunctions(compiledFunctions(graph)::contains);
                builder.directPInvokes(new dev.kiln.codegen.DirectPInvokes(request.directPInvokes()));
                for (TypeDesc type : graph.constructedTypes()) {
                    builder.markConstructed(type);
                }
                for (CodeNode code : graph.codeNodes()) {
                    FunctionEmission.compile(code.function(), builder);
                }
                for (TypeDesc type : graph.reflectedTypes()) {
                    builder.addReflectionMetadata(type);
                }
                if (request.image()) {
                    builder.exportDefinitions(unit);
                    graph.genericVirtualUses().forEach(builder::exportGenericVirtualOverrides);
                }
                if (main != null) {
                    builder.defineEntryPoint(main);
                }
                if (builder.defines(typeSystem.wellKnown(dev.kiln.typesystem.WellKnownType.STRING))) {
                    // the runtime's hooks into the core library live with it
                    java.util.Set<MethodDesc> compiled = new java.util.HashSet<>(graph.compiledMethods());
                    builder.defineBuiltinExceptionFactory(compiled::contains);
                    builder.defineObjectEquals(compiled::contains);
                    builder.defineUnhandledExceptionHook(compiled::contains);
                }
                builder.finish();
            });
            Map<String, Long> sizes = writeOutput(builder, target, typeSystem, unit, bubble);
            if (explainsSizes()) {
                NamedGraph named = graph.namedGraph();
                List<KilnNode> nodes = graph.markedNodes();
                List<MapWriter.Row> rows = phases.run("sizes", () -> mapRows(nodes, named, builder, sizes));
                if (request.mapFile() != null) {
                    phases.run("map", () -> AtomicFiles.write(request.mapFile(), w -> MapWriter.write(rows, request.mapFormat(), w)));
                }
                if (request.reportFile() != null) {
                    phases.run("report", () -> writeReport(nodes, rows, named));
                }
            }
        }
        if (request.dgmlFile() != null) {
            phases.run("dgml", () -> AtomicFiles.write(request.dgmlFile(), w -> DgmlWriter.write(graph.namedGraph(), w)));
        }
        phases.total();
    }

    /**
     * One warning per missing item that reachable code references (the code throws there at run time), and a count;
     * with --missing=error the same lines are errors and nothing is written.
     */
    private void reportMissing(List<dev.kiln.compiler.deps.MissingReference> missing) {
        if (missing.isEmpty()) {
            return;
        }
        phases.stopProgress();
        List<String> lines = new java.util.ArrayList<>();
        for (dev.kiln.compiler.deps.MissingReference r : missing) {
            lines.add(r.message());
        }
        String count = missing.size() == 1 ? "1 missing item" : missing.size() + " missing items";
        if (request.missingIsError()) {
            lines.add(count + " referenced (--missing=error); nothing was written");
            throw new KilnUserException(lines);
        }
        lines.forEach(warnings);
        warnings.accept(count + " referenced: code that reaches " + (missing.size() == 1 ? "it" : "them")
                + " throws at run time (--missing=error makes this an error)");
    }

    /** The input assembly, and for a composite image the others, in command-line order. */
    private List<EcmaModule> loadUnit(TypeSystem typeSystem, Path input) {
        List<EcmaModule> unit = new java.util.ArrayList<>();
        unit.add(typeSystem.load(input));
        for (Path other : request.composite()) {
            if (!Files.isRegularFile(other)) {
                throw new KilnUserException(other + ": file not found");
            }
            EcmaModule m = typeSystem.load(other);
            if (!unit.contains(m)) {
                unit.add(m);
            }
        }
        return unit;
    }

    /**
     * The other assemblies in the image's version bubble: none by default; with --inputbubble those named by
     * --inputbubbleref, or when none is named every referenced assembly (crossgen2's rule).
     */
    private java.util.function.Predicate<EcmaModule> versionBubble(TypeSystem typeSystem, List<EcmaModule> unit) {
        if (!request.inputBubble()) {
            return m -> false;
        }
        if (request.bubbleReferences().isEmpty()) {
            return m -> !unit.contains(m);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path ref : request.bubbleReferences()) {
            names.add(typeSystem.load(ref).assemblyName());
        }
        return m -> !unit.contains(m) && names.contains(m.assemblyName());
    }

    private TypeSystem createTypeSystem(Path input) {
        AssemblyResolver resolver = new AssemblyResolver();
        for (Path ref : request.references()) {
            if (!Files.isRegularFile(ref)) {
                throw new KilnUserException(ref + ": referenced assembly not found");
            }
            resolver.addReference(ref);
        }
        for (Path ref : request.bubbleReferences()) {
            if (!Files.isRegularFile(ref)) {
                throw new KilnUserException(ref + ": assembly of the version bubble (--inputbubbleref) not found");
            }
            resolver.addReference(ref);
        }
        Path dir = input.toAbsolutePath().getParent();
        if (dir != null) {
            resolver.addDirectory(dir);
        }
        // assemblies built against mscorlib, netstandard or reference assemblies reach the core library through these
        resolver.addDirectory(home.facadesDirectory());
        return new TypeSystem(home.coreLibrary(), resolver, SHARED_MODULES);
    }

    /** The functions the graph puts into the output: methods, and async variants for the async entries. */
    private java.util.Set<MethodDesc> compiledFunctions(CompilationGraph graph) {
        java.util.Set<MethodDesc> functions = new java.util.HashSet<>();
        for (CodeNode code : graph.codeNodes()) {
            var f = code.function();
            functions.add(f.isAsyncEntry() ? f.method().owningType().typeSystem().asyncVariantOf(f.method()) : f.method());
        }
        return functions;
    }

    /** The linker arguments of the --direct-pinvoke libraries. */
    private List<String> directLibraries() {
        return new dev.kiln.codegen.DirectPInvokes(request.directPInvokes()).linkerArguments();
    }

    /** The direct P/Invoke libraries, and for --strip ld's --strip-debug (the runtime archive has line tables). */
    private List<String> linkerArguments() {
        List<String> arguments = new java.util.ArrayList<>(directLibraries());
        if (request.debugInfo() == CompileRequest.DebugInfoMode.STRIP) {
            arguments.add("-Wl,--strip-debug");
        }
        return arguments;
    }

    /** Whether a report needs each node's size and first reason (--map, --report). */
    private boolean explainsSizes() {
        return request.mapFile() != null || request.reportFile() != null;
    }

    private static List<MapWriter.Row> mapRows(List<KilnNode> nodes, NamedGraph named, NativeModuleBuilder builder,
                                               Map<String, Long> sizes) {
        Map<KilnNode, String> symbols = new HashMap<>();
        for (KilnNode n : nodes) {
            if (n instanceof CodeNode c) {
                symbols.put(n, FunctionEmission.symbol(c.function(), builder));
            } else if (n instanceof ConstructedTypeNode t) {
                symbols.put(n, builder.descriptorSymbolOf(t.type()));
            }
        }
        return MapWriter.rows(nodes, named, symbols, sizes, n -> n instanceof dev.kiln.compiler.deps.ReflectionMetadataNode r
                ? builder.reflectionMetadataSize(r.type()) : 0);
    }

    private void writeReport(List<KilnNode> nodes, List<MapWriter.Row> rows, NamedGraph named) {
        long outputSize;
        try {
            outputSize = Files.size(request.output());
        } catch (IOException e) {
            throw new KilnUserException("cannot read " + request.output() + ": " + e.getMessage(), e);
        }
        ReportData data = SizeReport.collect(request.input().getFileName().toString(), outputSize, nodes, rows, named);
        AtomicFiles.write(request.reportFile(), w -> HtmlReport.write(data, w));
    }

    private Map<String, Long> writeOutput(NativeModuleBuilder builder, NativeTarget target, TypeSystem typeSystem,
                                          List<EcmaModule> unit, java.util.function.Predicate<EcmaModule> bubble) {
        return writeExecutable(builder, target, request.image() ? linked -> sealImage(linked, typeSystem, unit, bubble) : null);
    }

    /**
     * Appends the manifest: the assemblies compiled into the image, those whose images it binds to, and those it
     * only read metadata from (facades), each with the hash of its file.
     */
    /** An image's references to other images, read from its object files (ImportTable). */
    private List<String> importedSymbols = List.of();
    /** The graph's tokens of other modules: every import must be one of theirs. */
    private List<dev.kiln.compiler.deps.TokenNode> tokens = List.of();

    private void sealImage(Path linked, TypeSystem typeSystem, List<EcmaModule> unit, java.util.function.Predicate<EcmaModule> bubble) {
        List<ImageFile.Assembly> contains = new java.util.ArrayList<>();
        for (EcmaModule m : unit) {
            contains.add(ImageFile.Assembly.of(m));
        }
        List<ImageFile.Assembly> requires = new java.util.ArrayList<>();
        List<ImageFile.Assembly> reads = new java.util.ArrayList<>();
        List<EcmaModule> others = new java.util.ArrayList<>(typeSystem.modules());
        others.removeAll(unit);
        others.sort(java.util.Comparator.comparing(EcmaModule::assemblyName));
        List<ImageFile.Assembly> inBubble = new java.util.ArrayList<>();
        for (EcmaModule m : others) {
            ImageFile.Assembly a = ImageFile.Assembly.of(m);
            (m.definesTypes() ? requires : reads).add(a);
            if (m.definesTypes() && bubble.test(m)) {
                inBubble.add(a);
            }
        }
        try {
            ImageFile.seal(linked, contains, requires, reads, inBubble, ImportTable.of(importedSymbols, tokens, typeSystem));
        } catch (IOException e) {
            throw new KilnUserException("cannot write the image " + request.output() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Long> writeExecutable(NativeModuleBuilder builder, NativeTarget target,
                                              java.util.function.Consumer<Path> finishImage) {
        Path output = request.output().toAbsolutePath();
        Path dir = output.getParent();
        Path objects = null;
        Path linked = null;
        try {
            Files.createDirectories(dir);
            objects = Files.createTempDirectory(dir, "." + output.getFileName() + ".");
            linked = Files.createTempFile(dir, "." + output.getFileName() + ".", ".tmp");
            Path objectDir = objects;
            Path linkedFile = linked;
            dev.kiln.codegen.PartitionCache cache = PartitionCacheLocation.forRequest(request);
            dev.kiln.codegen.PartitionedEmission.Outcome outcome = phases.run("optimize+emit",
                    () -> builder.compileObjects(target, cache, objectDir, request.parallelism()));
            List<Path> objectFiles = new java.util.ArrayList<>(outcome.objects());
            reportPartitions(outcome, cache);
            if (request.image()) {
                importedSymbols = dev.kiln.codegen.ObjectImports.of(objectFiles);
            }
            objectFiles.add(phases.run("stack trace names", () -> builder.compileStackTraceNames(outcome.objects(), target,
                    objectDir.resolve("tracenames.o"))));
            Map<String, Long> sizes = new HashMap<>();
            if (explainsSizes()) {
                for (Path o : objectFiles) {
                    sizes.putAll(ObjectSymbolSizes.read(o));
                }
            }
            if (finishImage != null) {
                phases.run("link", () -> new NativeLinker(home).linkImage(objectFiles, linkedFile, linkerArguments()));
                finishImage.accept(linkedFile);
            } else {
                phases.run("link", () -> new NativeLinker(home).link(objectFiles, linkedFile, linkerArguments()));
            }
            Files.move(linked, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            linked = null;
            return sizes;
        } catch (IOException e) {
            throw new KilnUserException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            deleteTree(objects);
            deleteQuietly(linked);
        }
    }

    private void reportPartitions(dev.kiln.codegen.PartitionedEmission.Outcome outcome, dev.kiln.codegen.PartitionCache cache) {
        phases.note("split into " + outcome.partitions().size() + " partition(s) in " + outcome.splitMillis()
                + " ms, optimized and emitted on up to " + request.parallelism() + " thread(s)");
        outcome.describe().forEach(phases::note);
        phases.note(cache.enabled() ? outcome.fromCache() + " of " + outcome.partitions().size() + " partitions from cache ("
                + PartitionCacheLocation.directory() + ")" : "partition cache off (--no-cache)");
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(Compilation::deleteQuietly);
        } catch (IOException ignored) {
            // best effort: leftover temp files are harmless
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover temp file is harmless
            }
        }
    }
}
