package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.ilasm.IlAssembler;
import dev.kiln.typesystem.metadata.ExportedTypeRow;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assemblies built by other tool chains name the core library mscorlib, netstandard or System.Runtime; Kiln's
 * facades forward those names to System.Private.CoreLib, so such assemblies compile unchanged.
 */
class FacadesTest {
    @TempDir
    Path dir;

    @Test
    void aProgramBuiltAgainstMonosMscorlibRunsOnKilnsCoreLibrary() throws IOException {
        Path src = Files.writeString(dir.resolve("Mono.cs"), String.join("\n",
                "using System; using System.Collections.Generic; using System.Linq;",
                "class Program {",
                "  static int Main(string[] args) {",
                "    var words = new List<string> { \"pear\", \"fig\", \"apple\" };",
                "    Console.WriteLine(string.Join(\",\", words.OrderBy(w => w.Length).Select(w => w.ToUpper())));",
                "    Dictionary<string, int> lengths = words.ToDictionary(w => w, w => w.Length);",
                "    Console.WriteLine(lengths[\"apple\"] + \" \" + Math.Max(3, 4) + \" \" + 1.5.ToString());",
                "    var ordered = new SortedDictionary<string, int>(lengths);   // [System], as HashSet is [System.Core]",
                "    var chain = new LinkedList<string>(ordered.Keys);",
                "    Console.WriteLine(chain.First.Value + \" \" + chain.Last.Value + \" \" + new HashSet<int>(ordered.Values).Count);",
                "    return words.Count;",
                "  }",
                "}", ""));
        Path exe = dir.resolve("Mono.exe");
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-out:" + exe, src.toString()), dir, 120);
        assertEquals(0, mcs.exitCode(), mcs.stdout());
        ProcessRunner.Result mono = ProcessRunner.run(List.of("mono", exe.toString()), dir, 60);
        Path out = dir.resolve("mono-built");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        ProcessRunner.Result kiln = Kiln.execute(out, List.of(), dir, 60);
        assertEquals(mono.stdout(), kiln.stdout(), kiln.stderr());
        assertEquals(3, kiln.exitCode());
    }

    @Test
    void referencesThroughNetstandardAndSystemRuntimeResolve() throws IOException {
        String il = String.join("\n",
                ".assembly extern netstandard { .ver 2:0:0:0 }",
                ".assembly extern System.Runtime { .ver 4:2:0:0 }",
                ".assembly extern System.Console { .ver 4:1:0:0 }",
                ".assembly Refs {}",
                ".class public auto ansi beforefieldinit Program extends [System.Runtime]System.Object",
                "{",
                "  .method public static void Main() cil managed",
                "  {",
                "    .entrypoint",
                "    .locals init (class [netstandard]System.Collections.Generic.List`1<int32> list)",
                "    newobj instance void class [netstandard]System.Collections.Generic.List`1<int32>::.ctor()",
                "    stloc.0",
                "    ldloc.0",
                "    ldc.i4.s 42",
                "    callvirt instance void class [netstandard]System.Collections.Generic.List`1<int32>::Add(!0)",
                "    ldloc.0",
                "    callvirt instance int32 class [netstandard]System.Collections.Generic.List`1<int32>::get_Count()",
                "    call void [System.Console]System.Console::WriteLine(int32)",
                "    ldstr \"through facades\"",
                "    call void [System.Console]System.Console::WriteLine(string)",
                "    ret",
                "  }",
                "}", "");
        Path exe = IlAssembler.assemble(il, dir, "Refs", true).file();
        Path out = dir.resolve("refs");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        assertEquals("1\nthrough facades\n", Kiln.execute(out, List.of(), dir, 60).stdout());
    }

