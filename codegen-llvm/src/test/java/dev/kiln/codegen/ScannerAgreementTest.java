package dev.kiln.codegen;

import static dev.kiln.codegen.IrAssertions.assertFinds;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.typesystem.MethodDesc;
import org.junit.jupiter.api.Test;

/**
 * The guard that makes a disagreement between the dependency scanner and the code generator an error where it
 * happens (expectFunctions): a direct call to a function the graph did not mark fails at the call, naming the
 * caller and the IL offset; a marked one compiles.
 */
class ScannerAgreementTest {
    private static final String IL = """
            .class public C {
              .method public static int32 Callee(int32 x) cil managed { ldarg.0 ret }
              .method public static int32 Caller(int32 x) cil managed { nop nop ldarg.0 call int32 C::Callee(int32) ret }
            }
            """;

    @Test
    void aCallToAFunctionTheGraphDidNotMarkFailsNamingTheCallerAndOffset() {
        try (IlFixture f = IlFixture.of(IL)) {
            MethodDesc caller = f.method("C", "Caller");
            f.builder().expectFunctions(m -> false);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.compile(caller));
            String message = e.getMessage();
            assertTrue(message.startsWith(caller.location() + " at IL_0003: calls "), message);
            assertTrue(message.contains(f.method("C", "Callee").fullName()), message);
            assertTrue(message.contains("the scanner and the code generator disagree"), message);
        }
    }

    @Test
    void aCallToAMarkedFunctionCompiles() {
        try (IlFixture f = IlFixture.of(IL)) {
            MethodDesc callee = f.method("C", "Callee");
            f.builder().expectFunctions(m -> m == callee);
            String ir = f.compile("C", "Caller");
            assertFinds(ir, "call i32 " + IrAssertions.global(f.builder().symbolOf(callee)) + "\\(i32 %\\d+\\)");
        }
    }

    @Test
    void aModuleWithEveryCalleeCompiledFinishesAndOneWithoutDoesNot() {
        try (IlFixture f = IlFixture.of(IL)) {
            f.compile(f.method("C", "Caller"));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.builder().finish());
            assertTrue(e.getMessage().startsWith("methods referenced but not compiled: "), e.getMessage());
            assertTrue(e.getMessage().contains("Callee"), e.getMessage());
        }
        try (IlFixture f = IlFixture.of(IL)) {
            f.compile(f.method("C", "Caller"));
            f.compile(f.method("C", "Callee"));
            f.builder().finish(); // defines the descriptors and verifies the whole module
        }
    }
}
