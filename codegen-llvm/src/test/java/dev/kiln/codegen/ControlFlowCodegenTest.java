package dev.kiln.codegen;

import static dev.kiln.codegen.IrAssertions.assertFinds;
import static dev.kiln.codegen.IrAssertions.assertLacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Branches that merge stack values, and exception handling regions (invoke, landing pads, finally continuations). */
class ControlFlowCodegenTest {
    private static IlFixture f;

    @BeforeAll
    static void assemble() {
        f = IlFixture.of("""
                .class public Base {
                  .method public hidebysig newslot virtual instance int32 Virt() cil managed { ldc.i4.1 ret }
                }
                .class public A extends Base {}
                .class public B extends Base {}
                .class public C {
                  // a1 is on the stack across the join; the second operand of add comes from either branch
                  .method public static int32 MergeInt(bool c, int32 a) cil managed {
                    ldarg.1 ldarg.0 brtrue.s TWO ldc.i4.1 br.s JOIN TWO: ldc.i4.2 JOIN: add ret }
                  // two different classes meet at the join (their common base is what is on the stack)
                  .method public static int32 MergeRef(bool c, class A a, class B b) cil managed {
                    ldarg.0 brtrue.s USEB ldarg.1 br.s JOIN USEB: ldarg.2 JOIN: callvirt instance int32 Base::Virt() ret }
                  .method public static int32 TryFinally(class Base b) cil managed {
                    .locals init (int32 r)
                    .try { ldarg.0 callvirt instance int32 Base::Virt() stloc.0 leave.s DONE }
                    finally { ldloc.0 ldc.i4.1 add stloc.0 endfinally }
                    DONE: ldloc.0 ret }
                  .method public static int32 TryCatch(class Base b) cil managed {
                    .locals init (int32 r)
                    .try { ldarg.0 callvirt instance int32 Base::Virt() stloc.0 leave.s DONE }
                    catch [mscorlib]System.OverflowException { pop ldc.i4.m1 stloc.0 leave.s DONE }
                    DONE: ldloc.0 ret }
                }
                """);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void anInt32OnTheStackAcrossAJoinVerifies() {
        String ir = f.compile("C", "MergeInt");
        assertTrue(f.verifies(f.method("C", "MergeInt")), ir);
        // both predecessors of the join leave their constant in the same stack slot, which the add reads
        Matcher one = assertFinds(ir, "store i32 1, ptr (%stack\\d+)");
        assertFinds(ir, "store i32 2, ptr " + one.group(1));
        Matcher second = assertFinds(ir, "(%\\d+) = load i32, ptr " + one.group(1));
        assertFinds(ir, "= add i32 %\\d+, " + second.group(1));
    }

    @Test
    void twoClassesMergedAtAJoinAreCalledThroughTheirCommonBase() {
        String ir = f.compile("C", "MergeRef");
        assertTrue(f.verifies(f.method("C", "MergeRef")), ir);
        Matcher slot = assertFinds(ir, "^IL_\\w+:(?:.*\\n)+?\\s+(%\\d+) = load ptr, ptr (%stack\\d+)");
        // each branch stores its argument into that one slot; the slot's value is the receiver of the vtable call
        assertEquals(2, IrAssertions.count(ir, "store ptr %\\d+, ptr " + slot.group(2)), ir);
        assertFinds(ir, "call i32 %\\d+\\(ptr " + slot.group(1) + "\\)");
    }

    @Test
    void tryFinallyInvokesTheProtectedCallAndRunsTheFinallyOnBothPaths() {
        String ir = f.compile("C", "TryFinally");
        assertTrue(f.verifies(f.method("C", "TryFinally")), ir);
        assertFinds(ir, "^define .* personality ptr @" + RuntimeAbi.PERSONALITY + " \\{");
        // the call inside the try unwinds to a cleanup landing pad
        Matcher invoke = assertFinds(ir, "= invoke i32 %\\d+\\(ptr %\\d+\\)\\n\\s+to label %\\S+ unwind label %(\\S+)");
        assertFinds(ir, "^" + invoke.group(1) + ":.*\\n\\s+%\\d+ = landingpad \\{ ptr, i32 \\}\\n\\s+cleanup");
        // leave and the landing pad's dispatch both enter the finally, each with its continuation number
        Matcher leave = assertFinds(ir, "store i32 (\\d+), ptr (%continuation\\d+)");
        assertFinds(ir, "store i32 (?!" + leave.group(1) + "\\b)\\d+, ptr " + leave.group(2));
        // endfinally switches on it: to the code after the try, or on to resume unwinding
        Matcher sw = assertFinds(ir, "switch i32 %\\d+, label %\\S+ \\[((?:\\n\\s+i32 \\d+, label %\\S+)+)\\n\\s+\\]");
        assertTrue(sw.group(1).contains("label %IL_"), ir);
        Matcher resume = assertFinds(ir, "label %(resume\\d*)");
        assertFinds(ir, "^" + resume.group(1) + ":(?:.*\\n)+?\\s+resume \\{ ptr, i32 \\}");
    }

    @Test
    void tryCatchLandsWithTheCaughtTypeAsAClause() {
        String ir = f.compile("C", "TryCatch");
        assertTrue(f.verifies(f.method("C", "TryCatch")), ir);
        String overflow = IrAssertions.global(f.builder().descriptorSymbolOf(f.type("System.OverflowException")));
        assertFinds(ir, "landingpad \\{ ptr, i32 \\}\\n\\s+catch ptr " + overflow);
        assertLacks(ir, "cleanup");
    }
}
