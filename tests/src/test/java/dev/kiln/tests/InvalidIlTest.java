package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.ilasm.IlAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IL that ECMA-335 rejects is a mistake in the input: `kiln compile` names the method and the IL offset, exits with
 * 1 and prints no stack trace. Each case is a Main body (locals: int32 i, object o, int64 l, float64 d), assembled
 * with ilasm against Kiln's core library. Also the merges whose result .NET and Mono disagree on, checked against
 * the values .NET gives.
 */
class InvalidIlTest {
    @TempDir
    Path dir;

    private static String program(String name, String body) {
        return String.join("\n",
                ".assembly extern System.Private.CoreLib {}",
                ".assembly " + name + " {}",
                ".class public auto ansi beforefieldinit Program extends [System.Private.CoreLib]System.Object",
                "{",
                "  .method public static void Main() cil managed",
                "  {",
                "    .entrypoint",
                "    .maxstack 8",
                "    .locals init (int32 i, object o, int64 l, float64 d)",
                body,
                "  }",
                "}",
                "");
    }

    /** Compiles Main with this body and checks the one error line: "at IL_xxxx: message" after the method. */
    private void rejects(String name, String body, String atOffsetAndMessage) throws IOException {
        Path exe = IlAssembler.assemble(program(name, body), dir, name, true).file();
        Kiln.Run r = Kiln.run("compile", exe.toString(), "-o", dir.resolve(name).toString());
        CliErrorsTest.assertUserError(r, "");
        assertEquals("kiln: error: " + exe.getFileName() + ": Program::Main() [0x06000001] at " + atOffsetAndMessage, r.err().strip());
    }

    @Test
    void int32PlusObjectReference() throws IOException {
        rejects("AddObject", "ldc.i4.1\n ldloc.1\n add\n pop\n ret",
                "IL_0002: add of int32 and an object reference (ECMA-335 III.1.5 Table 2)");
    }

    @Test
    void int64WithInt32() throws IOException {
        rejects("MixWidths", "ldloc.2\n ldc.i4.1\n mul\n pop\n ret",
                "IL_0002: mul of int64 and int32 (ECMA-335 III.1.5 Table 2)");
    }

    @Test
    void floatWithInteger() throws IOException {
        rejects("FloatInt", "ldloc.3\n ldc.i4.1\n sub\n pop\n ret",
                "IL_0002: sub of F (floating point) and int32 (ECMA-335 III.1.5 Table 2)");
    }

    @Test
    void bitwiseOnFloats() throws IOException {
        rejects("AndFloats", "ldloc.3\n ldloc.3\n and\n pop\n ret",
                "IL_0002: and of F (floating point) and F (floating point) (ECMA-335 III.1.5 Table 5)");
    }

    @Test
    void unsignedDivisionOfObjects() throws IOException {
        rejects("DivObjects", "ldloc.1\n ldloc.1\n div.un\n pop\n ret",
                "IL_0002: div.un of an object reference and an object reference (ECMA-335 III.1.5 Table 5)");
    }

    @Test
    void overflowArithmeticOnFloats() throws IOException {
        rejects("AddOvfFloats", "ldloc.3\n ldloc.3\n add.ovf\n pop\n ret",
                "IL_0002: add.ovf of F (floating point) and F (floating point) (ECMA-335 III.1.5 Table 7)");
    }

    @Test
    void shiftByInt64() throws IOException {
        rejects("ShiftByLong", "ldc.i4.1\n ldloc.2\n shl\n pop\n ret",
                "IL_0002: shl of int32 and int64 (ECMA-335 III.1.5 Table 6)");
    }

    @Test
    void shiftOfFloat() throws IOException {
        rejects("ShiftFloat", "ldloc.3\n ldc.i4.1\n shr\n pop\n ret",
                "IL_0002: shr of F (floating point) and int32 (ECMA-335 III.1.5 Table 6)");
    }

