package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLayout;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import dev.kiln.typesystem.WellKnownType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field layout, vtable slots, interface resolution and async variants, checked on C# types compiled by mcs. */
class TypeSystemSemanticsTest {
    static final String SOURCE = String.join("\n",
            "using System; using System.Runtime.InteropServices; using System.Threading.Tasks;",
            "[StructLayout(LayoutKind.Explicit)] public struct Union { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(4)] public byte B; }",
            "public struct Pair<T> { public T First; public byte Tag; public T Second; }",
            "public struct Mixed { public byte A; public long B; public short C; public object D; }",
            "[StructLayout(LayoutKind.Sequential, Pack = 2)] public struct PackedTwo { public byte A; public long B; public byte C; public Inner D; }",
            "public struct Inner { public byte X; public int Y; }",
            "public class A { public byte a; public virtual string M() { return \"A\"; } public virtual string N() { return \"A.N\"; } }",
            "public class B : A { public long b; public override string M() { return \"B\"; } public new virtual string N() { return \"B.N\"; } }",
            "public class C : B { public int c; public override string M() { return \"C\"; } public override string N() { return \"C.N\"; } }",
            "public interface IFoo { string Foo(); string Bar(); }",
            "public class Impl : IFoo { public string Foo() { return \"Impl.Foo\"; } string IFoo.Bar() { return \"explicit\"; } public string Bar() { return \"public\"; } }",
            "public class Reimpl : Impl, IFoo { public new string Foo() { return \"Reimpl.Foo\"; } }",
            "public class Virt : IFoo { public virtual string Foo() { return \"Virt\"; } public string Bar() { return \"\"; } }",
            "public class VirtDerived : Virt { public override string Foo() { return \"VirtDerived\"; } }",
            "public interface IProducer<out T> { T Make(); } public interface IConsumer<in T> { void Take(T t); }",
            "public class Constrained<T, U> where T : class, IFoo, new() where U : struct { }",
            "public class Async { public Task Run() { return null; } public Task<int> Count(string s) { return null; } public ValueTask<long> Big() { return default(ValueTask<long>); } public int Plain() { return 0; } }",
            "");

    @TempDir
    static Path dir;
    static TypeSystem ts;
    static EcmaModule module;

