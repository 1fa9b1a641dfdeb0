package dev.kiln.typesystem;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Resolves every TypeRef and MemberRef of Mono's main class libraries against the installed assemblies.
 * References may only fail when they point into an assembly that is not installed.
 */
class MonoReferenceResolutionTest {
    static final Path MONO = Path.of("/usr/lib/mono/4.5");

    @Test
    void everyTypeRefAndMemberRefOfTheMainLibrariesResolves() {
        Path mscorlib = MONO.resolve("mscorlib.dll");
        assumeTrue(Files.isRegularFile(mscorlib), "Mono is not installed");
        AssemblyResolver resolver = new AssemblyResolver().addDirectory(MONO).addDirectory(MONO.resolve("Facades"));
        TypeSystem ts = new TypeSystem(mscorlib, resolver);
        Map<String, Integer> resolvedCounts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String name : new String[] {"mscorlib", "System", "System.Core", "System.Xml"}) {
            EcmaModule module = name.equals("mscorlib") ? ts.coreLibraryModule() : ts.load(MONO.resolve(name + ".dll"));
            MetadataFile md = module.metadata();
            int ok = 0;
            for (int rid = 1; rid <= md.rowCount(TableId.TypeRef); rid++) {
                int token = Tokens.make(TableId.TypeRef, rid);
                ok += attempt(failures, module, () -> module.resolveType(token, GenericContext.NONE));
            }
            for (int rid = 1; rid <= md.rowCount(TableId.MemberRef); rid++) {
                int token = Tokens.make(TableId.MemberRef, rid);
                byte[] sig = md.blobBytes(md.memberRef(rid).signature());
                boolean field = sig.length > 0 && (sig[0] & 0x0F) == 0x06;
                ok += attempt(failures, module, () -> field ? module.resolveField(token, GenericContext.NONE)
                        : module.resolveMethod(token, GenericContext.NONE));
            }
            resolvedCounts.put(name, ok);
        }
        // the only acceptable failures name assemblies that are not installed
        failures.removeIf(f -> f.contains("referenced assembly") && f.contains("not found"));
        assertTrue(failures.isEmpty(), failures.size() + " unresolved references, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(resolvedCounts.get("System") > 1000, resolvedCounts.toString());
    }

    @Test
    void everyCustomAttributeOfTheMainLibrariesDecodes() {
        Path mscorlib = MONO.resolve("mscorlib.dll");
        assumeTrue(Files.isRegularFile(mscorlib), "Mono is not installed");
        AssemblyResolver resolver = new AssemblyResolver().addDirectory(MONO).addDirectory(MONO.resolve("Facades"));
        TypeSystem ts = new TypeSystem(mscorlib, resolver);
        List<String> failures = new ArrayList<>();
        int decoded = 0;
        boolean sawEnum = false;
        for (String name : new String[] {"mscorlib", "System", "System.Core", "System.Xml"}) {
            EcmaModule module = name.equals("mscorlib") ? ts.coreLibraryModule() : ts.load(MONO.resolve(name + ".dll"));
            CustomAttributeDecoder decoder = new CustomAttributeDecoder(module);
            for (int rid = 1; rid <= module.metadata().rowCount(TableId.CustomAttribute); rid++) {
                try {
                    CustomAttributeValue v = decoder.decode(rid);
                    decoded++;
                    sawEnum |= v.fixedArguments().stream().anyMatch(a -> a instanceof CustomAttributeValue.EnumValue);
                } catch (TypeLoadException | dev.kiln.typesystem.metadata.BadImageFormatException e) {
                    if (!(e.getMessage().contains("referenced assembly") && e.getMessage().contains("not found"))) {
                        failures.add(name + " row " + rid + ": " + e.getMessage());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g.:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(decoded > 10_000, "decoded " + decoded);
        assertTrue(sawEnum, "expected enum arguments (AttributeUsage)");
    }

    private static int attempt(List<String> failures, EcmaModule module, java.util.function.Supplier<Object> resolve) {
        try {
            resolve.get();
            return 1;
        } catch (TypeLoadException | dev.kiln.typesystem.metadata.BadImageFormatException e) {
            failures.add(module.assemblyName() + ": " + e.getMessage());
            return 0;
        }
    }
}
