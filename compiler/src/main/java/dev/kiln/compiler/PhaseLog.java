package dev.kiln.compiler;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Times the named phases of a compilation (--verbose): wall time, and the heap in use when the phase ended. Silent
 * when no writer is given, so a normal compile pays only for two clock reads per phase.
 */
public final class PhaseLog {
    private final PrintWriter out;
    private final Progress progress;
    private final long start = System.nanoTime();

    public PhaseLog(PrintWriter out) {
        this(out, null);
    }

    /** progress, when not null, shows the running phase on a terminal once a compile takes more than a second. */
    public PhaseLog(PrintWriter out, java.io.PrintStream progress) {
        this.out = out;
        this.progress = progress == null ? null : new Progress(progress);
    }

    public <T> T run(String phase, Supplier<T> body) {
        long t0 = System.nanoTime();
        if (progress != null) {
            progress.phase(phase);
        }
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

    /** A fact about the compilation worth showing with the phase times (e.g. how code generation was split). */
    public void note(String text) {
        if (out != null) {
            out.println("kiln: " + text);
            out.flush();
        }
    }

    public void stopProgress() {
        if (progress != null) {
            progress.done();
        }
    }

    public void total() {
        stopProgress();
        if (out != null) {
            out.printf("kiln: %-9s %6d ms%n", "total", (System.nanoTime() - start) / 1_000_000);
            out.flush();
        }
    }

    /** A one-line "kiln: analyze… 2.3 s" on stderr, redrawn in place, erased when the compile ends. */
    private final class Progress {
        private final java.io.PrintStream err;
        private volatile String phase = "";
        private volatile boolean finished;
        private boolean shown;

        Progress(java.io.PrintStream err) {
            this.err = err;
            Thread t = new Thread(this::loop, "kiln-progress");
            t.setDaemon(true);
            t.start();
        }

        void phase(String name) {
            phase = name;
        }

        private void loop() {
            try {
                Thread.sleep(1000);
                while (!finished) {
                    synchronized (this) {
                        if (!finished) {
                            err.printf("\rkiln: %s... %.1f s\u001b[K", phase, (System.nanoTime() - start) / 1e9);
                            err.flush();
                            shown = true;
                        }
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void done() {
            finished = true;
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
