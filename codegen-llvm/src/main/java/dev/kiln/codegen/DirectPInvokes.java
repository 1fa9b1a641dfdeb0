package dev.kiln.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The libraries named by --direct-pinvoke (NativeAOT's DirectPInvoke): P/Invoke methods into them call their entry
 * point as a plain external symbol that the linker resolves, instead of binding it with dlopen/dlsym at the first
 * call. A [DllImport] name matches an option when both name the same library the way the lazy binding probes
 * names: without directory, "lib" prefix and ".so" (or ".so.N") suffix, so `c`, `libc` and `libc.so.6` are one,
 * as are `foo`, `libfoo` and `/opt/lib/libfoo.so`. The linker gets a path as given (with its directory as run
 * path) and a name as -l.
 */
public final class DirectPInvokes {
    public static final DirectPInvokes NONE = new DirectPInvokes(List.of());

    private final List<String> libraries;

    public DirectPInvokes(List<String> libraries) {
        this.libraries = List.copyOf(libraries);
    }

    public List<String> libraries() {
        return libraries;
    }

    /** Whether calls into library (a [DllImport] name; null for none) are linked directly. */
    public boolean matches(String library) {
        if (library == null) {
            return false;
        }
        String name = stem(library);
        for (String l : libraries) {
            if (stem(l).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** What the linker needs to resolve the entry points: each path (and its directory as run path), or -lNAME. */
    public List<String> linkerArguments() {
        List<String> args = new ArrayList<>();
        for (String l : libraries) {
            if (l.contains("/")) {
                Path path = Path.of(l).toAbsolutePath().normalize();
                args.add(path.toString());
                if (path.getParent() != null) {
                    args.add("-Wl,-rpath," + path.getParent());
                }
            } else {
                args.add("-l" + stem(l));
            }
        }
        return args;
    }

    /** The library's name without directory, "lib" prefix and ".so"/".so.N" suffix. */
    static String stem(String library) {
        String name = library.substring(library.lastIndexOf('/') + 1);
        int so = name.indexOf(".so");
        if (so > 0 && (so + 3 == name.length() || name.charAt(so + 3) == '.')) {
            name = name.substring(0, so);
        }
        if (name.startsWith("lib") && name.length() > 3) {
            name = name.substring(3);
        }
        return name;
    }
}
