package dev.kiln.compiler;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Times the named phases of a compilation (--verbose): wall time, and the heap in use when the phase ended. Silent
 * when no writer is given, so a normal compile pays only for two clock reads per phase.
 */
public final class PhaseLog {
    private final PrintWriter out;
    private final long start = System.nanoTime();

    public PhaseLog(PrintWriter out) {
        this.out = out;
    }

    public <T> T run(String phase, Supplier<T> body) {
        long t0 = System.nanoTime();
        T result = body.get();
        if (out != null) {
            Runtime rt = Runtime.getRuntime();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            out.printf("kiln: %-9s %6d ms  (heap %d MB)%n", phase, (System.nanoTime() - t0) / 1_000_000, heap);
            out.flush();
        }
        return result;
    }

    public void run(String phase, Runnable body) {
        run(phase, () -> {
            body.run();
            return null;
        });
    }

    public void total() {
        if (out != null) {
            out.printf("kiln: %-9s %6d ms%n", "total", (System.nanoTime() - start) / 1_000_000);
            out.flush();
        }
    }
}
