package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBinaryRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMSymbolIteratorRef;

/** Sizes of the symbols in an object file (functions and data), read with LLVM's object-file API. */
public final class ObjectSymbolSizes {
    private ObjectSymbolSizes() {
    }

    public static Map<String, Long> read(Path object) {
        Map<String, Long> sizes = new HashMap<>();
        PointerPointer<LLVMMemoryBufferRef> buffer = new PointerPointer<>(1);
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMCreateMemoryBufferWithContentsOfFile(object.toString(), buffer, error) != 0) {
            throw new IllegalStateException("cannot read " + object + ": " + error.getString());
        }
        LLVMMemoryBufferRef mem = buffer.get(LLVMMemoryBufferRef.class, 0);
        LLVMContextRef context = LLVMContextCreate();
        LLVMBinaryRef binary = LLVMCreateBinary(mem, context, error);
        if (binary == null || binary.isNull()) {
            LLVMContextDispose(context);
            throw new IllegalStateException("cannot parse " + object + ": " + error.getString());
        }
        try {
            LLVMSymbolIteratorRef it = LLVMObjectFileCopySymbolIterator(binary);
            while (LLVMObjectFileIsSymbolIteratorAtEnd(binary, it) == 0) {
                BytePointer name = LLVMGetSymbolName(it);
                if (name != null && !name.isNull()) {
                    byte[] bytes = name.getStringBytes();
                    sizes.merge(new String(bytes, StandardCharsets.UTF_8), LLVMGetSymbolSize(it), Math::max);
                }
                LLVMMoveToNextSymbol(it);
            }
            LLVMDisposeSymbolIterator(it);
        } finally {
            LLVMDisposeBinary(binary);
            LLVMDisposeMemoryBuffer(mem);
            LLVMContextDispose(context);
        }
        return sizes;
    }
}