    /**
     * A program whose references name the core library's types through framework assemblies other than mscorlib:
     * .NET reference assemblies and netstandard libraries name types by the assembly that declares them in the
     * reference set. No type of Mono's System.Numerics, System.Xml, ... is in Kiln's core library, so mcs cannot
     * produce such references from C#; the IL writes them as other tool chains do.
     */
    static final String FRAMEWORK_NAMES_IL = String.join("\n",
            ".assembly extern System.Numerics { .ver 4:0:0:0 }",
            ".assembly extern System.Xml { .ver 4:0:0:0 }",
            ".assembly extern System.Xml.Linq { .ver 4:0:0:0 }",
            ".assembly extern System.Runtime.Serialization { .ver 4:0:0:0 }",
            ".assembly extern System.ComponentModel.Primitives { .ver 4:0:0:0 }",
            ".assembly extern System.Net.Primitives { .ver 4:0:0:0 }",
            ".assembly extern System.IO { .ver 4:0:0:0 }",
            ".assembly extern System.Reflection { .ver 4:0:0:0 }",
            ".assembly extern System.Security.Cryptography.Algorithms { .ver 4:0:0:0 }",
            ".assembly extern System.Data { .ver 4:0:0:0 }",
            ".assembly extern Microsoft.CSharp { .ver 4:0:0:0 }",
            ".assembly FrameworkNames {}",
            ".class public auto ansi beforefieldinit Program extends [System.Reflection]System.Object",
            "{",
            "  .method public static int32 Main() cil managed",
            "  {",
            "    .entrypoint",
            "    .locals init (class [System.Xml]System.Text.StringBuilder sb, class [System.Xml.Linq]System.Collections.Generic.List`1<string> list)",
            "    newobj instance void [System.Xml]System.Text.StringBuilder::.ctor()",
            "    stloc.0",
            "    ldloc.0",
            "    ldstr \"max=\"",
            "    callvirt instance class [System.Xml]System.Text.StringBuilder [System.Xml]System.Text.StringBuilder::Append(string)",
            "    ldc.i4.3",
            "    ldc.i4.7",
            "    call int32 [System.Numerics]System.Math::Max(int32, int32)",
            "    callvirt instance class [System.Xml]System.Text.StringBuilder [System.Xml]System.Text.StringBuilder::Append(int32)",
            "    pop",
            "    newobj instance void class [System.Xml.Linq]System.Collections.Generic.List`1<string>::.ctor()",
            "    stloc.1",
            "    ldloc.1",
            "    ldloc.0",
            "    callvirt instance string [System.Runtime.Serialization]System.Object::ToString()",
            "    callvirt instance void class [System.Xml.Linq]System.Collections.Generic.List`1<string>::Add(!0)",
            "    ldloc.1",
            "    ldstr \"facades\"",
            "    callvirt instance void class [System.Xml.Linq]System.Collections.Generic.List`1<string>::Add(!0)",
            "    ldstr \", \"",
            "    ldloc.1",
            "    call string [System.Data]System.String::Join(string, class [System.ComponentModel.Primitives]System.Collections.Generic.IEnumerable`1<string>)",
            "    call void [System.IO]System.Console::WriteLine(string)",
            "    ldc.i4.s 42",
            "    box [System.Net.Primitives]System.Int32",
            "    isinst [System.Security.Cryptography.Algorithms]System.IComparable",
            "    call string [Microsoft.CSharp]System.String::Concat(object)",
            "    call void [System.IO]System.Console::WriteLine(string)",
            "    ldc.i4.7",
            "    ret",
            "  }",
            "}", "");

    static final String FRAMEWORK_NAMES_OUTPUT = "max=7, facades\n42\n";

    @Test
    void referencesThroughOtherFrameworkAssemblyNamesResolve() throws IOException {
        Path exe = IlAssembler.assemble(FRAMEWORK_NAMES_IL, dir, "FrameworkNames", true).file();
        Path out = dir.resolve("framework-names");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        ProcessRunner.Result run = Kiln.execute(out, List.of(), dir, 60);
        assertEquals(FRAMEWORK_NAMES_OUTPUT, run.stdout(), run.stderr());
        assertEquals(7, run.exitCode());
    }

