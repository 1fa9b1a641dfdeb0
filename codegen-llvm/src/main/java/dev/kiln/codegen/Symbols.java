package dev.kiln.codegen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic, collision-free symbol names. A name is derived from what the symbol denotes; a clash (two
 * entities mangling to the same text) gets a numeric suffix in the order the names were first requested, which is
 * deterministic because compilation order is.
 */
public final class Symbols {
    private final Set<String> used = new HashSet<>();
    private final Map<Object, String> assigned = new HashMap<>();

    public synchronized String nameFor(Object entity, String preferred) {
        String name = assigned.get(entity);
        if (name != null) {
            return name;
        }
        name = preferred;
        for (int i = 2; used.contains(name); i++) {
            name = preferred + "#" + i;
        }
        used.add(name);
        assigned.put(entity, name);
        return name;
    }

    /** C-identifier form of a type name: String[] → String_array, then every other non-alphanumeric → '_'. */
    public static String cIdentifier(String text) {
        String s = text.replace("[]", "_array").replace("*", "_ptr").replace("&", "_ref");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
        }
        return sb.toString();
    }
}
