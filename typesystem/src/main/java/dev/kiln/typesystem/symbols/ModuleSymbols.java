package dev.kiln.typesystem.symbols;

import java.util.Map;

/** The debug symbols of one assembly, by MethodDef token. EMPTY stands for an assembly without (usable) symbols. */
public final class ModuleSymbols {
    public static final ModuleSymbols EMPTY = new ModuleSymbols(Map.of(), null);

    private final Map<Integer, MethodSymbols> methods;
    private final String source;

    /** source names the symbol file the methods came from (for messages). */
    public ModuleSymbols(Map<Integer, MethodSymbols> methods, String source) {
        this.methods = Map.copyOf(methods);
        this.source = source;
    }

    /** The symbols of the method with this MethodDef token, or null. */
    public MethodSymbols method(int token) {
        return methods.get(token);
    }

    public boolean isEmpty() {
        return methods.isEmpty();
    }

    public int methodCount() {
        return methods.size();
    }

    public String source() {
        return source;
    }
}
