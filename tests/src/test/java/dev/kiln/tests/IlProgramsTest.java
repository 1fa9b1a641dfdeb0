package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.il.IlAssembler;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * IL-level programs (tests/il-programs/*.il) for opcodes C# rarely emits. Each is assembled twice — against
 * Mono's mscorlib for the oracle, against Kiln's corelib for Kiln — and both runs must print the same.
 */
class IlProgramsTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/il-programs").normalize();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> ilProgramsBehaveAsUnderMono() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            s.filter(p -> p.toString().endsWith(".il")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".il", "");
        String il = Files.readString(file);
        Path monoDir = Files.createDirectories(dir.resolve(name + "-mono"));
        Path kilnDir = Files.createDirectories(dir.resolve(name + "-kiln"));
        Path monoExe = IlAssembler.assemble(il, monoDir, name, true).file();
        Path kilnExe = IlAssembler.assemble(il.replace("mscorlib", "System.Private.CoreLib"), kilnDir, name, true).file();
        ProcessRunner.Result expected = ProcessRunner.run(List.of("mono", monoExe.toString()), monoDir, 60);
        Path out = kilnDir.resolve(name);
        CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", kilnExe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        ProcessRunner.Result actual = ProcessRunner.run(List.of(out.toString()), kilnDir, 60);
        assertEquals(expected.stdout(), actual.stdout(), () -> "Kiln's stderr: " + actual.stderr());
        assertEquals(expected.exitCode(), actual.exitCode());
    }

    static final String ASYNC_IL = String.join("\n",
            ".assembly extern System.Private.CoreLib {}",
            ".assembly AsyncFlags {}",
            ".class public auto ansi beforefieldinit C extends [System.Private.CoreLib]System.Object",
            "{",
            "  .method public static class [System.Private.CoreLib]System.Threading.Tasks.Task Run() cil managed async",
            "  {",
            "    ret",
            "  }",
            "  .method public static int32 Plain() cil managed",
            "  {",
            "    ldc.i4.0",
            "    ret",
            "  }",
            "  .class nested public auto ansi Inner extends [System.Private.CoreLib]System.Object",
            "  {",
            "    .method public static class [System.Private.CoreLib]System.Threading.Tasks.Task`1<int32>",
            "            Compute(int32 x) cil managed async",
            "    {",
            "      ldarg.0",
            "      ret",
            "    }",
            "  }",
            "}",
            "");

    @Test
    void toolkitSetsTheRuntimeAsyncFlagOnExactlyTheMarkedMethods() throws IOException {
        IlAssembler.Assembled a = IlAssembler.assemble(ASYNC_IL, dir, "AsyncFlags", false);
        assertEquals(2, a.asyncMethods().size(), a.asyncMethods().toString());
        assertEquals(List.of(IlAssembler.IMPL_ASYNC), IlAssembler.implFlags(a.file(), "Run"));
        assertEquals(List.of(IlAssembler.IMPL_ASYNC), IlAssembler.implFlags(a.file(), "Compute"));
        assertEquals(List.of(0), IlAssembler.implFlags(a.file(), "Plain"));
        Path corelib = Path.of(CliErrorsTest.kiln("corelib").out().strip());
        TypeSystem ts = new TypeSystem(corelib, new AssemblyResolver());
        EcmaModule module = ts.load(a.file());
        MethodDesc run = module.findType("", "C").findMethod("Run");
        assertTrue(run.isRuntimeAsync());
        assertTrue(ts.asyncVariantOf(run).isRuntimeAsync());
    }

    @Test
    void toolkitFailsLoudlyWhenAMarkedMethodCannotBeFound() {
        String broken = ASYNC_IL.replace("Compute(int32 x) cil managed async", "Compute(int32 x) cil managed async // ")
                .replace(".method public static int32 Plain() cil managed", ".method public static int32 Plain() cil managed async");
        // Plain is now marked, and exists: fine. A marker inside a method header that ilasm renames is what fails:
        List<IlAssembler.AsyncMethod> found = IlAssembler.findAsyncMethodsForTest(broken);
        assertTrue(found.stream().anyMatch(m -> m.methodName().equals("Plain")), found.toString());
        assertThrows(IllegalStateException.class, () -> IlAssembler.setAsyncFlagsForTest(
                IlAssembler.assemble(ASYNC_IL, dir, "Again", false).file(),
                List.of(new IlAssembler.AsyncMethod("C", "DoesNotExist", 0))));
    }
}
