package dev.kiln.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Loads a page in Debian's headless Chromium and returns the DOM after its scripts ran (--dump-dom). Each load gets a
 * fresh profile directory and nothing that talks to the network. {@link #unavailable()} says why pages cannot be
 * loaded on this machine (no chromium on the PATH, or it does not run), so that tests can skip with that reason.
 */
final class HeadlessChromium {
    private static final int TIMEOUT_SECONDS = 90;
    private static String unavailable;
    private static boolean probed;

    private final Path executable;
    private final Path scratch;

    private HeadlessChromium(Path executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    /** A browser that keeps its profiles under scratch; null when {@link #unavailable()} is not null. */
    static HeadlessChromium in(Path scratch) {
        Path exe = find();
        return exe == null || unavailable() != null ? null : new HeadlessChromium(exe, scratch);
    }

    /** Why no page can be loaded here, or null if Chromium works (checked once, on a page of its own). */
    static synchronized String unavailable() {
        if (probed) {
            return unavailable;
        }
        probed = true;
        Path exe = find();
        if (exe == null) {
            unavailable = "chromium is not installed (scripts/ensure-deps.sh installs it as root: apt-get install -y chromium)";
            return unavailable;
        }
        try {
            Path dir = Files.createTempDirectory("kiln-chromium-probe");
            try {
                Path page = Files.writeString(dir.resolve("probe.html"),
                        "<!DOCTYPE html><p id=p></p><script>document.getElementById('p').textContent = 'script' + 'ran';</script>");
                Load load = new HeadlessChromium(exe, dir).load(page, "");
                if (!load.dom().contains("scriptran")) {
                    unavailable = exe + " does not run pages here (exit " + load.exit() + "): " + tail(load.errors());
                }
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            unavailable = "cannot try " + exe + ": " + e.getMessage();
        }
        return unavailable;
    }

    record Load(int exit, String dom, String errors, long millis) {
    }

    /** Loads file (with the #fragment, if not empty) and returns the DOM once the page has loaded. */
    Load load(Path file, String fragment) throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(scratch), "chromium-profile");
        String url = file.toAbsolutePath().toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--window-size=1280,800", "--user-data-dir=" + profile, "--dump-dom", url);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish loading " + url + " in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while chromium loaded " + url);
        } finally {
            deleteTree(profile);
        }
        return new Load(p.exitValue(), out.join(), err.join(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Path find() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin" : path).split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static String tail(String text) {
        String t = text.strip();
        return t.length() > 600 ? "..." + t.substring(t.length() - 600) : t;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in a temporary directory is harmless
        }
    }
}
