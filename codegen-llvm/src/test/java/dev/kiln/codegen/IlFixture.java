package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AwaitSites;
import dev.kiln.il.ILImporter;
import dev.kiln.il.ImportedBody;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.ilasm.IlAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * An IL snippet compiled by the code generator, for unit tests: the snippet (ILAsm type definitions that name the
 * fixture core library as [mscorlib]) is assembled with Mono's ilasm into a temporary assembly, loaded into a type
 * system over the fixture core library (mscorlib.il, assembled once per JVM), and its methods are compiled one by one
 * into a fresh NativeModuleBuilder, as the compiler's generate phase would, without the dependency graph.
 *
 * Both kinds of assembly are made at test time rather than at build time: the snippets live in the tests' source, so
 * ilasm is needed when the tests run anyway, and the core library then goes through the same path in ~0.3 s.
 */
final class IlFixture implements AutoCloseable {
    /** Where this JVM's assemblies go (removed when it exits), the core library, and each snippet by its text. */
    private static Path workDir;
    private static Path coreLibrary;
    private static final Map<String, Path> assembled = new HashMap<>();

    private final TypeSystem typeSystem;
    private final EcmaModule program;
    private final NativeModuleBuilder builder;

    private IlFixture(TypeSystem typeSystem, EcmaModule program) {
        this.typeSystem = typeSystem;
        this.program = program;
        this.builder = new NativeModuleBuilder(typeSystem, "test");
    }

    /**
     * il (type definitions referencing [mscorlib]) as the assembly `test`, in a type system of its own with a fresh
     * module to compile into. Each distinct text is assembled once per JVM; methods declared `cil managed async` get
     * the runtime-async flag (IlAssembler).
     */
    static IlFixture of(String il) {
        try {
            Path test = assembledSnippet(il);
            Path core = coreLibrary();
            TypeSystem ts = new TypeSystem(core, new AssemblyResolver().addReference(core).addReference(test));
            return new IlFixture(ts, ts.load(test));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path assembledSnippet(String il) throws IOException {
        Path test = assembled.get(il);
        if (test == null) {
            Path dir = Files.createTempDirectory(workDir(), "test");
            test = assemble(".assembly extern mscorlib {}\n.assembly test {}\n.module test.dll\n" + il, dir, "test");
            assembled.put(il, test);
        }
        return test;
    }

    /** The fixture core library, assembled on first use. */
    private static synchronized Path coreLibrary() throws IOException {
        if (coreLibrary == null) {
            String il;
            try (InputStream in = IlFixture.class.getResourceAsStream("mscorlib.il")) {
                il = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            coreLibrary = assemble(il, Files.createTempDirectory(workDir(), "core"), "mscorlib");
        }
        return coreLibrary;
    }

    private static synchronized Path workDir() throws IOException {
        if (workDir == null) {
            Path dir = Files.createTempDirectory("kiln-codegen-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            workDir = dir;
        }
        return workDir;
    }

    private static Path assemble(String il, Path dir, String name) throws IOException {
        return IlAssembler.assemble(il, dir, name, false).file();
    }

    TypeSystem typeSystem() {
        return typeSystem;
    }

    NativeModuleBuilder builder() {
        return builder;
    }

    /** A type of the snippet, or else of the core library, by its full name (namespace.Name, not nested). */
    TypeDesc type(String fullName) {
        int dot = fullName.lastIndexOf('.');
        String namespace = dot < 0 ? "" : fullName.substring(0, dot);
        String name = fullName.substring(dot + 1);
        TypeDesc t = program.findType(namespace, name);
        if (t == null) {
            t = typeSystem.coreLibraryModule().findType(namespace, name);
        }
        if (t == null) {
            throw new IllegalArgumentException("neither the snippet nor the core library has a type " + fullName);
        }
        return t;
    }

    /** The only method named name of type (the snippets avoid overloads). */
    MethodDesc method(String type, String name) {
        MethodDesc found = null;
        for (MethodDesc m : type(type).methods()) {
            if (m.name().equals(name)) {
                if (found != null) {
                    throw new IllegalArgumentException(type + " has more than one method named " + name);
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(type + " has no method named " + name);
        }
        return found;
    }

    /** Compiles type::name's body and returns its function's IR. */
    String compile(String type, String name) {
        MethodDesc m = method(type, name);
        compile(m);
        return functionIr(m);
    }

    /** Compiles method's ordinary body, imported as the scanner would import it. */
    void compile(MethodDesc method) {
        ImportedBody body = ILImporter.importBody(method, null);
        builder.compileMethod(method, body);
    }

    /** Compiles a runtime-async method's IL as its async variant and returns that function's IR. */
    String compileAsyncVariant(String type, String name) {
        MethodDesc m = method(type, name);
        builder.compileAsyncVariant(m, ILImporter.importBody(m, AwaitSites.Mode.RUNTIME_ASYNC));
        return ir(function(builder.asyncVariantSymbolOf(m)));
    }

    /** The function of a compiled method. */
    LLVMValueRef function(MethodDesc method) {
        return function(builder.symbolOf(method));
    }

    private LLVMValueRef function(String symbol) {
        LLVMValueRef fn = LLVMGetNamedFunction(builder.llvm().module, symbol);
        if (fn == null || fn.isNull()) {
            throw new IllegalStateException("no function " + symbol);
        }
        return fn;
    }

    /** The textual IR of a compiled method's function. */
    String functionIr(MethodDesc method) {
        return ir(function(method));
    }

    private static String ir(LLVMValueRef function) {
        BytePointer text = LLVMPrintValueToString(function);
        try {
            return text.getString();
        } finally {
            LLVMDisposeMessage(text);
        }
    }

    /** Whether LLVM's verifier accepts the method's function (it prints what it rejects to stderr). */
    boolean verifies(MethodDesc method) {
        return verifies(builder.symbolOf(method));
    }

    /** Whether LLVM's verifier accepts the function named symbol. */
    boolean verifies(String symbol) {
        return LLVMVerifyFunction(function(symbol), LLVMPrintMessageAction) == 0;
    }

    @Override
    public void close() {
        builder.close();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
