package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.NetNames;

/**
 * A reflection call the dataflow analysis cannot follow (ReflectionPatterns), reported once per call site in ILLink's
 * style: "IL2075: Prog.exe: Program::Main() at IL_0012: 'this' argument of System.Type::GetMethod(String) is
 * the return value of System.Object::GetType(), which the analysis cannot follow: ...".
 *
 * @param site "Prog.exe: Program::Main()" and the IL offset: what identifies the call site (one warning each)
 */
public record ReflectionWarning(String site, int ilOffset, int code, String description) {
    ReflectionWarning(MethodDesc method, int ilOffset, int code, String description) {
        this((method.typicalDefinition() instanceof EcmaMethod e ? e.module().displayName() + ": " : "")
                + NetNames.methodForWarning(method.owningType(), method.name(), method.signature()), ilOffset, code, description);
    }

    public String message() {
        return "IL" + code + ": " + site + (ilOffset < 0 ? "" : " at IL_" + String.format("%04x", ilOffset)) + ": " + description;
    }
}
