package dev.kiln.ilasm;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles ILAsm text with Mono's ilasm, supporting `cil managed async` (the runtime-async flag, ImplFlags
 * 0x2000) that Mono's ilasm does not know: the keyword is removed before assembling, then the flag is set on
 * exactly those MethodDef rows, found with Kiln's own metadata reader. A marked method that cannot be found is an
 * error, never silently skipped.
 */
public final class IlAssembler {
    public static final int IMPL_ASYNC = 0x2000;
    private static final Pattern CLASS = Pattern.compile("\\.class\\s+(?:[^{]*?\\s)?([A-Za-z_][\\w.`<>$]*)(?:\\s+extends|\\s+implements|\\s*\\{|\\s*$)");

    /** A method marked `cil managed async`: its class (nested as Outer/Inner), name and position among same-named ones. */
    public record AsyncMethod(String typeName, String methodName, int overload) {
    }

    public record Assembled(Path file, List<AsyncMethod> asyncMethods) {
    }

    private IlAssembler() {
    }

    /** For trying IL programs by hand: IlAssembler IN.il OUT-DIR [--dll] (writes OUT-DIR/NAME.exe or .dll). */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        String name = in.getFileName().toString().replaceFirst("\\.il$", "");
        Path dir = Files.createDirectories(Path.of(args[1]));
        boolean dll = args.length > 2 && args[2].equals("--dll");
        System.out.println(assemble(Files.readString(in), dir, name, !dll).file());
    }

    public static Assembled assemble(String il, Path dir, String name, boolean exe) throws IOException {
        return assemble(il, dir, name, exe, false);
    }

    /**
     * With debug, ilasm also writes NAME.exe.mdb: sequence points at the lines of the .il file written next to it
     * (the text as given: removing `async` keeps every line where it was), which the flag patch leaves valid.
     */
    public static Assembled assemble(String il, Path dir, String name, boolean exe, boolean debug) throws IOException {
        List<AsyncMethod> marked = findAsyncMethods(il);
        String stripped = il.replaceAll("cil\\s+managed\\s+async", "cil managed");
        Path source = Files.writeString(dir.resolve(name + ".il"), stripped);
        Path output = dir.resolve(name + (exe ? ".exe" : ".dll"));
        List<String> command = new ArrayList<>(List.of("ilasm", exe ? "/exe" : "/dll", "/output:" + output));
        if (debug) {
            command.add("/debug");
        }
        command.add(source.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("ilasm failed for " + name + ":\n" + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (!marked.isEmpty()) {
            setAsyncFlags(output, marked);
        }
        return new Assembled(output, marked);
    }

    /** Scans the text for `.method` headers containing `cil managed async`, tracking the enclosing classes. */
    static List<AsyncMethod> findAsyncMethods(String il) {
        List<AsyncMethod> result = new ArrayList<>();
        Deque<String[]> classes = new ArrayDeque<>(); // {name, depth at which it opened}
        int depth = 0;
        String pendingClass = null;
        StringBuilder header = null;
        List<String> seen = new ArrayList<>();
        for (String rawLine : il.split("\n")) {
            String line = rawLine.replaceAll("//.*", "");
            String trimmed = line.strip();
            if (trimmed.startsWith(".class")) {
                Matcher cm = CLASS.matcher(trimmed);
                pendingClass = cm.find() ? cm.group(1).replaceFirst("<.*$", "") : "?"; // Name`1<T> is Name`1
            }
            if (trimmed.startsWith(".method")) {
                header = new StringBuilder();
            }
            if (header != null) {
                int brace = line.indexOf('{');
                header.append(' ').append(brace >= 0 ? line.substring(0, brace) : line);
                if (brace >= 0) {
                    String h = header.toString();
                    String methodName = methodName(h);
                    String typeName = className(classes);
                    if (h.matches("(?s).*\\bcil\\s+managed\\s+async\\b.*")) {
                        String key = typeName + "::" + methodName;
                        int overload = (int) seen.stream().filter(key::equals).count();
                        result.add(new AsyncMethod(typeName, methodName, overload));
                    }
                    seen.add(typeName + "::" + methodName);
                    header = null;
                }
            }
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    depth++;
                    if (pendingClass != null) {
                        classes.push(new String[] {pendingClass, Integer.toString(depth)});
                        pendingClass = null;
                    }
                } else if (c == '}') {
                    if (!classes.isEmpty() && Integer.parseInt(classes.peek()[1]) == depth) {
                        classes.pop();
                    }
                    depth--;
                }
            }
        }
        return result;
    }

    /** The name in a `.method` header: the last token before the parameter list, without its generic parameters. */
    static String methodName(String header) {
        int paren = -1;
        int angle = 0;
        for (int i = 0; i < header.length() && paren < 0; i++) {
            char c = header.charAt(i);
            if (c == '<') {
                angle++;
            } else if (c == '>') {
                angle--;
            } else if (c == '(' && angle == 0) {
                paren = i; // the parameter list, not a constraint inside <...>
            }
        }
        String before = (paren < 0 ? header : header.substring(0, paren)).strip();
        if (before.endsWith(">")) {
            int depth = 0;
            for (int i = before.length() - 1; i >= 0; i--) {
                char c = before.charAt(i);
                if (c == '>') {
                    depth++;
                } else if (c == '<' && --depth == 0) {
                    before = before.substring(0, i).strip();
                    break;
                }
            }
        }
        int space = Math.max(before.lastIndexOf(' '), Math.max(before.lastIndexOf('\t'), before.lastIndexOf(']')));
        String name = before.substring(space + 1);
        return name.length() > 1 && name.startsWith("'") && name.endsWith("'") ? name.substring(1, name.length() - 1) : name;
    }

    private static String className(Deque<String[]> classes) {
        List<String> names = new ArrayList<>();
        classes.descendingIterator().forEachRemaining(c -> names.add(c[0]));
        return String.join("/", names);
    }

    private static void setAsyncFlags(Path assembly, List<AsyncMethod> marked) throws IOException {
        byte[] bytes = Files.readAllBytes(assembly);
        MetadataFile md = MetadataFile.read(assembly.getFileName().toString(), bytes);
        for (AsyncMethod a : marked) {
            int rid = findMethod(md, a);
            int offset = md.columnFileOffset(TableId.MethodDef, rid, 1); // ImplFlags (u16)
            int flags = (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
            flags |= IMPL_ASYNC;
            bytes[offset] = (byte) flags;
            bytes[offset + 1] = (byte) (flags >> 8);
        }
        Files.write(assembly, bytes);
    }

    private static int findMethod(MetadataFile md, AsyncMethod a) {
        int seen = 0;
        for (int typeRid = 1; typeRid <= md.rowCount(TableId.TypeDef); typeRid++) {
            if (!typeName(md, typeRid).equals(a.typeName())) {
                continue;
            }
            var t = md.typeDef(typeRid);
            for (int i = t.firstMethod(); i < t.endMethod(); i++) {
                int rid = md.methodRidAt(i);
                if (md.methodDef(rid).name().equals(a.methodName()) && seen++ == a.overload()) {
                    return rid;
                }
            }
        }
        throw new IllegalStateException("method marked `cil managed async` not found after assembling: "
                + a.typeName() + "::" + a.methodName() + " (overload " + a.overload() + ")");
    }

    private static String typeName(MetadataFile md, int rid) {
        var row = md.typeDef(rid);
        int enclosing = md.enclosingType(rid);
        String name = row.namespace().isEmpty() ? row.name() : row.namespace() + "." + row.name();
        return enclosing == 0 ? name : typeName(md, enclosing) + "/" + row.name();
    }

    public static List<AsyncMethod> findAsyncMethodsForTest(String il) {
        return findAsyncMethods(il);
    }

    public static void setAsyncFlagsForTest(Path assembly, List<AsyncMethod> marked) throws IOException {
        setAsyncFlags(assembly, marked);
    }

    /** For tests that assert the flag: the ImplFlags of every MethodDef named name. */
    public static List<Integer> implFlags(Path assembly, String methodName) {
        MetadataFile md = MetadataFile.open(assembly);
        List<Integer> flags = new ArrayList<>();
        for (int rid = 1; rid <= md.rowCount(TableId.MethodDef); rid++) {
            if (md.methodDef(rid).name().equals(methodName)) {
                flags.add(md.methodDef(rid).implFlags());
            }
        }
        return flags;
    }

    static String token(int table, int rid) {
        return Tokens.format((table << 24) | rid);
    }
}
