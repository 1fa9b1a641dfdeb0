package dev.kiln.maven;

import dev.kiln.codegen.NativeTarget;
import dev.kiln.compiler.CSharpCompiler;
import dev.kiln.compiler.CSharpOptions;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnHome;
import dev.kiln.compiler.KilnUserException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles C# sources (as {@code kiln build}) or a .NET assembly (as {@code kiln compile}) ahead of time into a native
 * executable or, with {@code image}, a precompiled image. Runs Kiln in the Maven JVM through the same classes as the
 * command line.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class CompileMojo extends AbstractMojo {
    /** C# source files, compiled with mcs against Kiln's core library into {@code assemblyOutput} first. */
    @Parameter
    List<File> sources = new ArrayList<>();

    /** An existing assembly to compile instead of sources: a program (.exe), or with {@code image} also a library. */
    @Parameter(property = "kiln.assembly")
    File assembly;

    /** With {@code sources}: where the assembly mcs compiles is written (kept, so that {@code kiln run} can use it). */
    @Parameter(property = "kiln.assemblyOutput", defaultValue = "${project.build.directory}/${project.artifactId}.exe")
    File assemblyOutput;

    /** The native executable (or, with {@code image}, the image) to write. */
    @Parameter(property = "kiln.output", defaultValue = "${project.build.directory}/${project.artifactId}")
    File output;

    /** Referenced assemblies (the {@code -r} option), for mcs and for Kiln. */
    @Parameter
    List<File> references = new ArrayList<>();

    /** With {@code sources}: allow unsafe code (the {@code --unsafe} option, mcs {@code -unsafe}). */
    @Parameter(property = "kiln.unsafe", defaultValue = "false")
    boolean unsafe;

    /** With {@code sources}: conditional-compilation symbols (the {@code -d}/{@code --define} option). */
    @Parameter
    List<String> defines = new ArrayList<>();

    /** With {@code sources}: further arguments passed to mcs as they are (the {@code --mcs-arg} option). */
    @Parameter
    List<String> mcsArgs = new ArrayList<>();

    /** Optimization level: 0, 2 or s (the {@code -O} option). */
    @Parameter(property = "kiln.optimization", defaultValue = "2")
    String optimization = "2";

    /** How runtime-async code awaits ordinary task-returning methods: on (async versions) or off (thunks). */
    @Parameter(property = "kiln.asyncVersions", defaultValue = "on")
    String asyncVersions = "on";

    /** Write a precompiled image of the assembly, which {@code kiln run} loads, instead of an executable. */
    @Parameter(property = "kiln.image", defaultValue = "false")
    boolean image;

    /** With {@code image}: further assemblies compiled into the same (composite) image. */
    @Parameter
    List<File> composite = new ArrayList<>();

    /**
     * With {@code image}: widen the image's version bubble (as {@code --inputbubble}) to the
     * {@code inputBubbleReferences}, or to every reference when none is listed, so their small methods are inlined.
     */
    @Parameter(property = "kiln.inputBubble", defaultValue = "false")
    boolean inputBubble;

    /** With {@code inputBubble}: the assemblies of the version bubble (as {@code --inputbubbleref}). */
    @Parameter
    List<File> inputBubbleReferences = new ArrayList<>();

    /** Write every emitted node (kind, name, size, first reason) to this file. */
    @Parameter(property = "kiln.map")
    File map;

    /** The map's format: text or csv. */
    @Parameter(property = "kiln.mapFormat", defaultValue = "text")
    String mapFormat = "text";

    /** Write the dependency graph as DGML (for {@code kiln why}) to this file. */
    @Parameter(property = "kiln.dgml")
    File dgml;

    /** Write the size report (an HTML page: treemap of code and data, each node's chain of reasons) to this file. */
    @Parameter(property = "kiln.report")
    File report;

    /** Log the time and memory of each compilation phase. */
    @Parameter(property = "kiln.verbose", defaultValue = "false")
    boolean verbose;

    /** Skip the compilation. */
    @Parameter(property = "kiln.skip", defaultValue = "false")
    boolean skip;

    /**
     * Kiln's home: the checkout in which {@code mvn install} (or {@code ./kiln}) built the core library and the C
     * runtime. Defaults to the system property kiln.home, then the environment variable KILN_HOME.
     */
    @Parameter(property = "kiln.home")
    File kilnHome;

    /**
     * What a type, member or assembly that reachable code references but the assemblies lack is: {@code warn} (a
     * warning, the code throws there at run time) or {@code error} (the build fails), as {@code --missing}.
     */
    @Parameter(property = "kiln.missing", defaultValue = "warn")
    String missing = "warn";

    /**
     * Compile every partition of machine code instead of reusing identical ones from the cache of compiled
     * partitions ($KILN_CACHE_DIR, else $XDG_CACHE_HOME/kiln, else ~/.cache/kiln), and store none, as {@code --no-cache}.
     */
    @Parameter(property = "kiln.noCache", defaultValue = "false")
    boolean noCache;

    /**
     * Libraries whose P/Invoke entry points are linked directly instead of bound with dlopen/dlsym at the first call,
     * as {@code --direct-pinvoke}: each a name ({@code c}, {@code foo}: linked as {@code -lfoo}) or a path.
     */
    @Parameter
    List<String> directPInvokes;

    /**
     * Debug information: {@code auto} (when the assembly has symbols), {@code on} ({@code -g}), {@code off}
     * ({@code -g0}) or {@code strip} ({@code --strip}: none, and the C runtime's stripped from the output too).
     */
    @Parameter(property = "kiln.debugInfo", defaultValue = "auto")
    String debugInfo = "auto";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Kiln compilation (kiln.skip)");
            return;
        }
        try {
            checkInputs();
            CompileRequest request = request(assembly != null ? assembly.toPath() : assemblyOutput.toPath());
            KilnHome home = home();
            if (assembly == null) {
                compileSources(home, request.input());
            }
            getLog().info("Compiling " + request.input() + " to " + (image ? "the image " : "") + request.output());
            try (PrintWriter phases = verbose ? new PrintWriter(new LogWriter(getLog()::info)) : null) {
                new Compilation(home, request, phases, null, getLog()::warn).run();
            }
        } catch (KilnUserException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new MojoExecutionException("Kiln internal error: " + e
                    + " (this is a bug in Kiln; please report it with the plugin configuration and input)", e);
        }
    }

    private KilnHome home() {
        File dir = kilnHome;
        String env = System.getenv("KILN_HOME");
        if (dir == null && env != null && !env.isEmpty()) {
            dir = new File(env);
        }
        if (dir == null) {
            throw new KilnUserException("Kiln's home is not set: configure <kilnHome> or pass -Dkiln.home=DIR or set "
                    + "KILN_HOME (the Kiln checkout where mvn install built the core library and the C runtime)");
        }
        return KilnHome.at(dir.toPath());
    }

    private void checkInputs() {
        sources = orEmpty(sources);
        references = orEmpty(references);
        composite = orEmpty(composite);
        if (sources.isEmpty() == (assembly == null)) {
            throw new KilnUserException(assembly == null ? "nothing to compile: configure <sources> (C# files) or <assembly>"
                    : "configure either <sources> or <assembly>, not both");
        }
        if (!composite.isEmpty() && !image) {
            throw new KilnUserException("<composite> needs <image>true</image>");
        }
        if (assembly == null && assemblyOutput.getAbsoluteFile().equals(output.getAbsoluteFile())) {
            throw new KilnUserException("<output> and <assemblyOutput> are the same file, " + output
                    + " (the assembly compiled from the sources needs a name of its own)");
        }
    }

    /** mcs against Kiln's core library, as kiln build does. */
    private void compileSources(KilnHome home, Path out) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new KilnUserException("cannot create the folder of " + out + ": " + e.getMessage(), e);
        }
        getLog().info("Compiling " + sources.size() + " C# source file" + (sources.size() == 1 ? "" : "s") + " to " + out);
        new CSharpCompiler(home).compile(paths(sources), paths(references),
                new CSharpOptions(unsafe, orEmpty(defines), orEmpty(mcsArgs)), out);
    }

    /** The compilation the configuration asks for (the options checked as the command line checks them). */
    CompileRequest request(Path input) {
        NativeTarget.OptLevel level = switch (optimization) {
            case "0" -> NativeTarget.OptLevel.O0;
            case "2" -> NativeTarget.OptLevel.O2;
            case "s" -> NativeTarget.OptLevel.OS;
            default -> throw new KilnUserException("unknown <optimization> " + optimization + " (use 0, 2 or s)");
        };
        if (!mapFormat.equals("text") && !mapFormat.equals("csv")) {
            throw new KilnUserException("unknown <mapFormat> " + mapFormat + " (use text or csv)");
        }
        boolean versions = switch (asyncVersions) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new KilnUserException("unknown <asyncVersions> " + asyncVersions + " (use on or off)");
        };
        if (inputBubble && !image) {
            throw new KilnUserException("<inputBubble> needs <image>true</image> (an executable is one version bubble already)");
        }
        if (!orEmpty(inputBubbleReferences).isEmpty() && !inputBubble) {
            throw new KilnUserException("<inputBubbleReferences> needs <inputBubble>true</inputBubble>");
        }
        CompileRequest request = new CompileRequest(input, paths(references), output.toPath(), level,
                path(map), mapFormat, path(dgml), versions).withSizeReport(path(report));
        if (image) {
            request = request.asImage(paths(composite));
        }
        if (!missing.equals("warn") && !missing.equals("error")) {
            throw new KilnUserException("unknown <missing> " + missing + " (use warn or error)");
        }
        request = request.withMissingAsError(missing.equals("error"));
        if (noCache) {
            request = request.withoutCache();
        }
        request = request.withDirectPInvokes(orEmpty(directPInvokes)).withDebugInfo(switch (debugInfo) {
            case "auto" -> CompileRequest.DebugInfoMode.AUTO;
            case "on" -> CompileRequest.DebugInfoMode.ON;
            case "off" -> CompileRequest.DebugInfoMode.OFF;
            case "strip" -> CompileRequest.DebugInfoMode.STRIP;
            default -> throw new KilnUserException("unknown <debugInfo> " + debugInfo + " (use auto, on, off or strip)");
        });
        return inputBubble ? request.withInputBubble(paths(orEmpty(inputBubbleReferences))) : request;
    }

    private static <T> List<T> orEmpty(List<T> files) {
        return files == null ? new ArrayList<>() : files;
    }

    private static List<Path> paths(List<File> files) {
        List<Path> paths = new ArrayList<>();
        for (File f : files) {
            paths.add(f.toPath());
        }
        return paths;
    }

    private static Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
