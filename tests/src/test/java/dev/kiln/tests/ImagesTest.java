package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.il.AsyncIl;
import dev.kiln.ilasm.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precompiled images as a user works with them (docs/images.md): the core library compiled once into an image
 * and reused by program images, library and composite images, stale and damaged images refused with one message,
 * and async code awaiting across image boundaries.
 */
class ImagesTest {
    @TempDir
    static Path dir;
    static Path coreImages;
    static String corelib;

    @BeforeAll
    static void compileTheCoreLibraryOnce() throws IOException {
        corelib = Kiln.corelib();
        coreImages = Files.createDirectories(dir.resolve("core"));
        Kiln.Run r = Kiln.run("compile", "--image", corelib, "-o", coreImages.resolve("corelib.kimg").toString());
        assertEquals(0, r.exit(), r.err());
    }

    static Path csharp(Path folder, String out, String source, String... references) throws IOException {
        return CSharpSources.compile(folder, out, source, references);
    }

    static void image(String... args) {
        List<String> command = new ArrayList<>(List.of("compile", "--image"));
        command.addAll(List.of(args));
        Kiln.Run r = Kiln.run(command.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
    }

    /** The assembly compiled into an image of its own beside it, named after it (Lib.dll: Lib.kimg), as run finds it. */
    static Path imageBeside(Path assembly, String... options) {
        String name = assembly.getFileName().toString();
        Path image = assembly.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".kimg");
        List<String> args = new ArrayList<>(List.of(assembly.toString(), "-o", image.toString()));
        args.addAll(List.of(options));
        image(args.toArray(new String[0]));
        return image;
    }

    /** Lib.dll and App.exe (which references it) compiled from C# in folder, each into its own image: App.exe. */
    static Path libraryAndProgramImages(Path folder, String librarySource, String programSource) throws IOException {
        imageBeside(csharp(folder, "Lib.dll", librarySource));
        Path app = csharp(folder, "App.exe", programSource, "Lib.dll");
        imageBeside(app);
        return app;
    }

    static Kiln.Run run(Path program, String... args) {
        List<String> command = new ArrayList<>(List.of("run", "--images", coreImages.toString(), program.toString()));
        command.addAll(List.of(args));
        return Kiln.run(command.toArray(new String[0]));
    }

    static final String SHAPES = String.join("\n",
            "using System; using System.Collections.Generic; using System.Linq;",
            "abstract class Shape { public abstract double Area(); public override string ToString() { return GetType().Name + \" \" + Area(); } }",
            "class Square : Shape { double s; public Square(double s) { this.s = s; } public override double Area() { return s * s; } }",
            "class Circle : Shape { double r; public Circle(double r) { this.r = r; } public override double Area() { return 3 * r * r; } }",
            "class Program {",
            "  static int Main(string[] args) {",
            "    var shapes = new List<Shape> { new Square(2), new Circle(1), new Square(3) };",
            "    foreach (Shape s in shapes.OrderBy(x => x.Area())) Console.WriteLine(s);",
            "    var d = new Dictionary<string, int>(); foreach (var s in shapes) d[s.GetType().Name] = d.ContainsKey(s.GetType().Name) ? d[s.GetType().Name] + 1 : 1;",
            "    Console.WriteLine(d[\"Square\"] + \" squares, args: \" + string.Join(\",\", args));",
            "    try { object o = \"text\"; Shape bad = (Shape)o; } catch (InvalidCastException) { Console.WriteLine(\"caught a bad cast\"); }",
            "    try { int[] a = new int[1]; a[2] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }",
            "    return shapes.Count;",
            "  }",
            "}", "");

    static final String GREETER = String.join("\n",
            "using System; using System.Threading.Tasks;",
            "class Program {",
            "  static async Task<string> Greet(string name) { await Task.Yield(); return \"hello \" + name; }",
            "  static void Main() { Console.WriteLine(Greet(\"images\").Result); Console.WriteLine(new System.Text.StringBuilder().Append(42).Append('!')); }",
            "}", "");

    @Test
    void oneCoreLibraryImageServesSeveralProgramImages() throws IOException {
        Path shapes = csharp(dir.resolve("shapes"), "Shapes.exe", SHAPES);
        Path greeter = csharp(dir.resolve("greeter"), "Greeter.exe", GREETER);
        imageBeside(shapes);
        imageBeside(greeter);
        Kiln.Run r = run(shapes, "a", "b");
        assertEquals("Circle 3\nSquare 4\nSquare 9\n2 squares, args: a,b\ncaught a bad cast\n"
                + "Index was outside the bounds of the array.\n", r.out(), r.err());
        assertEquals(3, r.exit());
        Kiln.Run g = run(greeter);
        assertEquals("hello images\n42!\n", g.out(), g.err());
        assertEquals(0, g.exit());
    }

