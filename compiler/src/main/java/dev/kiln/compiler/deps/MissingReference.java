package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MissingItem;
import dev.kiln.typesystem.NetNames;
import dev.kiln.typesystem.TypeDesc;

/**
 * Reachable code that references what the loaded assemblies lack (or a P/Invoke Kiln cannot bind yet): a method at an
 * IL offset ({@link ILScanner#NO_OFFSET} for its signature or locals), or a type an image would export. One warning
 * per distinct item names the first.
 *
 * @param referrer    "Lib.dll: Ns.Type::Method(String)" or "Lib.dll: type Ns.Type"
 * @param item        identifies what is missing (one warning each)
 * @param description "X, which System.Private.CoreLib does not have"
 */
public record MissingReference(String referrer, int ilOffset, String item, String description) {
    static MissingReference of(MethodDesc referrer, int ilOffset, MissingItem missing) {
        return new MissingReference(name(referrer), ilOffset, key(missing), missing.describe());
    }

    static MissingReference of(TypeDesc referrer, MissingItem missing) {
        String file = referrer instanceof EcmaType e ? e.module().displayName() + ": " : "";
        return new MissingReference(file + "type " + referrer.fullName(), ILScanner.NO_OFFSET, key(missing), missing.describe());
    }

    static MissingReference pinvoke(MethodDesc referrer, int ilOffset, MethodDesc target) {
        String name = NetNames.methodForWarning(target.owningType(), target.name(), target.signature());
        dev.kiln.il.PInvokeSignature signature = dev.kiln.il.PInvokeSignature.of(target);
        String why = signature == null ? "it has no ImplMap row" : signature.unsupportedReason();
        return new MissingReference(name(referrer), ilOffset, "PINVOKE " + name,
                "the P/Invoke method " + name + ", which Kiln cannot bind yet (" + why + ")");
    }

    private static String key(MissingItem missing) {
        return missing.kind() + " " + missing.name();
    }

    private static String name(MethodDesc method) {
        String file = method.typicalDefinition() instanceof EcmaMethod e ? e.module().displayName() + ": " : "";
        return file + NetNames.methodForWarning(method.owningType(), method.name(), method.signature());
    }

    /** "Lib.dll: Ns.Type::Method(String) at IL_0012 uses X, which System.Private.CoreLib does not have". */
    public String message() {
        String where = ilOffset >= 0 ? " at IL_" + String.format("%04x", ilOffset)
                : referrer.contains("::") ? " (in its signature or locals)" : "";
        return referrer + where + " uses " + description;
    }
}
