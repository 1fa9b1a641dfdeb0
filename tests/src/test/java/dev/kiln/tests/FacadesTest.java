package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.il.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assemblies built by other tool chains name the core library mscorlib, netstandard or System.Runtime; Kiln's
 * facades forward those names to System.Private.CoreLib, so such assemblies compile unchanged.
 */
class FacadesTest {
    @TempDir
    Path dir;

    @Test
    void aProgramBuiltAgainstMonosMscorlibRunsOnKilnsCoreLibrary() throws IOException {
        Path src = Files.writeString(dir.resolve("Mono.cs"), String.join("\n",
                "using System; using System.Collections.Generic; using System.Linq;",
                "class Program {",
                "  static int Main(string[] args) {",
                "    var words = new List<string> { \"pear\", \"fig\", \"apple\" };",
                "    Console.WriteLine(string.Join(\",\", words.OrderBy(w => w.Length).Select(w => w.ToUpper())));",
                "    Dictionary<string, int> lengths = words.ToDictionary(w => w, w => w.Length);",
                "    Console.WriteLine(lengths[\"apple\"] + \" \" + Math.Max(3, 4) + \" \" + 1.5.ToString());",
                "    return words.Count;",
                "  }",
                "}", ""));
        Path exe = dir.resolve("Mono.exe");
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-out:" + exe, src.toString()), dir, 120);
        assertEquals(0, mcs.exitCode(), mcs.stdout());
        ProcessRunner.Result mono = ProcessRunner.run(List.of("mono", exe.toString()), dir, 60);
        Path out = dir.resolve("mono-built");
        CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        ProcessRunner.Result kiln = ProcessRunner.run(List.of(out.toString()), dir, 60);
        assertEquals(mono.stdout(), kiln.stdout(), kiln.stderr());
        assertEquals(3, kiln.exitCode());
    }

    @Test
    void referencesThroughNetstandardAndSystemRuntimeResolve() throws IOException {
        String il = String.join("\n",
                ".assembly extern netstandard { .ver 2:0:0:0 }",
                ".assembly extern System.Runtime { .ver 4:2:0:0 }",
                ".assembly extern System.Console { .ver 4:1:0:0 }",
                ".assembly Refs {}",
                ".class public auto ansi beforefieldinit Program extends [System.Runtime]System.Object",
                "{",
                "  .method public static void Main() cil managed",
                "  {",
                "    .entrypoint",
                "    .locals init (class [netstandard]System.Collections.Generic.List`1<int32> list)",
                "    newobj instance void class [netstandard]System.Collections.Generic.List`1<int32>::.ctor()",
                "    stloc.0",
                "    ldloc.0",
                "    ldc.i4.s 42",
                "    callvirt instance void class [netstandard]System.Collections.Generic.List`1<int32>::Add(!0)",
                "    ldloc.0",
                "    callvirt instance int32 class [netstandard]System.Collections.Generic.List`1<int32>::get_Count()",
                "    call void [System.Console]System.Console::WriteLine(int32)",
                "    ldstr \"through facades\"",
                "    call void [System.Console]System.Console::WriteLine(string)",
                "    ret",
                "  }",
                "}", "");
        Path exe = IlAssembler.assemble(il, dir, "Refs", true).file();
        Path out = dir.resolve("refs");
        CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        assertEquals("1\nthrough facades\n", ProcessRunner.run(List.of(out.toString()), dir, 60).stdout());
    }

    @Test
    void aTypeTheCoreLibraryLacksIsNamedInTheError() throws IOException {
        Path src = Files.writeString(dir.resolve("Missing.cs"), String.join("\n",
                "class Program {",
                "  static void Main() { System.Console.WriteLine(System.AppDomain.CurrentDomain.FriendlyName); }",
                "}", ""));
        Path exe = dir.resolve("Missing.exe");
        assertEquals(0, ProcessRunner.run(List.of("mcs", "-out:" + exe, src.toString()), dir, 120).exitCode());
        CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", exe.toString(), "-o", dir.resolve("missing").toString());
        CliErrorsTest.assertUserError(compile, "System.AppDomain");
    }
}
