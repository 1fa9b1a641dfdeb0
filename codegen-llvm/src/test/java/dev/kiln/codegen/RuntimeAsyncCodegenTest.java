package dev.kiln.codegen;

import static dev.kiln.codegen.IrAssertions.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.il.ILCompileException;
import dev.kiln.il.ILImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A runtime-async method (ImplFlags 0x2000) compiled as its async variant: one await of a Task&lt;int&gt;. */
class RuntimeAsyncCodegenTest {
    private static final String IL = """
            .class public C {
              .method public static class [mscorlib]System.Threading.Tasks.Task`1<int32>
                  Twice(class [mscorlib]System.Threading.Tasks.Task`1<int32> t) cil managed async {
                ldarg.0
                call !!0 [mscorlib]System.Runtime.CompilerServices.AsyncHelpers::Await<int32>(class [mscorlib]System.Threading.Tasks.Task`1<!!0>)
                dup add ret }
            }
            """;

    @Test
    void anAwaitSuspendsOnTheTaskAndResumesWhereItSavedTheFrame() {
        try (IlFixture f = IlFixture.of(IL)) {
            String ir = f.compileAsyncVariant("C", "Twice");
            assertTrue(f.verifies(f.builder().asyncVariantSymbolOf(f.method("C", "Twice"))), ir);
            // {result, continuation}(arguments..., the continuation being resumed or null)
            assertFinds(ir, "^define internal \\{ i32, ptr \\} @\"\\[async\\] C::Twice\\(.*\\)\"\\(ptr %0, ptr %1\\)");
            assertFinds(ir, "icmp eq ptr %1, null\\n\\s+br i1 %\\d+, label %IL_0, label %resume\\.dispatch");
            // the await: SuspendFor(task) gives a leaf to wait on, or null when the task has completed
            Matcher leaf = assertFinds(ir, "(%\\d+) = call ptr @\"System\\.Runtime\\.CompilerServices\\.AsyncHelpers::SuspendFor<System\\.Int32>\\(.*\\)\"\\(ptr %\\d+\\)");
            assertFinds(ir, "icmp eq ptr " + leaf.group(1) + ", null\\n\\s+br i1 %\\d+, label %(await\\.done0), label %(suspend0)");
            // completed: the result is taken from the task, and the method returns {value, null}
            Matcher result = assertFinds(ir, "^await\\.done0:(?:.*\\n)+?\\s+(%\\d+) = call i32 @\"System\\.Runtime\\.CompilerServices\\.AsyncHelpers::ResultOf<System\\.Int32>");
            Matcher sum = assertFinds(ir, "(%\\d+) = add i32 " + result.group(1) + ", " + result.group(1));
            Matcher pair = assertFinds(ir, "(%\\d+) = insertvalue \\{ i32, ptr \\} undef, i32 " + sum.group(1) + ", 0");
            assertFinds(ir, "insertvalue \\{ i32, ptr \\} " + pair.group(1) + ", ptr null, 1");
            // suspended: a continuation holding state 0 becomes the leaf's parent, and is returned
            assertFinds(ir, "store ptr @\"resume \\[async\\] C::Twice\\(.*\\)\", ptr %\\d+");
            Matcher state = assertFinds(ir, "(%\\d+) = getelementptr i8, ptr %k, i64 " + RuntimeAbi.CONTINUATION_STATE_OFFSET + "\\n\\s+store i32 0, ptr (%\\d+)");
            assertEquals(state.group(1), state.group(2), ir);
            assertFinds(ir, "getelementptr i8, ptr " + leaf.group(1) + ", i64 " + RuntimeAbi.CONTINUATION_PARENT_OFFSET + "\\n\\s+store ptr %k");
            assertFinds(ir, "insertvalue \\{ i32, ptr \\} undef, ptr %k, 1");
            // resuming at state 0 reloads the argument and the awaited task from where suspending saved them
            assertFinds(ir, "switch i32 %\\d+, label %resume\\.unknown \\[\\n\\s+i32 0, label %resume0\\n\\s+\\]");
            assertEquals(savedOffsets(ir, "continuation:"), savedOffsets(ir, "resume0:"), ir);
        }
    }

    @Test
    void aRuntimeAsyncMethodHasNoOrdinaryBody() {
        try (IlFixture f = IlFixture.of(IL)) {
            var twice = f.method("C", "Twice");
            assertTrue(twice.isRuntimeAsync());
            ILCompileException e = assertThrows(ILCompileException.class,
                    () -> f.builder().compileMethod(twice, ILImporter.importBody(twice, null)));
            assertTrue(e.getMessage().contains("a runtime-async method has no ordinary body"), e.getMessage());
        }
    }

    /** The offsets into the continuation (beyond its header) that the block starting at label stores to or loads from. */
    private static List<Long> savedOffsets(String ir, String label) {
        int start = ir.indexOf("\n" + label);
        int end = ir.indexOf("\n\n", start + 1);
        Matcher m = Pattern.compile("= getelementptr i8, ptr %(?:k|1), i64 (\\d+)\\n\\s+(?:store|%\\d+ = load)").matcher(ir.substring(start, end));
        List<Long> offsets = new ArrayList<>();
        while (m.find()) {
            long offset = Long.parseLong(m.group(1));
            if (offset >= RuntimeAbi.CONTINUATION_RESULT_OFFSET) {
                offsets.add(offset);
            }
        }
        assertEquals(2, offsets.size(), "the argument and the awaited task, in " + label);
        return offsets;
    }
}
