package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Ahead;
import dev.kiln.tests.harness.Expectation;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.MonoOracle;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.Programs;
import dev.kiln.tests.harness.TestProgram;
import dev.kiln.ilasm.IlAssembler;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * IL-level programs (tests/il-programs/*.il) for opcodes C# rarely emits. Each is assembled twice — against
 * Mono's mscorlib for the oracle, against Kiln's corelib for Kiln — and Kiln's run must meet the program's
 * {@link Expectation}.
 */
class IlProgramsTest {
    static final String FOLDER = "il-programs";
    static final Path WORK = Path.of("target/il-programs").toAbsolutePath();

    @TempDir
    Path dir;

    record Observed(ProcessRunner.Result oracle, Kiln.Outcome kiln) {
    }

    @TestFactory
    Stream<DynamicTest> ilProgramsBehaveAsUnderMono() throws IOException {
        Ahead ahead = new Ahead();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestProgram p : Programs.toRun(FOLDER, TestProgram.Kind.IL)) {
            Future<Observed> observed = ahead.submit(() -> observe(p));
            tests.add(DynamicTest.dynamicTest(p.name(), p.path().toUri(), () -> check(p, observed.get())));
        }
        ahead.noMore();
        return tests.stream();
    }

    private static Observed observe(TestProgram p) throws IOException {
        String name = p.simpleName();
        String il = Files.readString(p.path());
        Path monoDir = Files.createDirectories(WORK.resolve(name + "-mono"));
        Path kilnDir = Files.createDirectories(WORK.resolve(name + "-kiln"));
        ProcessRunner.Result expected = null;
        if (Expectation.needsOracle(p)) {
            Path monoExe = IlAssembler.assemble(il, monoDir, name, true).file();
            expected = MonoOracle.mono(monoExe, p.args(), monoDir);
        }
        Path kilnExe = IlAssembler.assemble(il.replace("mscorlib", "System.Private.CoreLib"), kilnDir, name, true).file();
        return new Observed(expected, Kiln.compileAndRun(kilnExe, kilnDir.resolve(name), List.of(), p.args(), kilnDir));
    }

    private static void check(TestProgram p, Observed o) throws IOException {
        assertEquals(0, o.kiln().compile().exit(), o.kiln().compile().err());
        Expectation.of(p, o.oracle()).check(o.kiln().run(), "");
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
        Path corelib = Path.of(Kiln.corelib());
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
