package dev.kiln.typesystem.inspect;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.MethodDefRow;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import dev.kiln.typesystem.metadata.TypeDefRow;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** `kiln inspect`: a compact ildasm-style listing, statistics as JSON, or one method's IL. */
public final class AssemblyInspector {
    private final MetadataFile md;
    private final SignatureFormatter names;

    public AssemblyInspector(MetadataFile md) {
        this.md = md;
        this.names = new SignatureFormatter(md);
    }

    public void printListing(PrintStream out) {
        var assembly = md.assembly();
        if (assembly != null) {
            out.printf(".assembly %s %d.%d.%d.%d%n", assembly.name(), assembly.majorVersion(), assembly.minorVersion(),
                    assembly.buildNumber(), assembly.revisionNumber());
        }
        for (int rid = 1; rid <= md.rowCount(TableId.AssemblyRef); rid++) {
            out.println(".assembly extern " + md.assemblyRef(rid).name());
        }
        for (int rid = 1; rid <= md.rowCount(TableId.TypeDef); rid++) {
            TypeDefRow t = md.typeDef(rid);
            String name = names.typeName(Tokens.make(TableId.TypeDef, rid));
            String kind = (t.flags() & 0x20) != 0 ? ".interface " : ".class ";
            out.println(kind + name + (t.extendsToken() != 0 ? " extends " + names.typeName(t.extendsToken()) : ""));
            for (int i = t.firstField(); i < t.endField(); i++) {
                int f = md.fieldRidAt(i);
                var row = md.field(f);
                out.println("  .field " + ((row.flags() & 0x10) != 0 ? "static " : "") + names.fieldSig(row.signature()) + " " + row.name());
            }
            for (int i = t.firstMethod(); i < t.endMethod(); i++) {
                int m = md.methodRidAt(i);
                MethodDefRow row = md.methodDef(m);
                String body = row.rva() != 0 && (row.implFlags() & 3) == 0 ? " (" + md.methodBody(row.rva()).code().length + " bytes IL)" : "";
                out.println("  .method " + names.methodSig(row.signature(), row.name()) + " [" + Tokens.format(Tokens.make(TableId.MethodDef, m)) + "]" + body);
            }
        }
    }

    public Map<String, Object> stats() {
        long bodies = 0;
        long ilBytes = 0;
        for (int rid = 1; rid <= md.rowCount(TableId.MethodDef); rid++) {
            MethodDefRow m = md.methodDef(rid);
            if (m.rva() != 0 && (m.implFlags() & 3) == 0) {
                bodies++;
                ilBytes += md.methodBody(m.rva()).code().length;
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        var assembly = md.assembly();
        s.put("assembly", assembly != null ? assembly.name() : md.module().name());
        s.put("types", md.rowCount(TableId.TypeDef));
        s.put("methods", md.rowCount(TableId.MethodDef));
        s.put("fields", md.rowCount(TableId.Field));
        s.put("methodBodies", bodies);
        s.put("ilBytes", ilBytes);
        s.put("typeRefs", md.rowCount(TableId.TypeRef));
        s.put("memberRefs", md.rowCount(TableId.MemberRef));
        s.put("typeSpecs", md.rowCount(TableId.TypeSpec));
        s.put("methodSpecs", md.rowCount(TableId.MethodSpec));
        s.put("customAttributes", md.rowCount(TableId.CustomAttribute));
        s.put("assemblyRefs", md.rowCount(TableId.AssemblyRef));
        s.put("exportedTypes", md.rowCount(TableId.ExportedType));
        return s;
    }

    public static String toJson(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (var e : map.entrySet()) {
            sb.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": ");
            Object v = e.getValue();
            if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                sb.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            first = false;
        }
        return sb.append('}').toString();
    }

    /**
     * The IL of TYPE::METHOD (all overloads). TYPE is a full name with '.' between namespaces and '/' or '+'
     * for nesting. Returns null when no method matches.
     */
    public String disassemble(String typeAndMethod) {
        int sep = typeAndMethod.lastIndexOf("::");
        if (sep < 0) {
            throw new IllegalArgumentException("expected TYPE::METHOD, e.g. Program::Main");
        }
        String type = typeAndMethod.substring(0, sep).replace('+', '/');
        String method = typeAndMethod.substring(sep + 2);
        StringBuilder sb = new StringBuilder();
        ILDisassembler dis = new ILDisassembler(md);
        for (int rid = 1; rid <= md.rowCount(TableId.TypeDef); rid++) {
            if (!names.typeName(Tokens.make(TableId.TypeDef, rid)).equals(type)) {
                continue;
            }
            TypeDefRow t = md.typeDef(rid);
            for (int i = t.firstMethod(); i < t.endMethod(); i++) {
                int m = md.methodRidAt(i);
                MethodDefRow row = md.methodDef(m);
                if (!row.name().equals(method)) {
                    continue;
                }
                sb.append(".method ").append(names.methodSig(row.signature(), type + "::" + row.name())).append('\n');
                if (row.rva() == 0 || (row.implFlags() & 3) != 0) {
                    sb.append("  // no IL body\n");
                } else {
                    sb.append(dis.disassemble(md.methodBody(row.rva())));
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