    @BeforeAll
    static void compile() throws IOException {
        Path corelib = Path.of(Kiln.run("corelib").out().strip());
        Path src = Files.writeString(dir.resolve("Types.cs"), SOURCE);
        Path dll = dir.resolve("Types.dll");
        ProcessRunner.Result r = ProcessRunner.run(List.of("mcs", "-nostdlib", "-target:library", "-r:" + corelib,
                "-out:" + dll, src.toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        ts = new TypeSystem(corelib, new AssemblyResolver());
        module = ts.load(dll);
    }

    static TypeDesc type(String name) {
        TypeDesc t = module.findType("", name);
        assertNotNull(t, name);
        return t;
    }

    static FieldDesc field(TypeDesc t, String name) {
        return t.findField(name);
    }

    @Test
    void explicitLayoutPlacesFieldsAtTheirOffsets() {
        TypeDesc u = type("Union");
        TypeLayout l = ts.layoutOf(u);
        assertEquals(0, l.offsetOf(field(u, "I")));
        assertEquals(0, l.offsetOf(field(u, "F")));
        assertEquals(4, l.offsetOf(field(u, "B")));
        assertEquals(8, l.size());
    }

    @Test
    void sequentialStructsAlignFieldsAndTrackReferences() {
        TypeDesc m = type("Mixed");
        TypeLayout l = ts.layoutOf(m);
        assertEquals(0, l.offsetOf(field(m, "A")));
        assertEquals(8, l.offsetOf(field(m, "B")));
        assertEquals(16, l.offsetOf(field(m, "C")));
        assertEquals(24, l.offsetOf(field(m, "D")));
        assertEquals(32, l.size());
        assertEquals(List.of(24), l.referenceOffsets());
    }

    @Test
    void packCapsTheAlignmentOfFieldsAsCDoes() {
        // #pragma pack(2) struct { char a; long long b; char c; struct { char x; int y; } d; }: 2, 10, 12, size 20
        TypeDesc p = type("PackedTwo");
        TypeLayout l = ts.layoutOf(p);
        assertEquals(2, l.offsetOf(field(p, "B")));
        assertEquals(10, l.offsetOf(field(p, "C")));
        assertEquals(12, l.offsetOf(field(p, "D")));
        assertEquals(20, l.size());
        assertEquals(2, l.alignment());
    }

    @Test
    void genericStructLayoutDependsOnTheInstantiation() {
        TypeDesc pairDef = type("Pair`1");
        TypeDesc ofLong = ts.instantiate((dev.kiln.typesystem.EcmaType) pairDef, List.of(ts.wellKnown(WellKnownType.INT64)));
        TypeDesc ofByte = ts.instantiate((dev.kiln.typesystem.EcmaType) pairDef, List.of(ts.wellKnown(WellKnownType.BYTE)));
        TypeDesc ofString = ts.instantiate((dev.kiln.typesystem.EcmaType) pairDef, List.of(ts.wellKnown(WellKnownType.STRING)));
        assertEquals(24, ts.layoutOf(ofLong).size());
        assertEquals(3, ts.layoutOf(ofByte).size());
        assertEquals(List.of(0, 16), ts.layoutOf(ofString).referenceOffsets());
        assertSame(ofLong, ts.instantiate((dev.kiln.typesystem.EcmaType) pairDef, List.of(ts.wellKnown(WellKnownType.INT64))));
    }

    @Test
    void classFieldsFollowTheBaseClassAndTheHeader() {
        TypeDesc c = type("C");
        TypeLayout l = ts.layoutOf(c);
        assertEquals(8, l.offsetOf(field(type("A"), "a")));
        assertEquals(16, l.offsetOf(field(type("B"), "b")));
        assertEquals(24, l.offsetOf(field(c, "c")));
        assertEquals(28, l.instanceByteCount());
    }

    @Test
    void deepHierarchyOverridesAndNewSlots() {
        TypeDesc a = type("A"), b = type("B"), c = type("C");
        VirtualMethodTable vc = ts.vtableOf(c);
        MethodDesc aM = a.findMethod("M"), aN = a.findMethod("N"), bN = b.findMethod("N");
        assertEquals("C", vc.resolve(aM).owningType().fullName());
        // B.N is `new virtual`: A.N's slot still runs A.N on a C; C.N overrides B's new slot
        assertSame(aN, vc.resolve(aN));
        assertSame(c.findMethod("N"), vc.resolve(bN));
        assertNotEquals(vc.slotOf(aN), vc.slotOf(bN));
        assertEquals(4, ts.vtableOf(ts.wellKnown(WellKnownType.OBJECT)).slotCount());
    }

    @Test
    void interfaceImplementationExplicitReimplementedAndVirtual() {
        TypeDesc foo = type("IFoo");
        MethodDesc fooM = foo.findMethod("Foo"), barM = foo.findMethod("Bar");
        assertEquals("Impl::Foo()", InterfaceResolution.resolve(type("Impl"), fooM).fullName());
        assertEquals("Impl::IFoo.Bar()", InterfaceResolution.resolve(type("Impl"), barM).fullName());
        assertEquals("Reimpl::Foo()", InterfaceResolution.resolve(type("Reimpl"), fooM).fullName());
        assertEquals("Impl::IFoo.Bar()", InterfaceResolution.resolve(type("Reimpl"), barM).fullName());
        assertEquals("VirtDerived::Foo()", InterfaceResolution.resolve(type("VirtDerived"), fooM).fullName());
        assertEquals(List.of(foo), InterfaceResolution.allInterfaces(type("Reimpl")));
    }

    @Test
    void finalMethodsThatOpenASlotNeedNone() {
        // Impl's methods are all `final virtual newslot` (implicit and explicit interface implementations): nothing can
        // override them, so calls are direct and interfaces dispatch through the interface map; Impl adds no slot
        TypeDesc impl = type("Impl");
        VirtualMethodTable vt = ts.vtableOf(impl);
        assertEquals(ts.vtableOf(ts.wellKnown(WellKnownType.OBJECT)).slotCount(), vt.slotCount());
        MethodDesc foo = impl.findMethod("Foo");
        assertSame(foo, vt.resolve(foo));
        // a virtual implementation keeps its slot, which VirtDerived overrides
        assertEquals(vt.slotCount() + 1, ts.vtableOf(type("Virt")).slotCount());
    }

    @Test
    void genericParametersHaveVarianceAndConstraints() {
        var producer = ((dev.kiln.typesystem.EcmaType) type("IProducer`1")).genericParameters();
        var consumer = ((dev.kiln.typesystem.EcmaType) type("IConsumer`1")).genericParameters();
        assertTrue(producer.get(0).isCovariant());
        assertTrue(consumer.get(0).isContravariant());
        var constrained = ((dev.kiln.typesystem.EcmaType) type("Constrained`2")).genericParameters();
        assertEquals("T", constrained.get(0).name());
        assertTrue(constrained.get(0).hasReferenceTypeConstraint());
        assertTrue(constrained.get(0).hasDefaultConstructorConstraint());
        assertEquals(List.of(type("IFoo")), constrained.get(0).constraints());
        assertTrue(constrained.get(1).hasValueTypeConstraint());
    }

    @Test
    void taskReturningMethodsHaveCanonicalAsyncVariants() {
        TypeDesc async = type("Async");
        AsyncVariant run = ts.asyncVariantOf(async.findMethod("Run"));
        AsyncVariant count = ts.asyncVariantOf(async.findMethod("Count"));
        AsyncVariant big = ts.asyncVariantOf(async.findMethod("Big"));
        assertEquals(ts.wellKnown(WellKnownType.VOID), run.signature().returnType());
        assertEquals(ts.wellKnown(WellKnownType.INT32), count.signature().returnType());
        assertEquals(ts.wellKnown(WellKnownType.INT64), big.signature().returnType());
        assertEquals(async.findMethod("Count").signature().parameters(), count.signature().parameters());
        assertSame(count, ts.asyncVariantOf(async.findMethod("Count")));
        assertEquals(count.hashCode(), ts.asyncVariantOf(async.findMethod("Count")).hashCode());
        assertNull(ts.asyncVariantOf(async.findMethod("Plain")));
        assertNull(ts.asyncVariantOf(count));
        assertTrue(!async.findMethod("Run").isRuntimeAsync());
    }
}
