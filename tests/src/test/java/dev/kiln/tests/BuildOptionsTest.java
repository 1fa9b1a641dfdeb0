package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `kiln build`'s options for mcs: conditional-compilation symbols, unsafe code, arguments passed through, and
 * references to libraries that were compiled against Mono's mscorlib rather than Kiln's core library.
 */
class BuildOptionsTest {
    @TempDir
    Path dir;

    static final String CONDITIONAL = String.join("\n",
            "class Conditional {",
            "  static void Main() {",
            "#if FOO",
            "    System.Console.WriteLine(\"FOO\");",
            "#endif",
            "#if BAR",
            "    System.Console.WriteLine(\"BAR\");",
            "#endif",
            "    System.Console.WriteLine(\"end\");",
            "  }",
            "}", "");

    @Test
    void symbolsAreDefinedWithDashDColonOrDefine() throws IOException {
        Path src = Files.writeString(dir.resolve("Conditional.cs"), CONDITIONAL);
        assertEquals("end\n", buildAndRun(src));
        assertEquals("FOO\nend\n", buildAndRun(src, "-d:FOO"));
        assertEquals("FOO\nBAR\nend\n", buildAndRun(src, "--define", "FOO", "-d:BAR"));
        assertEquals("BAR\nend\n", buildAndRun(src, "--define=BAR"));
    }

    @Test
    void unsafeCodeNeedsUnsafe() throws IOException {
        Path src = Files.writeString(dir.resolve("Pointers.cs"), String.join("\n",
                "class Pointers {",
                "  static unsafe int Sum(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }",
                "  static unsafe void Main() {",
                "    int* xs = stackalloc int[4];",
                "    for (int i = 0; i < 4; i++) xs[i] = i * 10;",
                "    System.Console.WriteLine(Sum(xs, 4));",
                "  }",
                "}", ""));
        CliErrorsTest.assertUserError(Kiln.run("build", src.toString(), "-o", dir.resolve("no").toString()), "CS0227");
        assertEquals("60\n", buildAndRun(src, "--unsafe"));
    }

    @Test
    void mcsArgumentsArePassedThrough() throws IOException {
        Path src = Files.writeString(dir.resolve("Checked.cs"), String.join("\n",
                "class Checked {",
                "  static void Main(string[] args) {",
                "    int big = int.MaxValue - args.Length;",
                "    try { System.Console.WriteLine(big + 1); } catch (System.OverflowException) { System.Console.WriteLine(\"overflow\"); }",
                "  }",
                "}", ""));
        assertEquals("-2147483648\n", buildAndRun(src));
        assertEquals("overflow\n", buildAndRun(src, "--mcs-arg=-checked+"));
        assertEquals("overflow\n", buildAndRun(src, "--mcs-arg", "-checked+", "--mcs-arg=-warn:4"));
    }

    @Test
    void mcsOptionsThatLookLikeKilnsShortOptionsArePassedThrough() throws IOException {
        // -optimize+ and -r:X.dll start like Kiln's -o and -r (mono's mcs tests name them in "// Compiler options:")
        Path src = Files.writeString(dir.resolve("Framework.cs"), String.join("\n",
                "extern alias FULL;",
                "using System.Collections.Specialized;",
                "class Framework {",
                "  static void Main() {",
                "    var q = new NameValueCollection();",
                "    q.Add(\"k\", \"a\"); q.Add(\"K\", \"b\");",
                "    System.Console.WriteLine(q[\"k\"]);",
                "  }",
                "}", ""));
        assertEquals("a,b\n", buildAndRun(src, "--mcs-arg=-optimize+", "--mcs-arg", "-r:System.dll", "--mcs-arg=-r:FULL=System.dll"));
    }

