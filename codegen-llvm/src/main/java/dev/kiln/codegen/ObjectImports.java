package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.Linkage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBinaryRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMSectionIteratorRef;
import org.bytedeco.llvm.LLVM.LLVMSymbolIteratorRef;

/**
 * The symbols of other images an image's object files use (what the loader must find before it maps the image),
 * sorted: entity symbols (Linkage) that some object references and none defines. Read from the objects rather than
 * from the module, since the partitions are optimized apart (and may come from the cache).
 */
public final class ObjectImports {
    private ObjectImports() {
    }

    public static List<String> of(List<Path> objects) {
        Set<String> defined = new HashSet<>();
        Set<String> undefined = new HashSet<>();
        for (Path o : objects) {
            read(o, defined, undefined);
        }
        TreeSet<String> imports = new TreeSet<>();
        for (String name : undefined) {
            if (!defined.contains(name) && Linkage.isEntitySymbol(name)) {
                imports.add(name);
            }
        }
        return new ArrayList<>(imports);
    }

    private static void read(Path object, Set<String> defined, Set<String> undefined) {
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
                    String text = new String(name.getStringBytes(), StandardCharsets.UTF_8);
                    // a symbol in no section is undefined here
                    LLVMMoveToContainingSection(section, symbols);
                    (LLVMObjectFileIsSectionIteratorAtEnd(binary, section) != 0 ? undefined : defined).add(text);
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
