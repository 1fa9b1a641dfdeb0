package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The constant a Marshal.FieldOffsets&lt;T&gt;() call stands for (Intrinsics.isFieldOffsets): each instance field of
 * the value type T with its offset, one "name:offset" line each in declaration order, as NUL-terminated UTF-8.
 * Marshal.OffsetOf&lt;T&gt; looks field names up in it; the offsets are the layout P/Invoke and StructureToPtr use.
 */
final class FieldOffsetText {
    private FieldOffsetText() {
    }

    static LLVMValueRef of(NativeModuleBuilder ctx, TypeDesc type) {
        String symbol = ctx.symbols.nameFor(List.of("field offsets", type), "field offsets " + type.fullName());
        LLVMValueRef existing = LLVMGetNamedGlobal(ctx.m.module, symbol);
        if (existing != null && !existing.isNull()) {
            return existing;
        }
        var layout = ctx.typeSystem.layoutOf(type);
        StringBuilder text = new StringBuilder();
        for (FieldDesc f : type.fields()) {
            if (!f.isStatic()) {
                text.append(f.name()).append(':').append(layout.offsetOf(f)).append('\n');
            }
        }
        return ctx.m.cString(symbol, text.toString());
    }
}