    @Test
    void aLibraryBuiltAgainstMonosMscorlibCanBeReferenced() throws IOException {
        Path lib = Files.writeString(dir.resolve("Shelf.cs"), String.join("\n",
                "using System.Collections.Generic;",
                "public class Shelf {",
                "  readonly List<string> books = new List<string>();",
                "  public Shelf Add(string title) { books.Add(title); return this; }",
                "  public IEnumerable<string> Titles { get { return books; } }",
                "  public static string Describe(int n) { return string.Format(\"{0} book(s)\", n); }",
                "}", ""));
        // plain mcs: against Mono's own mscorlib, as a library somebody else built
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-target:library", "-out:" + dir.resolve("Shelf.dll"), lib.toString()), dir, 120);
        assertEquals(0, mcs.exitCode(), mcs.stdout() + mcs.stderr());
        Path app = Files.writeString(dir.resolve("Reader.cs"), String.join("\n",
                "class Reader {",
                "  static void Main() {",
                "    var shelf = new Shelf().Add(\"Dune\").Add(\"Emma\");",
                "    int n = 0;",
                "    foreach (string t in shelf.Titles) { System.Console.WriteLine(t.ToUpper()); n++; }",
                "    System.Console.WriteLine(Shelf.Describe(n));",
                "  }",
                "}", ""));
        assertEquals("DUNE\nEMMA\n2 book(s)\n", buildAndRun(app, "-r", dir.resolve("Shelf.dll").toString()));
    }

    @Test
    void aLibraryBuiltAgainstReferenceAssembliesCanBeReferenced() throws IOException {
        // as a .NET SDK builds a netstandard or .NET library: types named through netstandard and System.Runtime,
        // strong-named references that mcs matches by public key token
        String il = String.join("\n",
                ".assembly extern netstandard { .publickeytoken = (CC 7B 13 FF CD 2D DD 51) .ver 2:0:0:0 }",
                ".assembly extern System.Runtime { .publickeytoken = (B0 3F 5F 7F 11 D5 0A 3A) .ver 8:0:0:0 }",
                ".assembly Modern { .ver 1:0:0:0 }",
                ".class public auto ansi beforefieldinit Modern extends [System.Runtime]System.Object",
                "{",
                "  .method public static class [netstandard]System.Collections.Generic.List`1<string> Names() cil managed",
                "  {",
                "    newobj instance void class [netstandard]System.Collections.Generic.List`1<string>::.ctor()",
                "    dup",
                "    ldstr \"netstandard\"",
                "    callvirt instance void class [netstandard]System.Collections.Generic.List`1<string>::Add(!0)",
                "    ret",
                "  }",
                "  .method public specialname rtspecialname instance void .ctor() cil managed",
                "  { ldarg.0 call instance void [System.Runtime]System.Object::.ctor() ret }",
                "}", "");
        Path lib = dev.kiln.ilasm.IlAssembler.assemble(il, dir, "Modern", false).file();
        Path app = Files.writeString(dir.resolve("UsesModern.cs"),
                "class UsesModern { static void Main() { var names = Modern.Names(); names.Add(\"mcs\"); System.Console.WriteLine(string.Join(\"+\", names)); } }\n");
        assertEquals("netstandard+mcs\n", buildAndRun(app, "-r", lib.toString()));
    }

    @Test
    void helpListsTheMcsOptions() {
        Kiln.Run help = Kiln.run("build", "--help");
        assertEquals(0, help.exit(), help.err());
        for (String option : List.of("--unsafe", "--define", "-d", "--mcs-arg", "--reference")) {
            assertTrue(help.out().contains(option), () -> option + " missing from:\n" + help.out());
        }
    }

    @Test
    void anEmptySymbolIsAUserError() throws IOException {
        Path src = Files.writeString(dir.resolve("Conditional.cs"), CONDITIONAL);
        CliErrorsTest.assertUserError(Kiln.run("build", src.toString(), "-o", dir.resolve("x").toString(), "-d:"), "-d");
    }

    private String buildAndRun(Path source, String... options) {
        Path exe = dir.resolve("program-" + Integer.toHexString(List.of(options).hashCode()));
        List<String> args = new java.util.ArrayList<>(List.of("build", source.toString(), "-o", exe.toString()));
        args.addAll(List.of(options));
        Kiln.Run r = Kiln.run(args.toArray(new String[0]));
        assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), dir, 30);
        assertEquals(0, run.exitCode(), run.stderr());
        return run.stdout();
    }
}
