package dev.kiln.compiler;

import dev.kiln.il.Linkage;
import dev.kiln.compiler.deps.TokenNode;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest's import lines: every symbol of another image that an image binds to, with the member it names in
 * metadata terms. The loader checks each against the images already mapped before it maps this one, so a member
 * that no image defines is reported by name ("needs method Lib::Geometry.Square(...)") instead of by the dynamic
 * linker, or — with lazy binding — at the first call.
 *
 * The dependency graph's tokens decide what an image may import: each import must be a symbol of a token the graph
 * marked (TokenNode.symbols). An import no token accounts for is a compiler bug — the graph and the code generator
 * disagree about what the image refers to; with -Dkiln.imports.strict=true (the tests) it stops the compilation,
 * otherwise the import is still listed, described from the metadata.
 */
final class ImportTable {
    /** One import: the symbol the loader looks up, and what it is (one line of text, for messages). */
    record Entry(String symbol, String description) {
    }

    private ImportTable() {
    }

    /** The generic definitions the graph has tokens for (the keys of other images an image may import). */
    static java.util.function.Predicate<dev.kiln.typesystem.EcmaType> genericDefinitions(List<TokenNode> tokens) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (TokenNode t : tokens) {
            if (t.tokenKind() == TokenNode.Kind.GENERIC_DEFINITION) {
                named.add(t.module() + ":" + t.token());
            }
        }
        return d -> named.contains(d.module().assemblyName() + ":" + d.token());
    }

    static List<Entry> of(List<String> symbols, List<TokenNode> tokens, TypeSystem typeSystem) {
        java.util.Map<String, TokenNode> bySymbol = new java.util.HashMap<>();
        for (TokenNode t : tokens) {
            for (String symbol : t.symbols()) {
                bySymbol.putIfAbsent(symbol, t);
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<String> unaccounted = new ArrayList<>();
        for (String symbol : symbols) {
            Linkage.TokenSymbol t = Linkage.parseTokenSymbol(symbol);
            if (t == null) {
                continue;
            }
            if (!bySymbol.containsKey(symbol)) {
                unaccounted.add(symbol + " (" + describe(t, typeSystem) + ")");
            }
            entries.add(new Entry(symbol, describe(t, typeSystem)));
        }
        if (!unaccounted.isEmpty() && Boolean.getBoolean("kiln.imports.strict")) {
            throw new IllegalStateException("the image imports " + unaccounted.size()
                    + " symbol(s) for which the dependency graph has no token: " + String.join(", ", unaccounted));
        }
        return entries;
    }

    private static String describe(Linkage.TokenSymbol t, TypeSystem typeSystem) {
        String where = t.assembly() + " " + Tokens.format(t.token());
        EcmaModule module = null;
        for (EcmaModule m : typeSystem.modules()) {
            if (m.assemblyName().equals(t.assembly())) {
                module = m;
            }
        }
        if (module == null) {
            return "token " + where;
        }
        try {
            GenericContext none = GenericContext.NONE;
            switch (t.kind()) {
                case 'm':
                    return (t.async() ? "the async variant of method " : "method ")
                            + module.resolveMethod(t.token(), none).fullName() + " (" + where + ")";
                case 's':
                    return "static field " + module.resolveField(t.token(), none).fullName() + " (" + where + ")";
                case 't':
                    return "type " + module.resolveType(t.token(), none).fullName() + " (" + where + ")";
                case 'c':
                case 'f':
                    return "class-constructor state of " + module.resolveType(t.token(), none).fullName() + " (" + where + ")";
                default:
                    return "generic type " + module.resolveType(t.token(), none).fullName() + " (" + where + ")";
            }
        } catch (RuntimeException e) {
            return "token " + where; // a description only: the symbol is what binds
        }
    }
}