    @Test
    void orderingOfObjectReferences() throws IOException {
        rejects("CltObjects", "ldloc.1\n ldloc.1\n clt\n pop\n ret",
                "IL_0002: clt of an object reference and an object reference (ECMA-335 III.1.5 Table 4)");
    }

    @Test
    void branchOnInt32AgainstObject() throws IOException {
        rejects("BeqMixed", "ldc.i4.0\n ldloc.1\n beq.s done\n done: ret",
                "IL_0002: beq.s of int32 and an object reference (ECMA-335 III.1.5 Table 4)");
    }

    @Test
    void negationOfObject() throws IOException {
        rejects("NegObject", "ldloc.1\n neg\n pop\n ret",
                "IL_0001: neg of an object reference (ECMA-335 III.1.5 Table 3)");
    }

    @Test
    void notOfFloat() throws IOException {
        rejects("NotFloat", "ldloc.3\n not\n pop\n ret",
                "IL_0001: not of F (floating point) (ECMA-335 III.1.5 Table 3)");
    }

    @Test
    void narrowConversionOfObject() throws IOException {
        rejects("ConvObject", "ldloc.1\n conv.i4\n pop\n ret",
                "IL_0001: conv.i4 of an object reference (ECMA-335 III.1.5 Table 8)");
    }

    @Test
    void indirectLoadThroughInt32() throws IOException {
        rejects("LdindInt32", "ldc.i4.8\n ldind.i4\n pop\n ret",
                "IL_0001: ldind.i4 needs an address (native int, & or *), not int32");
    }

    @Test
    void indirectStoreThroughObject() throws IOException {
        rejects("StindObject", "ldloc.1\n ldc.i4.1\n stind.i4\n ret",
                "IL_0002: stind.i4 needs an address (native int, & or *), not an object reference");
    }

    @Test
    void lengthOfInteger() throws IOException {
        rejects("LdlenInt", "ldc.i4.1\n ldlen\n pop\n ret",
                "IL_0001: ldlen needs an object reference, not int32");
    }

    @Test
    void structStoredFromInteger() throws IOException {
        rejects("StoreStruct", "ldloca.s 0\n ldc.i8 5\n stobj [System.Private.CoreLib]System.Guid\n ret",
                "IL_000b: cannot store int64 as a System.Guid");
    }

    @Test
    void arrayLengthOfFloat() throws IOException {
        rejects("NewarrFloat", "ldloc.3\n newarr [System.Private.CoreLib]System.Int32\n pop\n ret",
                "IL_0001: newarr needs an int32 or native int, not F (floating point)");
    }

    @Test
    void stackUnderflow() throws IOException {
        rejects("Underflow", "ldc.i4.1\n add\n pop\n ret", "IL_0001: evaluation stack underflow");
    }

    @Test
    void stackDepthDiffersAtJoin() throws IOException {
        rejects("DepthMismatch", "ldloc.0\n brtrue.s other\n ldc.i4.1\n br.s join\n other: ldc.i4.1\n ldc.i4.2\n"
                        + " join: pop\n ret",
                "IL_0007: stack depth 2 at branch to IL_0008 differs from depth 1 of the other paths to it");
    }

    @Test
    void backwardBranchWithValuesIntoABlockEnteredEmpty() throws IOException {
        rejects("BackwardDepth", "top: ldloc.0\n brfalse.s done\n ldc.i4.1\n br.s top\n done: ret",
                "IL_0004: stack depth 1 at branch to IL_0000 differs from depth 0 of the other paths to it");
    }

    @Test
    void int32AndObjectDoNotMerge() throws IOException {
        rejects("ShapeMismatch", "ldloc.0\n brtrue.s other\n ldc.i4.1\n br.s join\n other: ldloc.1\n join: pop\n ret",
                "IL_0006: stack shape [OBJECT] at branch to IL_0007 differs from [I32] (ECMA-335 III.1.8.1.3: the"
                        + " entries do not merge)");
    }

