package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/**
 * One partition from bitcode to object file on the calling thread: taken from the cache when it holds the same
 * partition compiled by the same compiler, else read into an LLVM context of its own, optimized, emitted and stored.
 */
final class PartitionPipeline {
    /** What became of one partition (for --verbose). */
    record Result(int index, Path object, int functions, int copies, boolean fromCache, long millis) {
    }

    private PartitionPipeline() {
    }

    static Result run(ModuleSplitter.Part part, NativeTarget target, PartitionCache cache, Path object) {
        long start = System.nanoTime();
        String key = cache.enabled() ? cache.key(part.bitcode(), target.pipeline()) : null;
        boolean hit = key != null && cache.fetch(key, object);
        if (!hit) {
            compile(part.bitcode(), target, object);
            if (key != null) {
                cache.store(key, object);
            }
        }
        return new Result(part.index(), object, part.functions(), part.copies(), hit, (System.nanoTime() - start) / 1_000_000);
    }

    private static void compile(byte[] bitcode, NativeTarget target, Path object) {
        LLVMContextRef context = LLVMContextCreate();
        try {
            BytePointer data = new BytePointer(bitcode.length);
            data.put(bitcode);
            LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, bitcode.length, new BytePointer("partition"));
            data.deallocate();
            PointerPointer<LLVMModuleRef> out = new PointerPointer<>(1);
            if (LLVMParseBitcodeInContext2(context, buffer, out) != 0) {
                LLVMDisposeMemoryBuffer(buffer);
                throw new IllegalStateException("LLVM could not read back its own bitcode");
            }
            LLVMDisposeMemoryBuffer(buffer);
            LLVMModuleRef module = out.get(LLVMModuleRef.class, 0);
            try {
                IrDump.write(module, object, "before");
                target.optimizeAndEmit(module, null, object);
                IrDump.write(module, object, "after");
            } finally {
                LLVMDisposeModule(module);
            }
        } finally {
            LLVMContextDispose(context);
        }
    }
}
