package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ilasm.IlAssembler;
import dev.kiln.tests.harness.Kiln;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synchronized methods .NET refuses to load are mistakes in the input (the differential programs in
 * tests/programs/sync/synchronized-* cover the ones that run): a runtime-async one (the runtime-async spec makes
 * MethodImplOptions.Async with Synchronized invalid) and one of a value type (no object to lock).
 */
class SynchronizedMethodsTest {
    @TempDir
    Path dir;

    private static String program(String name, String members, String mainBody) {
        return String.join("\n",
                ".assembly extern System.Private.CoreLib {}",
                ".assembly " + name + " {}",
                ".class public sequential ansi sealed beforefieldinit S extends [System.Private.CoreLib]System.ValueType",
                "{",
                "  .field public int32 x",
                "  .method public hidebysig instance int32 Get() cil managed synchronized",
                "  {",
                "    ldarg.0",
                "    ldfld int32 S::x",
                "    ret",
                "  }",
                "}",
                ".class public auto ansi beforefieldinit Program extends [System.Private.CoreLib]System.Object",
                "{",
                members,
                "  .method public static void Main() cil managed",
                "  {",
                "    .entrypoint",
                "    .maxstack 8",
                "    .locals init (valuetype S s)",
                mainBody,
                "    ret",
                "  }",
                "}",
                "");
    }

    private void rejects(String name, String members, String mainBody, String message) throws IOException {
        Path exe = IlAssembler.assemble(program(name, members, mainBody), dir, name, true).file();
        Kiln.Run r = Kiln.run("compile", exe.toString(), "-o", dir.resolve(name).toString());
        CliErrorsTest.assertUserError(r, message);
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void runtimeAsyncMethodCannotBeSynchronized() throws IOException {
        rejects("SyncAsync", String.join("\n",
                "  .method public static class [System.Private.CoreLib]System.Threading.Tasks.Task Run()",
                "          cil managed async synchronized",
                "  {",
                "    ret",
                "  }"),
                "    call class [System.Private.CoreLib]System.Threading.Tasks.Task Program::Run()\n"
                        + "    callvirt instance void [System.Private.CoreLib]System.Threading.Tasks.Task::Wait()",
                "Program::Run() [0x06000002]: a runtime-async method cannot be synchronized");
    }

    @Test
    void valueTypeMethodCannotBeSynchronized() throws IOException {
        rejects("SyncStruct", "",
                "    ldloca.s s\n    call instance int32 S::Get()\n    pop",
                "S::Get() [0x06000001]: a method of a value type cannot be synchronized");
    }
}
