package dev.kiln.codegen;

import static dev.kiln.codegen.IrAssertions.assertFinds;
import static dev.kiln.codegen.IrAssertions.assertLacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arithmetic and conversions on int32: the LLVM instruction each IL opcode becomes. */
class ArithmeticCodegenTest {
    private static IlFixture f;

    @BeforeAll
    static void assemble() {
        f = IlFixture.of("""
                .class public C {
                  .method public static int32 Add(int32 a, int32 b) cil managed { ldarg.0 ldarg.1 add ret }
                  .method public static int32 AddOvf(int32 a, int32 b) cil managed { ldarg.0 ldarg.1 add.ovf ret }
                  .method public static int32 AddOvfUn(int32 a, int32 b) cil managed { ldarg.0 ldarg.1 add.ovf.un ret }
                  .method public static int32 ConvU1(int32 a) cil managed { ldarg.0 conv.u1 ret }
                  .method public static int32 ConvI1(int32 a) cil managed { ldarg.0 conv.i1 ret }
                  .method public static int32 ConvOvfU1(int32 a) cil managed { ldarg.0 conv.ovf.u1 ret }
                }
                """);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void addOfTwoInt32ArgumentsIsAnI32AddOfThem() {
        String ir = f.compile("C", "Add");
        assertFinds(ir, "^define internal i32 @\"C::Add\\(System.Int32,System.Int32\\)\"\\(i32 %0, i32 %1\\)");
        Matcher add = assertFinds(ir, "(%\\d+) = add i32 (%\\d+), (%\\d+)");
        // the operands are the two arguments, in order, and the sum is what is returned
        assertFinds(ir, add.group(2) + " = load i32, ptr %arg0");
        assertFinds(ir, add.group(3) + " = load i32, ptr %arg1");
        assertFinds(ir, "ret i32 " + add.group(1) + "$");
        assertLacks(ir, "with\\.overflow|kiln_ex_throw_builtin");
    }

    @Test
    void checkedAddUsesTheOverflowIntrinsicAndThrowsOverflowException() {
        String ir = f.compile("C", "AddOvf");
        Matcher sum = assertFinds(ir, "(%\\d+) = call \\{ i32, i1 \\} @llvm\\.sadd\\.with\\.overflow\\.i32\\(i32 %\\d+, i32 %\\d+\\)");
        Matcher flag = assertFinds(ir, "(%\\d+) = extractvalue \\{ i32, i1 \\} " + sum.group(1) + ", 1");
        Matcher branch = assertFinds(ir, "br i1 " + flag.group(1) + ", label %(\\w+), label %(\\w+)");
        // the overflow edge throws the runtime's OverflowException; the other returns the sum
        assertFinds(ir, "^" + branch.group(1) + ":.*\\n\\s+call void @kiln_ex_throw_builtin\\(i32 " + RuntimeAbi.EX_OVERFLOW
                + "\\)\\n\\s+unreachable");
        Matcher value = assertFinds(ir, "(%\\d+) = extractvalue \\{ i32, i1 \\} " + sum.group(1) + ", 0");
        assertFinds(ir, "ret i32 " + value.group(1));
    }

    @Test
    void unsignedCheckedAddUsesTheUnsignedIntrinsic() {
        String ir = f.compile("C", "AddOvfUn");
        assertFinds(ir, "@llvm\\.uadd\\.with\\.overflow\\.i32");
        assertLacks(ir, "@llvm\\.sadd");
        assertFinds(ir, "call void @kiln_ex_throw_builtin\\(i32 " + RuntimeAbi.EX_OVERFLOW + "\\)");
    }

    @Test
    void convU1TruncatesToI8AndZeroExtendsBack() {
        String ir = f.compile("C", "ConvU1");
        Matcher trunc = assertFinds(ir, "(%\\d+) = trunc i32 %\\d+ to i8");
        Matcher ext = assertFinds(ir, "(%\\d+) = zext i8 " + trunc.group(1) + " to i32");
        assertFinds(ir, "ret i32 " + ext.group(1));
        assertLacks(ir, "sext");
    }

    @Test
    void convI1TruncatesToI8AndSignExtendsBack() {
        String ir = f.compile("C", "ConvI1");
        Matcher trunc = assertFinds(ir, "(%\\d+) = trunc i32 %\\d+ to i8");
        assertFinds(ir, "= sext i8 " + trunc.group(1) + " to i32");
        assertLacks(ir, "zext");
    }

    @Test
    void checkedConvU1ThrowsOutsideZeroTo255() {
        String ir = f.compile("C", "ConvOvfU1");
        assertFinds(ir, "call void @kiln_ex_throw_builtin\\(i32 " + RuntimeAbi.EX_OVERFLOW + "\\)");
        // the value is range-checked (in a wider integer) against both bounds of uint8 before it is truncated
        Matcher below = assertFinds(ir, "(%\\d+) = icmp slt (i\\d+) (%\\d+), 0");
        Matcher above = assertFinds(ir, "(%\\d+) = icmp sgt " + below.group(2) + " " + below.group(3) + ", 255");
        Matcher either = assertFinds(ir, "(%\\d+) = or i1 " + below.group(1) + ", " + above.group(1));
        assertFinds(ir, "br i1 " + either.group(1) + ", label %throw, label %ok");
        assertEquals(1, IrAssertions.count(ir, "= zext i8 .* to i32"), ir);
    }
}