    static final String LIB = String.join("\n",
            "using System; using System.Threading.Tasks;",
            "public class Counter { int n; public virtual int Next() { return ++n; } public static string Version() { return \"VERSION\"; } }",
            "public class Box<T> { T v; public Box(T v) { this.v = v; } public string Describe() { return \"box of \" + v + \" (DESCRIBE)\"; } }",
            "public static class Slow { public static async Task<int> Twice(int x) { await Task.Yield(); return 2 * x; } }",
            "");

    static final String APP = String.join("\n",
            "using System;",
            "class Doubling : Counter { public override int Next() { return base.Next() * 2; } }",
            "class Program {",
            "  static void Main() {",
            "    Counter c = new Doubling(); c.Next(); Console.WriteLine(c.Next() + \" \" + Counter.Version());",
            "    Console.WriteLine(new Box<int>(7).Describe());",
            "    Console.WriteLine(Slow.Twice(21).Result);",
            "  }",
            "}", "");

    @Test
    void theLoaderFindsTheCoreLibraryThroughEveryFrameworkFacade() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("framework-names"));
        Path exe = IlAssembler.assemble(FacadesTest.FRAMEWORK_NAMES_IL, folder, "FrameworkNames", true).file();
        imageBeside(exe);
        Kiln.Run r = run(exe);
        assertEquals(FacadesTest.FRAMEWORK_NAMES_OUTPUT, r.out(), r.err());
        assertEquals(7, r.exit(), r.err());
    }

    @Test
    void aProgramImageBindsToALibraryImageAndRefusesItOnceTheLibraryChanged() throws IOException {
        Path folder = dir.resolve("separate");
        Path app = libraryAndProgramImages(folder, LIB, APP);
        Kiln.Run r = run(app);
        assertEquals("4 VERSION\nbox of 7 (DESCRIBE)\n42\n", r.out(), r.err());

        // the library's generic code was compiled into App.kimg, its other code is bound from Lib.kimg: a change to
        // either makes both images stale, and each is refused until recompiled
        csharp(folder, "Lib.dll", LIB.replace("(DESCRIBE)", "(changed)"));
        Kiln.Run stale = run(app);
        assertEquals(1, stale.exit(), stale.out());
        assertTrue(stale.err().contains("is stale") && stale.err().contains("Lib.dll"), stale.err());
        imageBeside(folder.resolve("Lib.dll"));
        Kiln.Run stillStale = run(app);
        assertTrue(stillStale.err().contains("App.kimg is stale") && stillStale.err().contains("Lib.dll"), stillStale.err());
        imageBeside(app);
        assertEquals("4 VERSION\nbox of 7 (changed)\n42\n", run(app).out());
    }

    static final String GEOMETRY = String.join("\n",
            "public static class Geometry {",
            "  public static int Square(int x) { return x * x; }",
            "  public static int Big(int x) {",
            "    int s = 0; for (int i = 0; i < x; i++) { s += i * i; if (s > 1000000) s -= 999999; else if (s < 0) s = -s; }",
            "    for (int i = 0; i < x; i++) { s ^= i << 3; s += System.Math.Abs(s % 97); }",
            "    return s;",
            "  }",
            "}", "");

    static final String SQUARES = String.join("\n",
            "using System;",
            "class Program {",
            "  static void Main() {",
            "    long sum = 0; for (int i = 0; i < 1000; i++) sum += Geometry.Square(i) + Math.Max(i, 500);",
            "    Console.WriteLine(sum + \" \" + Geometry.Big(50) + \" \" + \"squares\".Length);",
            "  }",
            "}", "");

    /** The dynamic symbols an image leaves to other images to define. */
    static java.util.Set<String> imports(Path image) throws IOException {
        ProcessRunner.Result nm = ProcessRunner.run(List.of("nm", "-D", "--undefined-only", image.toString()), image.getParent(), 60);
        assertEquals(0, nm.exitCode(), nm.stderr());
        java.util.Set<String> symbols = new java.util.TreeSet<>();
        for (String line : nm.stdout().split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 2 && words[1].startsWith("kiln.")) {
                symbols.add(words[1]);
            }
        }
        return symbols;
    }

    static String methodSymbol(Path assembly, String type, String method) {
        dev.kiln.typesystem.TypeSystem ts = new dev.kiln.typesystem.TypeSystem(Path.of(corelib), new dev.kiln.typesystem.AssemblyResolver());
        dev.kiln.typesystem.EcmaModule module = ts.load(assembly);
        for (dev.kiln.typesystem.MethodDesc m : module.findType("", type).methods()) {
            if (m.name().equals(method)) {
                return String.format("kiln.m.%s.%08x", module.assemblyName(), ((dev.kiln.typesystem.EcmaMethod) m).token());
            }
        }
        throw new AssertionError(type + "::" + method + " not found");
    }

    static final String PRODUCERS = String.join("\n",
            "public interface IProducer<out T> { T Get(); }",
            "public class Words : IProducer<string> { public string Get() { return \"words\"; } }",
            "public static class Factory { public static object Make() { return new Words(); } }", "");

    static final String CONSUMER = String.join("\n",
            "using System;",
            "class Program {",
            "  static void Main() {",
            "    IProducer<object> p = Factory.Make() as IProducer<object>;",
            "    Console.WriteLine(p == null ? \"not an IProducer<object>\" : \"got \" + p.Get());",
            "  }",
            "}", "");

    /**
     * Program.exe calls a method of IProducer<object>, an instantiation it compiles itself of a generic interface
     * Lib.kimg defines; the object comes from Lib.kimg, which knows it only as an IProducer<string>. The method's
     * reference brings the token of its owning type's definition (the crossgen2 fix of the seed pull request), and
     * through it the image imports the definition's key that makes the two instantiations comparable. Compiled with
     * those tokens withheld, the image cannot name the definition, keeps a key of its own, and the covariant
     * conversion between the images' instantiations silently fails.
     */
    @Test
    void withoutTheOwningGenericTypesTokenAnImageLosesVarianceWithOtherImages() throws IOException {
        Path folder = dir.resolve("owning-type");
        Path lib = csharp(folder, "Lib.dll", PRODUCERS);
        Path app = csharp(folder, "Program.exe", CONSUMER, "Lib.dll");
        imageBeside(lib);
        Path appImage = imageBeside(app);
        String definitionKey = String.format("kiln.g.Lib.%08x", typeToken(lib, "IProducer`1"));
        String manifest = Kiln.run("inspect", appImage.toString()).out();
        assertTrue(manifest.contains("import " + definitionKey + " generic type IProducer`1"), manifest);
        // each assembly's identity: its content hash (what the loader checks) and its MVID, as monodis prints it
        ProcessRunner.Result monodis = ProcessRunner.run(List.of("monodis", "--module", app.toString()), folder, 60);
        java.util.regex.Matcher mvid = java.util.regex.Pattern.compile("\\{([0-9A-F-]{36})\\}").matcher(monodis.stdout());
        assertTrue(mvid.find(), monodis.stdout());
        assertTrue(java.util.regex.Pattern.compile("(?m)^contains Program [0-9a-f]{64} " + mvid.group(1).toLowerCase() + "$")
                .matcher(manifest).find(), manifest);
        Kiln.Run withToken = run(app);
        assertEquals("got words\n", withToken.out(), withToken.err());

        imageBeside(app, "--withhold-generic-definition-tokens");
        String withheld = Kiln.run("inspect", appImage.toString()).out();
        assertTrue(!withheld.contains(definitionKey) && withheld.contains("import kiln.m.Lib."), withheld);
        Kiln.Run withoutToken = run(app);
        assertEquals("not an IProducer<object>\n", withoutToken.out(), withoutToken.err());
    }

    static final String GENERIC_VIRTUAL_LIB = String.join("\n",
            "using System;",
            "public interface ISink { void Add(int x); }",
            "public struct Summer : ISink { public int Total; public void Add(int x) { Total += x; } }",
            "public struct Counter : ISink { public int Count; public void Add(int x) { Count++; } }",
            "public abstract class Source {",
            "    public abstract void Each<TSink>(ref TSink sink) where TSink : struct, ISink;",
            "}",
            "public class Digits : Source {",
            "    public override void Each<TSink>(ref TSink sink) { for (int i = 0; i < 10; i++) sink.Add(i); }",
            "}",
            "public interface IShape { T Accept<T>(T seed, Func<T, string, T> step); }",
            "public static class Sums {",
            "    public static int Of(Source source) { var sum = new Summer(); source.Each(ref sum); return sum.Total; }",
            "    public static int CountOf(Source source) { return Counted<Counter>(source); }",
            "    static int Counted<T>(Source source) where T : struct, ISink { T sink = default(T); source.Each(ref sink); return ((Counter)(object)sink).Count; }",
            "    public static string Describe(IShape shape) { return shape.Accept<string>(\"shape\", (s, part) => s + \" \" + part); }",
            "}", "");

    static final String GENERIC_VIRTUAL_APP = String.join("\n",
            "using System;",
            "class Squares : Source {",
            "    public override void Each<TSink>(ref TSink sink) { for (int i = 1; i <= 4; i++) sink.Add(i * i); }",
            "}",
            "class Circle : IShape {",
            "    public T Accept<T>(T seed, Func<T, string, T> step) { return step(step(seed, \"round\"), \"circle\"); }",
            "}",
            "struct Dot : IShape {",
            "    public T Accept<T>(T seed, Func<T, string, T> step) { return step(seed, \"dot\"); }",
            "}",
            "class Program {",
            "    static void Main() {",
            "        Console.WriteLine(Sums.Of(new Digits()) + \" \" + Sums.Of(new Squares()));",
            "        Console.WriteLine(Sums.CountOf(new Squares()));",
            "        Console.WriteLine(Sums.Describe(new Circle()));",
            "        Console.WriteLine(Sums.Describe(new Dot()));",
            "    }",
            "}", "");

    /**
     * A generic virtual call compiled into a library's image (Sums.Of calls source.Each&lt;Summer&gt;; Counted&lt;Counter&gt;,
     * a closed instantiation the library's own code makes, calls Each&lt;Counter&gt;; Describe calls an interface's
     * Accept&lt;string&gt;) on receivers only the program's image constructs, a struct among them. The library's
     * dispatchers know only the library's types; the program's image never calls those instantiations itself. It
     * learns them from the library's IL and compiles its overrides into its kiln.gvms table, where the library's
     * dispatchers find them through the runtime (docs/images.md). Before, each call threw InvalidCastException.
     */
    @Test
    void aLibraryImagesGenericVirtualCallFindsTheOverridesOfTheProgramsImage() throws IOException {
        Path folder = dir.resolve("generic-virtual");
        Path app = libraryAndProgramImages(folder, GENERIC_VIRTUAL_LIB, GENERIC_VIRTUAL_APP);
        Kiln.Run r = run(app);
        // what mono prints for the same sources compiled against its own mscorlib
        assertEquals("45 30\n4\nshape round circle\nshape dot\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    static final String PICKS = "public static class Picks { public static T First<T>(T a, T b) { return a; } }\n";

    static final String PICKING_TREE = String.join("\n",
            "using System; using System.Linq.Expressions;",
            "class Program {",
            "  static void Main() {",
            "    Expression<Func<int, int>> e = x => Picks.First(x, 2);",
            "    Console.WriteLine(e + \" -> \" + e.Compile()(5));",
            "    Console.WriteLine(((MethodCallExpression)e.Body).Method);",
            "  }",
            "}", "");

    /**
     * The tree's First<int> is compiled by the program's image (the library's never instantiates it), whose table of
     * Picks the library's image defines: the method handle finds it among the program image's foreign instantiations.
     */
    @Test
    void aMethodHandleFindsTheProgramImagesInstantiationOfALibraryImagesGenericMethod() throws IOException {
        Path app = libraryAndProgramImages(dir.resolve("foreign-instances"), PICKS, PICKING_TREE);
        Kiln.Run r = run(app);
        // what mono prints for the same sources
        assertEquals("x => First(x, 2) -> 5\nInt32 First[Int32](Int32, Int32)\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    static int typeToken(Path assembly, String name) {
        dev.kiln.typesystem.TypeSystem ts = new dev.kiln.typesystem.TypeSystem(Path.of(corelib), new dev.kiln.typesystem.AssemblyResolver());
        return ts.load(assembly).findType("", name).token();
    }

    @Test
    void aVersionBubbleInlinesTheSmallMethodsOfItsOtherAssemblies() throws IOException {
        Path folder = dir.resolve("bubble");
        Path lib = csharp(folder, "Geometry.dll", GEOMETRY);
        Path app = csharp(folder, "Squares.exe", SQUARES, "Geometry.dll");
        imageBeside(lib);
        String square = methodSymbol(lib, "Geometry", "Square");
        String big = methodSymbol(lib, "Geometry", "Big");
        String expected = expectedSum() + " " + expectedBig() + " 7\n";

        Path image = imageBeside(app);
        java.util.Set<String> alone = imports(image);
        assertTrue(alone.contains(square) && alone.contains(big), alone.toString());
        assertEquals(expected, run(app).out());
        String manifest = dev.kiln.compiler.ImageFile.manifest(image);
        assertTrue(manifest.startsWith("kiln-image 1 ") && !manifest.contains("\nbubble "), manifest);

        // the library joins the bubble: its small method is inlined (no longer imported), the big one still bound
        image("--inputbubble", "--inputbubbleref", lib.toString(), app.toString(), "-o", image.toString());
        java.util.Set<String> withLib = imports(image);
        assertTrue(!withLib.contains(square) && withLib.contains(big), withLib.toString());
        assertTrue(alone.containsAll(withLib), "a bubble only removes imports");
        manifest = dev.kiln.compiler.ImageFile.manifest(image);
        assertTrue(manifest.contains("\nbubble Geometry ") && !manifest.contains("\nbubble System.Private.CoreLib "), manifest);
        assertEquals(expected, run(app).out());

        // --inputbubble alone: every referenced assembly, the core library included, is in the bubble
        image("--inputbubble", app.toString(), "-o", image.toString());
        java.util.Set<String> everything = imports(image);
        // calls of Geometry only go away; a copied core-library body may read statics of its own assembly (Console's
        // writer) and call core-library methods that were not called before (its own callees), which are imports
        java.util.Set<String> calls = new java.util.TreeSet<>(everything);
        calls.removeIf(symbol -> !symbol.startsWith("kiln.m.") || symbol.startsWith("kiln.m.System.Private.CoreLib."));
        assertTrue(withLib.containsAll(calls) && everything.size() < withLib.size(), everything + " vs " + withLib);
        manifest = dev.kiln.compiler.ImageFile.manifest(image);
        assertTrue(manifest.contains("\nbubble Geometry ") && manifest.contains("\nbubble System.Private.CoreLib "), manifest);
        assertEquals(expected, run(app).out());

        // the inlined code is the library's as compiled: once the library changes, the image is refused
        csharp(folder, "Geometry.dll", GEOMETRY.replace("return x * x;", "return x * x + 1;"));
        Kiln.Run stale = run(app);
        assertEquals(1, stale.exit(), stale.out());
        assertTrue(stale.err().contains("is stale") && stale.err().contains("Geometry.dll"), stale.err());
    }

    private static long expectedSum() {
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += (long) i * i + Math.max(i, 500);
        }
        return sum;
    }

    /** Geometry.Big(50) computed here, so the test does not depend on a number copied from a run. */
    private static int expectedBig() {
        int x = 50, s = 0;
        for (int i = 0; i < x; i++) { s += i * i; if (s > 1000000) s -= 999999; else if (s < 0) s = -s; }
        for (int i = 0; i < x; i++) { s ^= i << 3; s += Math.abs(s % 97); }
        return s;
    }

    /**
     * The manifest names every member an image binds to in other images; one that none of them defines is reported
     * by name before the image is mapped (here an import added to a correctly sealed image, since a matching
     * assembly hash otherwise guarantees the member is there).
     */
    @Test
    void aMemberNoLoadedImageDefinesIsNamedBeforeTheImageIsMapped() throws Exception {
        Path folder = dir.resolve("imports");
        Path lib = csharp(folder, "Geometry.dll", GEOMETRY);
        Path app = csharp(folder, "Squares.exe", SQUARES, "Geometry.dll");
        imageBeside(lib);
        Path image = imageBeside(app);
        String manifest = dev.kiln.compiler.ImageFile.manifest(image);
        String square = methodSymbol(lib, "Geometry", "Square");
        assertTrue(manifest.contains("\nimport " + square + " method Geometry") && manifest.contains("Square"), manifest);
        for (String symbol : imports(image)) {
            if (symbol.startsWith("kiln.m.")) {
                assertTrue(manifest.contains("\nimport " + symbol + " "), symbol + " is bound but not in the manifest");
            }
        }
        Kiln.Run inspect = Kiln.run("inspect", image.toString());
        assertEquals(0, inspect.exit(), inspect.err());
        assertEquals(manifest + "checksum matches\n", inspect.out());
        Kiln.Run stats = Kiln.run("inspect", "--stats", image.toString());
        assertTrue(stats.out().startsWith("{\"image\": true, \"checksumMatches\": true, \"contains\": 1, \"requires\": 2,")
                && stats.out().contains("\"imports\": " + manifest.lines().filter(l -> l.startsWith("import ")).count() + "}"), stats.out());
        Kiln.Run il = Kiln.run("inspect", "--il", "Program::Main", image.toString());
        assertEquals(1, il.exit());
        assertTrue(il.err().contains("is a precompiled image"), il.err());

        byte[] bytes = Files.readAllBytes(image);
        int footer = bytes.length - 48;
        long offset = java.nio.ByteBuffer.wrap(bytes, footer + 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        String extended = manifest + "import kiln.m.Geometry.06000fff method Geometry.Vanished(int32) (Geometry 0x06000fff)\n";
        byte[] text = extended.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate((int) offset + text.length + 48).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(bytes, 0, (int) offset).put(text).put(bytes, footer, 8).putLong(offset);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(out.array(), 0, out.position());
        out.put(sha.digest());
        Files.write(image, out.array());
        assertTrue(Kiln.run("inspect", image.toString()).out().endsWith("checksum matches\n"));
        Kiln.Run r = run(app);
        assertEquals(1, r.exit(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Squares.kimg needs method Geometry.Vanished(int32)")
                && r.err().contains("kiln.m.Geometry.06000fff"), r.err());
        byte[] damaged = Files.readAllBytes(image);
        damaged[damaged.length / 3] ^= 0x40;
        Files.write(image, damaged);
        assertTrue(Kiln.run("inspect", image.toString()).out().contains("checksum DOES NOT MATCH"));
    }

    @Test
    void theVersionBubbleOptionsNeedAnImage() throws IOException {
        Path folder = dir.resolve("bubble-errors");
        Path app = csharp(folder, "Greet.exe", GREETER);
        Kiln.Run noImage = Kiln.run("compile", "--inputbubble", app.toString(), "-o", folder.resolve("greet").toString());
        assertEquals(1, noImage.exit());
        assertTrue(noImage.err().contains("--inputbubble needs --image"), noImage.err());
        Kiln.Run noBubble = Kiln.run("compile", "--image", "--inputbubbleref", corelib, app.toString(),
                "-o", folder.resolve("Greet.kimg").toString());
        assertEquals(1, noBubble.exit());
        assertTrue(noBubble.err().contains("--inputbubbleref needs --inputbubble"), noBubble.err());
        Kiln.Run missing = Kiln.run("compile", "--image", "--inputbubble", "--inputbubbleref",
                folder.resolve("Nowhere.dll").toString(), app.toString(), "-o", folder.resolve("Greet.kimg").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("Nowhere.dll"), missing.err());
        assertTrue(!Files.exists(folder.resolve("Greet.kimg")), "nothing written on failure");
    }

    /** The kiln script runs `kiln run` without a JVM: straight to the loader, with the program's output and exit code. */
    @Test
    void theKilnScriptRunsImagesThroughTheLoaderDirectly() throws IOException {
        Path folder = dir.resolve("script");
        Path shapes = csharp(folder, "Shapes.exe", SHAPES);
        imageBeside(shapes);
        ProcessRunner.Result direct = Kiln.script(folder, 120, "run", "--images", coreImages.toString(), shapes.toString(), "x", "y");
        Kiln.Run inProcess = run(shapes, "x", "y");
        assertEquals(inProcess.out(), direct.stdout(), direct.stderr());
        assertEquals(3, direct.exitCode(), direct.stderr());
        ProcessRunner.Result equalsForm = Kiln.script(folder, 120, "run", "--images=" + coreImages, shapes.toString());
        assertTrue(equalsForm.stdout().contains("args: \n"), equalsForm.stdout() + equalsForm.stderr());
        ProcessRunner.Result missing = Kiln.script(folder, 120, "run", folder.resolve("Nope.exe").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("Nope.exe: file not found"), missing.stderr());
        // the image given where the program's assembly belongs: said so, not reported as a stale image
        ProcessRunner.Result image = Kiln.script(folder, 120, "run", "--images", coreImages.toString(),
                folder.resolve("Shapes.kimg").toString());
        assertEquals(1, image.exitCode());
        assertTrue(image.stderr().contains("Shapes.kimg is a native file") && image.stderr().contains("not a .NET assembly")
                && !image.stderr().contains("stale"), image.stderr());
    }

    static final String BOOM = String.join("\n",
            "using System; using System.Collections.Generic;",
            "class Boom {",
            "  static void Inner(int x) { if (x > 2) throw new InvalidOperationException(\"boom \" + x); Inner(x + 1); }",
            "  static int Get(List<int> l) { return l[5]; }",
            "  [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]",
            "  static T Shared<T>(T v) { Inner(3); return v; }",
            "  static void Main(string[] args) {",
            "    if (args.Length == 0) Inner(0);",
            "    else if (args[0] == \"shared\") Console.WriteLine(Shared<string>(\"s\"));",
            "    else Console.WriteLine(Get(new List<int>()));",
            "  }",
            "}", "");

    /** An unhandled exception's stack trace names the methods of images (exported by token) as an executable's. */
    @Test
    void stackTracesNameTheMethodsOfImages() throws IOException {
        Path folder = dir.resolve("traces");
        Path boom = csharp(folder, "Boom.exe", BOOM);
        imageBeside(boom);
        Kiln.Run r = run(boom);
        assertEquals(134, r.exit(), r.err());
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 3\n   at Boom.Inner(Int32 x)\n",
                r.err().substring(0, r.err().indexOf("   at Boom.Main(String[] args)")), r.err());
        assertTrue(r.err().endsWith("   at Boom.Main(String[] args)\n"), r.err());
        Kiln.Run inGeneric = run(boom, "list");
        assertEquals(134, inGeneric.exit(), inGeneric.err());
        assertTrue(inGeneric.err().startsWith("Unhandled exception. System.ArgumentOutOfRangeException: ")
                && inGeneric.err().endsWith("   at Boom.Main(String[] args)\n"), inGeneric.err());
        // the shared code of a generic method: named as its definition, as .NET names the frames of generic code
        Kiln.Run shared = run(boom, "shared");
        assertEquals(134, shared.exit(), shared.err());
        assertTrue(shared.err().contains("   at Boom.Inner(Int32 x)\n   at Boom.Shared[T](T v)\n"
                + "   at Boom.Main(String[] args)\n"), shared.err());

        Path exe = folder.resolve("boom");
        Kiln.Run build = Kiln.run("compile", boom.toString(), "-o", exe.toString());
        assertEquals(0, build.exit(), build.err());
        ProcessRunner.Result native_ = Kiln.execute(exe, List.of(), folder, 60);
        assertEquals(134, native_.exitCode());
        assertTrue(native_.stderr().contains("   at Boom.Inner(Int32 x)\n") && native_.stderr().endsWith("   at Boom.Main(String[] args)\n"),
                native_.stderr());
    }

    static final String COUNTER = String.join("\n",
            "using System;",
            "public class Counter {",
            "  [ThreadStatic] public static int PerThread;",
            "  [ThreadStatic] public static string Label = \"set by the class constructor\";",
            "  public static int Shared = Init();",
            "  static int Init() { Console.WriteLine(\"Counter initialized\"); return 100; }",
            "  public static void Bump() { PerThread++; Label = \"lib \" + PerThread; }",
            "}",
            "public class Box<T> { [ThreadStatic] public static T Item; public static T Get() { return Item; } }", "");

    static final String COUNTING = String.join("\n",
            "using System;",
            "class Program {",
            "  static void Main() {",
            "    Console.WriteLine(Counter.Label);",
            "    Counter.Bump(); Counter.Bump(); Counter.PerThread += 5;",
            "    Console.WriteLine(Counter.PerThread + \" \" + Counter.Label + \" \" + Counter.Shared);",
            "    Box<string>.Item = \"app\"; Box<int>.Item = 3;",
            "    Console.WriteLine(Box<string>.Get() + Box<int>.Get());",
            "  }",
            "}", "");

    @Test
    void threadStaticsAndClassConstructorsAreSharedAcrossImages() throws IOException {
        // the library's image defines Counter's slots and class-constructor state, the program's image binds to
        // them; Box<T>'s instantiations are shared by both images
        Path folder = dir.resolve("threadstatics");
        Path app = libraryAndProgramImages(folder, COUNTER, COUNTING);
        Kiln.Run r = run(app);
        assertEquals("Counter initialized\nset by the class constructor\n7 lib 2 100\napp3\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aCompositeImageHoldsTheProgramAndItsLibrary() throws IOException {
        Path folder = dir.resolve("composite");
        csharp(folder, "Lib.dll", LIB);
        Path app = csharp(folder, "App.exe", APP, "Lib.dll");
        image("--composite", app.toString(), folder.resolve("Lib.dll").toString(), "-o", folder.resolve("app.kimg").toString());
        Kiln.Run r = run(app);
        assertEquals("4 VERSION\nbox of 7 (DESCRIBE)\n42\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aStaleProgramImageIsRefusedUntilRecompiled() throws IOException {
        Path folder = dir.resolve("stale");
        Path app = csharp(folder, "Greet.exe", GREETER);
        imageBeside(app);
        assertEquals("hello images\n42!\n", run(app).out());
        csharp(folder, "Greet.exe", GREETER.replace("\"hello \"", "\"goodbye \""));
        Kiln.Run stale = run(app);
        assertEquals(1, stale.exit());
        assertTrue(stale.err().startsWith("kiln: error: ") && stale.err().contains("Greet.kimg is stale")
                && stale.err().contains("Greet.exe changed"), stale.err());
        assertEquals("", stale.out());
        imageBeside(app);
        assertEquals("goodbye images\n42!\n", run(app).out());
    }

    @Test
    void damagedAndTruncatedImagesAreRefusedWithoutRunningThem() throws IOException {
        Path folder = dir.resolve("damaged");
        Path app = csharp(folder, "Hello.exe", GREETER);
        Path image = imageBeside(app);
        byte[] good = Files.readAllBytes(image);
        int[] positions = {0, 64, good.length / 3, good.length / 2, good.length - 200, good.length - 60, good.length - 40, good.length - 1};
        for (int at : positions) {
            byte[] bad = good.clone();
            bad[at] ^= 0x20;
            Files.write(image, bad);
            Kiln.Run r = run(app);
            assertEquals(1, r.exit(), "flipped byte at " + at + ": " + r.err());
            assertTrue(r.err().startsWith("kiln: error: ") && r.err().contains("Hello.kimg"), "flipped byte at " + at + ": " + r.err());
            assertEquals("", r.out());
        }
        for (int length : new int[] {good.length - 1, good.length / 2, 40, 0}) {
            Files.write(image, java.util.Arrays.copyOf(good, length));
            Kiln.Run r = run(app);
            assertEquals(1, r.exit(), "truncated to " + length + ": " + r.err());
            assertEquals("", r.out());
        }
        Files.write(image, good);
        assertEquals("hello images\n42!\n", run(app).out());
    }

    @Test
    void aMissingImageOrALibraryAsProgramIsAClearError() throws IOException {
        Path folder = dir.resolve("missing");
        Path app = csharp(folder, "Lonely.exe", GREETER);
        Kiln.Run none = run(app);
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no image of Lonely was found") && none.err().contains("kiln compile --image"), none.err());
        Path lib = csharp(folder, "Lib.dll", LIB);
        imageBeside(lib);
        Kiln.Run library = run(lib);
        assertEquals(1, library.exit());
        assertTrue(library.err().contains("no entry point"), library.err());
    }

    /**
     * Runtime async across images: the program awaits an ordinary wrapper of a library image, whose async version
     * tail-awaits the core library image's Task.Delay variant, and awaits the core library's variants directly.
     */
    @Test
    void asyncVariantsAndVersionsAwaitAcrossImages() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("async"));
        String lib = String.join("\n",
                ".assembly extern System.Private.CoreLib {}",
                ".assembly AsyncLib {}",
                ".class public abstract sealed auto ansi beforefieldinit Waits extends $corlib System.Object",
                "{",
                "  .method public static $Task Pause() cil managed",
                "  { ldc.i4.1 call $Task $corlib System.Threading.Tasks.Task::Delay(int32) ret }",
                "  .method public static $TaskOf<int32> Later(int32 x) cil managed async",
                "  { call $Task Waits::Pause() call void $Await($Task) ldarg.0 ldc.i4.1 add ret }",
                "}", "");
        String app = String.join("\n",
                ".assembly extern System.Private.CoreLib {}",
                ".assembly extern AsyncLib {}",
                ".assembly AsyncApp {}",
                ".class public auto ansi beforefieldinit Program extends $corlib System.Object",
                "{",
                "  .method public static $TaskOf<int32> Main() cil managed async",
                "  {",
                "    .entrypoint",
                "    call $Task [AsyncLib]Waits::Pause()",
                "    call void $Await($Task)",
                "    ldc.i4.s 41",
                "    call $TaskOf<int32> [AsyncLib]Waits::Later(int32)",
                "    call $AwaitOf<int32>($TaskOf<!!0>)",
                "    ldc.i4.5",
                "    call $Task $corlib System.Threading.Tasks.Task::Delay(int32)",
                "    call void $Await($Task)",
                "    dup",
                "    call void $Console::WriteLine(int32)",
                "    ret",
                "  }",
                "}", "");
        Path libDll = IlAssembler.assemble(AsyncIl.expand(lib), folder, "AsyncLib", false).file();
        Path appExe = IlAssembler.assemble(AsyncIl.expand(app), folder, "AsyncApp", true).file();
        imageBeside(libDll);
        imageBeside(appExe);
        Kiln.Run r = run(appExe);
        assertEquals("42\n", r.out(), r.err());
        assertEquals(42, r.exit());
        // the variants it binds to have no metadata of their own: the manifest names them by their task-returning
        // method's definition token in the owning assembly
        String manifest = dev.kiln.compiler.ImageFile.manifest(folder.resolve("AsyncApp.kimg"));
        assertTrue(manifest.contains(" the async variant of method System.Threading.Tasks.Task::Delay(System.Int32) (System.Private.CoreLib 0x06")
                && manifest.contains(" the async variant of method Waits::Later(System.Int32) (AsyncLib 0x06"), manifest);
    }
}
