package dev.kiln.codegen;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Sizes of the symbols in an object file (functions and data), read with LLVM's object-file API. */
public final class ObjectSymbolSizes {
    private ObjectSymbolSizes() {
    }

    public static Map<String, Long> read(Path object) {
        Map<String, Long> sizes = new HashMap<>();
        ObjectFileSymbols.read(object, (name, size, defined) -> sizes.merge(name, size, Math::max));
        return sizes;
    }
}