    @Test
    void int64AndInt32DoNotMerge() throws IOException {
        rejects("LongIntMismatch", "ldloc.0\n brtrue.s other\n ldloc.2\n br.s join\n other: ldc.i4.1\n join: pop\n ret",
                "IL_0006: stack shape [I32] at branch to IL_0007 differs from [I64] (ECMA-335 III.1.8.1.3: the"
                        + " entries do not merge)");
    }

    @Test
    void branchIntoTheMiddleOfAnInstruction() throws IOException {
        // br.s +1 lands on the second byte of the 5-byte ldc.i4 that follows
        rejects("MidInstruction", ".emitbyte 0x2B\n .emitbyte 0x01\n ldc.i4 100\n pop\n ret",
                "IL_0000: branch to IL_0003, which is not the start of an instruction");
    }

    @Test
    void branchPastTheEnd() throws IOException {
        rejects("PastTheEnd", ".emitbyte 0x2B\n .emitbyte 0x01\n ret",
                "IL_0000: branch target 3 is outside the method body");
    }

    @Test
    void fallingOffTheEnd() throws IOException {
        rejects("FallsOff", "ldc.i4.1\n pop", "IL_0001: control falls off the end of the method");
    }

    @Test
    void argumentThatDoesNotExist() throws IOException {
        rejects("NoSuchArgument", "ldarg.s 3\n pop\n ret", "IL_0000: argument 3 does not exist");
    }

    @Test
    void localThatDoesNotExist() throws IOException {
        rejects("NoSuchLocal", "ldc.i4.1\n stloc.s 9\n ret", "IL_0001: local 9 does not exist");
    }

    @Test
    void retWithValuesLeft() throws IOException {
        rejects("RetLeftovers", "ldc.i4.1\n ret",
                "IL_0001: ret leaves 1 value(s) on the evaluation stack (ECMA-335 III.3.56)");
    }

    /**
     * An int32 path joined by a native int path merges as native int (the int32 sign-extended), as .NET does; Mono
     * keeps the int32 and truncates. float32 joined by float64 is a float64 (Mono reads the wrong bits).
     */
    @Test
    void mergesWhereMonoDepartsFromDotNet() throws IOException {
        String body = String.join("\n",
                "    ldc.i4.0",
                "    call int64 Program::IntThenNativeInt(int32)",
                "    call void [System.Private.CoreLib]System.Console::WriteLine(int64)",
                "    ldc.i4.1",
                "    call int64 Program::IntThenNativeInt(int32)",
                "    call void [System.Private.CoreLib]System.Console::WriteLine(int64)",
                "    ldc.i4.0",
                "    call float64 Program::Floats(int32)",
                "    call void [System.Private.CoreLib]System.Console::WriteLine(float64)",
                "    ldc.i4.1",
                "    call float64 Program::Floats(int32)",
                "    call void [System.Private.CoreLib]System.Console::WriteLine(float64)",
                "    ret",
                "  }",
                "  .method public static int64 IntThenNativeInt(int32 which) cil managed",
                "  {",
                "    ldarg.0",
                "    brtrue.s other",
                "    ldc.i4.m1",
                "    br.s join",
                "  other:",
                "    ldc.i8 0x100000000",
                "    conv.i",
                "  join:",
                "    conv.i8",
                "    ret",
                "  }",
                "  .method public static float64 Floats(int32 which) cil managed",
                "  {",
                "    ldarg.0",
                "    brtrue.s wide",
                "    ldc.r4 1.5",
                "    br.s join",
                "  wide:",
                "    ldc.r8 2.25",
                "  join:",
                "    ldc.r8 2",
                "    mul",
                "    ret");
        Path exe = IlAssembler.assemble(program("Merges", body), dir, "Merges", true).file();
        Path out = dir.resolve("merges");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        ProcessRunner.Result run = Kiln.execute(out, List.of(), dir, 60);
        assertEquals("-1\n4294967296\n3\n4.5\n", run.stdout());
    }
}
