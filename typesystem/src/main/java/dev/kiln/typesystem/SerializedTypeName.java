package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a type named the way custom attributes serialize System.Type and enum arguments (the reflection type-name
 * grammar: "Ns.Outer+Inner`1[[Arg, Assembly],[Arg2]][][,]*, Assembly, Version=..."), a plain name looked up in the
 * given module, then in the core library. Returns null when a named type does not exist.
 */
final class SerializedTypeName {
    private final EcmaModule module;
    private final String text;
    private int pos;
    private int depth;

    private SerializedTypeName(EcmaModule module, String text) {
        this.module = module;
        this.text = text;
    }

    static TypeDesc resolve(EcmaModule module, String name) {
        SerializedTypeName parser = new SerializedTypeName(module, name);
        TypeDesc t = parser.qualifiedType(false);
        return parser.pos == name.length() ? t : null;
    }

    /** A type name with its generic arguments and modifiers, then ", Assembly" unless inside brackets without one. */
    private TypeDesc qualifiedType(boolean bracketed) {
        List<String> path = new ArrayList<>();
        path.add(identifier());
        while (peek() == '+') {
            pos++;
            path.add(identifier());
        }
        List<TypeDesc> arguments = new ArrayList<>();
        if (peek() == '[' && pos + 1 < text.length() && text.charAt(pos + 1) != ']' && text.charAt(pos + 1) != ','
                && text.charAt(pos + 1) != '*') {
            pos++;
            depth++;
            do {
                boolean inner = peek() == '[';
                if (inner) {
                    pos++;
                }
                arguments.add(qualifiedType(inner));
                if (inner) {
                    expect(']');
                }
            } while (consume(','));
            depth--;
            expect(']');
        }
        List<Integer> modifiers = new ArrayList<>();
        while (true) {
            if (consume('*')) {
                modifiers.add(-1);
            } else if (consume('&')) {
                modifiers.add(-2);
            } else if (peek() == '[') {
                pos++;
                int rank = 1;
                while (consume(',')) {
                    rank++;
                }
                consume('*');
                expect(']');
                modifiers.add(rank == 1 ? 0 : rank);
            } else {
                break;
            }
        }
        String assembly = null;
        if ((bracketed || !nestedEnd()) && peek() == ',') {
            pos++;
            assembly = assemblyName(bracketed);
        }
        TypeDesc t = lookup(path, assembly);
        if (t == null) {
            return null;
        }
        if (!arguments.isEmpty()) {
            if (!(t instanceof EcmaType e) || arguments.contains(null)) {
                return null;
            }
            t = module.typeSystem().instantiate(e, arguments);
        }
        for (int m : modifiers) {
            t = m == -1 ? t.makePointerType() : m == -2 ? t.makeByRefType() : m == 0 ? t.makeArrayType() : module.typeSystem().makeMdArray(t, m);
        }
        return t;
    }

    /** Inside a generic argument list, where an unbracketed argument ends at a comma (it has no assembly). */
    private boolean nestedEnd() {
        return depth > 0;
    }

    private String identifier() {
        StringBuilder b = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                b.append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (c == '+' || c == '[' || c == ']' || c == ',' || c == '*' || c == '&') {
                break;
            }
            b.append(c);
            pos++;
        }
        return b.toString().strip();
    }

    /** The assembly's simple name; skips its Version/Culture/PublicKeyToken parts up to the closing bracket or end. */
    private String assemblyName(boolean bracketed) {
        int end = bracketed ? text.indexOf(']', pos) : text.length();
        if (end < 0) {
            end = text.length();
        }
        String full = text.substring(pos, end);
        pos = end;
        return full.split(",")[0].strip();
    }

    private TypeDesc lookup(List<String> path, String assembly) {
        String outer = path.get(0);
        int dot = outer.lastIndexOf('.');
        String ns = dot < 0 ? "" : outer.substring(0, dot);
        String simple = dot < 0 ? outer : outer.substring(dot + 1);
        List<EcmaModule> candidates = new ArrayList<>();
        if (assembly != null) {
            candidates.add(module.typeSystem().resolveAssembly(assembly, module));
        } else {
            candidates.add(module);
            candidates.add(module.typeSystem().coreLibraryModule());
        }
        for (EcmaModule m : candidates) {
            TypeDesc t = m.findType(ns, simple);
            if (t == null) {
                t = m.findExportedType(ns, simple);
            }
            for (int i = 1; t != null && i < path.size(); i++) {
                t = ((EcmaType) t).module().findNestedType((EcmaType) t, path.get(i));
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            pos = text.length() + 1; // never a complete parse
        }
    }
}
