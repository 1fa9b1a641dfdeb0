package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.codegen.NativeTarget;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.ImageFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal in this JVM, configured as Maven would configure it: options map onto the compile request as the command
 * line's do, mistakes fail the build with Kiln's message. (src/it/hello runs it from a real Maven build.)
 */
class CompileMojoTest {
    @TempDir
    Path dir;

    /** A mojo with the defaults Maven would fill in, for a project whose build directory is dir/target. */
    private CompileMojo mojo() {
        CompileMojo mojo = new CompileMojo();
        mojo.kilnHome = new File(System.getProperty("kiln.home"));
        mojo.output = dir.resolve("target/app").toFile();
        mojo.assemblyOutput = dir.resolve("target/app.exe").toFile();
        return mojo;
    }

    private Path source(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String failure(CompileMojo mojo) {
        return assertThrows(MojoFailureException.class, mojo::execute).getMessage();
    }

    @Test
    void optionsMapOntoTheRequestAsTheCommandLineOnes() {
        CompileMojo mojo = mojo();
        mojo.optimization = "s";
        mojo.asyncVersions = "off";
        mojo.image = true;
        mojo.composite = List.of(dir.resolve("Lib.dll").toFile());
        mojo.references = List.of(dir.resolve("Ref.dll").toFile());
        mojo.map = dir.resolve("app.map").toFile();
        mojo.mapFormat = "csv";
        mojo.dgml = dir.resolve("app.dgml").toFile();
        mojo.report = dir.resolve("app.html").toFile();
        CompileRequest r = mojo.request(dir.resolve("App.exe"));
        assertEquals(NativeTarget.OptLevel.OS, r.optLevel());
        assertFalse(r.asyncVersions());
        assertTrue(r.image());
        assertEquals(List.of(dir.resolve("Lib.dll")), r.composite());
        assertEquals(List.of(dir.resolve("Ref.dll")), r.references());
        assertEquals(dir.resolve("app.map"), r.mapFile());
        assertEquals("csv", r.mapFormat());
        assertEquals(dir.resolve("app.dgml"), r.dgmlFile());
        assertEquals(dir.resolve("app.html"), r.reportFile());
        assertEquals(dir.resolve("target/app"), r.output());
        assertFalse(r.inputBubble());
        assertFalse(r.noCache());
        mojo.noCache = true;
        assertTrue(mojo.request(dir.resolve("App.exe")).noCache());
        assertEquals(List.of(), r.directPInvokes());
        mojo.directPInvokes = List.of("libc", "/opt/lib/libfoo.so");
        assertEquals(List.of("libc", "/opt/lib/libfoo.so"), mojo.request(dir.resolve("App.exe")).directPInvokes());
        mojo.inputBubble = true;
        mojo.inputBubbleReferences = List.of(dir.resolve("Ref.dll").toFile());
        CompileRequest bubble = mojo.request(dir.resolve("App.exe"));
        assertTrue(bubble.inputBubble());
        assertEquals(List.of(dir.resolve("Ref.dll")), bubble.bubbleReferences());
    }

    @Test
    void theVersionBubbleNeedsAnImage() {
        CompileMojo mojo = mojo();
        mojo.assembly = dir.resolve("App.exe").toFile();
        mojo.inputBubble = true;
        assertTrue(failure(mojo).startsWith("<inputBubble> needs <image>true</image>"));
        mojo.inputBubble = false;
        mojo.inputBubbleReferences = List.of(dir.resolve("Ref.dll").toFile());
        assertEquals("<inputBubbleReferences> needs <inputBubble>true</inputBubble>", failure(mojo));
    }

    @Test
    void defaultsAreAnOptimizedExecutableWithAsyncVersions() {
        CompileRequest r = mojo().request(dir.resolve("App.exe"));
        assertEquals(NativeTarget.OptLevel.O2, r.optLevel());
        assertTrue(r.asyncVersions());
        assertFalse(r.image());
        assertEquals(null, r.mapFile());
        assertEquals(null, r.reportFile());
    }

    @Test
    void unknownOptionValuesFailNamingTheParameter() {
        CompileMojo mojo = mojo();
        mojo.assembly = dir.resolve("App.exe").toFile();
        mojo.optimization = "3";
        assertEquals("unknown <optimization> 3 (use 0, 2 or s)", failure(mojo));
        mojo.optimization = "0";
        mojo.asyncVersions = "maybe";
        assertEquals("unknown <asyncVersions> maybe (use on or off)", failure(mojo));
        mojo.asyncVersions = "on";
        mojo.mapFormat = "xml";
        assertEquals("unknown <mapFormat> xml (use text or csv)", failure(mojo));
    }

    @Test
    void theInputIsSourcesOrAnAssembly() throws IOException {
        CompileMojo mojo = mojo();
        assertTrue(failure(mojo).startsWith("nothing to compile"));
        mojo.assembly = dir.resolve("App.exe").toFile();
        mojo.sources = List.of(source("App.cs", "class App { static void Main() {} }").toFile());
        assertEquals("configure either <sources> or <assembly>, not both", failure(mojo));
    }

    @Test
    void theAssemblyFromSourcesAndTheOutputNeedTwoNames() throws IOException {
        CompileMojo mojo = mojo();
        mojo.sources = List.of(source("App.cs", "class App { static void Main() {} }").toFile());
        mojo.output = mojo.assemblyOutput;
        assertTrue(failure(mojo).startsWith("<output> and <assemblyOutput> are the same file"));
    }

    @Test
    void compositeNeedsImage() {
        CompileMojo mojo = mojo();
        mojo.assembly = dir.resolve("App.exe").toFile();
        mojo.composite = List.of(dir.resolve("Lib.dll").toFile());
        assertEquals("<composite> needs <image>true</image>", failure(mojo));
    }

    @Test
    void aMissingAssemblyFailsTheBuildWithKilnsMessage() {
        CompileMojo mojo = mojo();
        mojo.assembly = dir.resolve("missing.exe").toFile();
        assertEquals(dir.resolve("missing.exe") + ": file not found", failure(mojo));
        assertFalse(Files.exists(dir.resolve("target/app")));
    }

    @Test
    void csharpErrorsFailTheBuildWithMcsErrorLines() throws IOException {
        CompileMojo mojo = mojo();
        mojo.sources = List.of(source("Broken.cs", "class Broken { static void Main() { int x = \"text\"; } }\n").toFile());
        String message = failure(mojo);
        assertTrue(message.contains("Broken.cs(1,45): error CS0029"), message);
        assertTrue(message.endsWith("C# compilation of Broken.cs failed"), message);
        assertFalse(Files.exists(dir.resolve("target/app")));
    }

    @Test
    void withoutAHomeTheBuildSaysHowToSetIt() {
        assumeTrue(System.getenv("KILN_HOME") == null, "KILN_HOME is set");
        CompileMojo mojo = mojo();
        mojo.kilnHome = null;
        mojo.assembly = dir.resolve("App.exe").toFile();
        assertTrue(failure(mojo).startsWith("Kiln's home is not set: configure <kilnHome> or pass -Dkiln.home=DIR"));
    }

    @Test
    void aHomeWithoutKilnsBuildSaysWhatIsMissing() throws IOException {
        CompileMojo mojo = mojo();
        mojo.kilnHome = dir.toFile();
        mojo.sources = List.of(source("App.cs", "class App { static void Main() {} }").toFile());
        assertTrue(failure(mojo).startsWith("Kiln's core library is missing at " + dir.resolve("corelib")));
    }

    @Test
    void skipCompilesNothing() throws Exception {
        CompileMojo mojo = mojo();
        mojo.skip = true;
        mojo.kilnHome = null;
        mojo.execute();
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void sourcesCompileIntoAnImageNextToTheAssemblyTheyWereCompiledTo() throws Exception {
        CompileMojo mojo = mojo();
        mojo.sources = List.of(source("App.cs", "class App { static int Main() { return 3; } }").toFile());
        mojo.image = true;
        mojo.output = dir.resolve("target/app.kimg").toFile();
        mojo.verbose = true;
        List<String> log = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                log.add(line.toString());
            }
        });
        mojo.execute();
        assertTrue(Files.isRegularFile(dir.resolve("target/app.exe")), "the assembly mcs compiled is kept");
        String manifest = ImageFile.manifest(dir.resolve("target/app.kimg"));
        assertNotNull(manifest, "an image with a manifest");
        assertTrue(manifest.contains("contains app "), manifest);
        assertTrue(log.contains("Compiling 1 C# source file to " + dir.resolve("target/app.exe")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("kiln: total")), "verbose logs the phases: " + log);
    }

    @Test
    void unsafeDefinesAndMcsArgsReachMcs() throws Exception {
        CompileMojo mojo = mojo();
        mojo.sources = List.of(source("Flags.cs", String.join("\n",
                "class Flags {",
                "  static unsafe int Main() {",
                "    int x = 20; int* p = &x;",
                "#if TWICE",
                "    *p *= 2;",
                "#endif",
                "    int big = int.MaxValue - x;",
                "    try { big = big + x + 1; } catch (System.OverflowException) { return *p + 2; }",
                "    return *p;",
                "  }",
                "}", "")).toFile());
        mojo.unsafe = true;
        mojo.defines = List.of("TWICE");
        mojo.mcsArgs = List.of("-checked+");
        mojo.execute();
        Process p = new ProcessBuilder(dir.resolve("target/app").toString()).start();
        assertEquals(42, p.waitFor(), "unsafe code, TWICE defined and checked arithmetic: 20 * 2 + 2");
    }
}
