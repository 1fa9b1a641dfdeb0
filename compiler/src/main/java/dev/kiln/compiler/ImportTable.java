package dev.kiln.compiler;

import dev.kiln.codegen.Linkage;
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
 */
final class ImportTable {
    /** One import: the symbol the loader looks up, and what it is (one line of text, for messages). */
    record Entry(String symbol, String description) {
    }

    private ImportTable() {
    }

    static List<Entry> describe(List<String> symbols, TypeSystem typeSystem) {
        List<Entry> entries = new ArrayList<>();
        for (String symbol : symbols) {
            Linkage.TokenSymbol t = Linkage.parseTokenSymbol(symbol);
            if (t != null) {
                entries.add(new Entry(symbol, describe(t, typeSystem)));
            }
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