    @Test
    void everyListedNameHasAFacadeThatForwardsTheCoreLibrary() throws IOException {
        Path home = Path.of(System.getProperty("kiln.home", "..")).toAbsolutePath().normalize();
        // "NAME TOKEN" lines, besides "key TOKEN PUBLICKEY" ones
        Map<String, String> tokens = new TreeMap<>();
        for (String line : Files.readAllLines(home.resolve("corelib/facades.txt"))) {
            String[] words = line.replaceFirst("#.*", "").strip().split("\\s+");
            if (words.length == 2) {
                tokens.put(words[0], words[1]);
            }
        }
        assertTrue(tokens.size() > 150 && tokens.keySet().containsAll(List.of("mscorlib", "netstandard", "System.Runtime",
                "System.Numerics", "System.Xml.Linq", "System.Net.Http", "Microsoft.CSharp")), tokens.toString());
        assertEquals("b77a5c561934e089", tokens.get("mscorlib"));
        assertEquals("cc7b13ffcd2ddd51", tokens.get("netstandard"));
        assertEquals("b03f5f7f11d50a3a", tokens.get("System.Runtime"));
        Set<java.util.UUID> mvids = new HashSet<>();
        for (String name : tokens.keySet()) {
            MetadataFile md = MetadataFile.open(home.resolve("corelib/target/facades/" + name + ".dll"));
            assertEquals(name, md.assembly().name());
            assertEquals(tokens.get(name), publicKeyToken(md.assembly().publicKey()), () -> name + ": public key token");
            assertEquals(name + ".dll", md.module().name());
            assertTrue(mvids.add(md.guid(md.module().mvidIndex())), () -> name + ": its MVID is another facade's");
            boolean forwardsObject = false;
            for (int rid = 1; rid <= md.rowCount(TableId.ExportedType); rid++) {
                ExportedTypeRow row = md.exportedType(rid);
                if (row.namespace().equals("System") && row.name().equals("Object")) {
                    assertEquals(TableId.AssemblyRef, Tokens.table(row.implementationToken()), name);
                    assertEquals("System.Private.CoreLib", md.assemblyRef(Tokens.rid(row.implementationToken())).name(), name);
                    forwardsObject = true;
                }
            }
            assertTrue(forwardsObject, () -> name + " does not forward System.Object");
        }
    }

    /** The last 8 bytes of the key's SHA-1, reversed, in hex; - for no key. */
    private static String publicKeyToken(byte[] key) {
        if (key == null || key.length == 0) {
            return "-";
        }
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-1").digest(key);
            StringBuilder token = new StringBuilder();
            for (int i = sha.length - 1; i >= sha.length - 8; i--) {
                token.append(String.format("%02x", sha[i]));
            }
            return token.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTypeTheCoreLibraryLacksIsNamedInAWarningAndThrownAtRunTime() throws IOException {
        // .NET Core has no remoting either, so the core library will not grow this type
        Path src = Files.writeString(dir.resolve("Missing.cs"), String.join("\n",
                "class Program {",
                "  static void Main() { System.Console.WriteLine(System.Runtime.Remoting.RemotingServices.IsTransparentProxy(null)); }",
                "}", ""));
        Path exe = dir.resolve("Missing.exe");
        assertEquals(0, ProcessRunner.run(List.of("mcs", "-out:" + exe, src.toString()), dir, 120).exitCode());
        Path out = dir.resolve("missing");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), compile.err());
        assertTrue(compile.err().startsWith("kiln: warning: Missing.exe: Program::Main() at IL_0001 uses System.Runtime.Remoting.RemotingServices,"
                + " which System.Private.CoreLib does not have\n"), compile.err());
        ProcessRunner.Result run = Kiln.execute(out, List.of(), dir, 60);
        assertEquals(134, run.exitCode());
        assertTrue(run.stderr().startsWith("Unhandled exception. System.TypeLoadException: Could not load type 'System.Runtime.Remoting.RemotingServices'"
                + " from assembly 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089'."), run.stderr());
    }
}
