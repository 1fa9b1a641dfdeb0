package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/**
 * A diagnostic for people tuning the generated code: with KILN_DUMP_IR set, each partition compiled (not taken from
 * the cache: add --no-cache) is also written as LLVM text into the folder KILN_DUMP_IR names, before and after optimization
 * (NAME.N.o.before.ll, NAME.N.o.after.ll). KILN_LLVM_OPTIONS passes LLVM command-line options once per process,
 * e.g. "-pass-remarks-missed=inline" to have the inliner say on stderr which calls it kept and at what cost.
 */
final class IrDump {
    private static boolean optionsParsed;

    private IrDump() {
    }

    static void write(LLVMModuleRef module, Path object, String stage) {
        parseOptions();
        String dir = System.getenv("KILN_DUMP_IR");
        if (dir == null) {
            return;
        }
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        Path file = Path.of(dir).resolve(object.getFileName() + "." + stage + ".ll");
        if (LLVMPrintModuleToFile(module, file.toString(), error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("could not write " + file + ": " + message);
        }
    }

    private static synchronized void parseOptions() {
        String options = System.getenv("KILN_LLVM_OPTIONS");
        if (optionsParsed || options == null) {
            return;
        }
        optionsParsed = true;
        String[] words = ("kiln " + options.trim()).split("\\s+");
        org.bytedeco.javacpp.PointerPointer<BytePointer> argv = new org.bytedeco.javacpp.PointerPointer<>(words);
        LLVMParseCommandLineOptions(words.length, argv, new BytePointer("kiln"));
    }
}
