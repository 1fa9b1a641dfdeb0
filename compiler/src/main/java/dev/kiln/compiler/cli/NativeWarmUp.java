package dev.kiln.compiler.cli;

/**
 * Loads LLVM's native library (javacpp: finding the cached libraries, dlopen, binding some hundred classes; 35-60 ms)
 * on a background thread while the main thread starts picocli and reads the program (~150 ms before the code
 * generator first needs LLVM), so that a small compile does not wait for it. Only for a `kiln compile`/`kiln build`
 * process: the other commands never touch LLVM, and in-process runs (tests) load it once for the whole JVM anyway.
 * A failure here is ignored: the code generator meets the same failure when it loads the class itself.
 */
final class NativeWarmUp {
    private static final String LLVM_BINDINGS = "org.bytedeco.llvm.global.LLVM";

    private NativeWarmUp() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !(args[0].equals("compile") || args[0].equals("build"))) {
            return;
        }
        Thread t = new Thread(NativeWarmUp::load, "kiln-llvm-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        try {
            Class.forName(LLVM_BINDINGS, true, NativeWarmUp.class.getClassLoader());
        } catch (Throwable ignored) {
            // reported where the code generator loads it
        }
    }
}
