package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBinaryRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMSectionIteratorRef;
import org.bytedeco.llvm.LLVM.LLVMSymbolIteratorRef;

/** The symbols of an object file, read with LLVM's object-file API (for --map sizes and an image's imports). */
final class ObjectFileSymbols {
    /** One named symbol: its size, and whether the object defines it (it lies in a section) or only uses it. */
    interface Visitor {
        void symbol(String name, long size, boolean defined);
    }

    private ObjectFileSymbols() {
    }

    static void read(Path object, Visitor visitor) {
        PointerPointer<LLVMMemoryBufferRef> buffer = new PointerPointer<>(1);
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMCreateMemoryBufferWithContentsOfFile(object.toString(), buffer, error) != 0) {
            throw new IllegalStateException("cannot read " + object + ": " + error.getString());
        }
        LLVMMemoryBufferRef mem = buffer.get(LLVMMemoryBufferRef.class, 0);
        LLVMContextRef context = LLVMContextCreate();
        LLVMBinaryRef binary = LLVMCreateBinary(mem, context, error);
        if (binary == null || binary.isNull()) {
            LLVMDisposeMemoryBuffer(mem);
            LLVMContextDispose(context);
            throw new IllegalStateException("cannot parse " + object + ": " + error.getString());
        }
        try {
            LLVMSymbolIteratorRef symbols = LLVMObjectFileCopySymbolIterator(binary);
            LLVMSectionIteratorRef section = LLVMObjectFileCopySectionIterator(binary);
            while (LLVMObjectFileIsSymbolIteratorAtEnd(binary, symbols) == 0) {
                BytePointer name = LLVMGetSymbolName(symbols);
                if (name != null && !name.isNull()) {
                    // a symbol in no section is undefined here
                    LLVMMoveToContainingSection(section, symbols);
                    boolean defined = LLVMObjectFileIsSectionIteratorAtEnd(binary, section) == 0;
                    visitor.symbol(new String(name.getStringBytes(), StandardCharsets.UTF_8), LLVMGetSymbolSize(symbols), defined);
                }
                LLVMMoveToNextSymbol(symbols);
            }
            LLVMDisposeSectionIterator(section);
            LLVMDisposeSymbolIterator(symbols);
        } finally {
            LLVMDisposeBinary(binary);
            LLVMDisposeMemoryBuffer(mem);
            LLVMContextDispose(context);
        }
    }
}
