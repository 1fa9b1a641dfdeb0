package dev.kiln.codegen;

import static dev.kiln.codegen.IrAssertions.assertFinds;
import static dev.kiln.codegen.IrAssertions.assertLacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.typesystem.MethodDesc;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How call and callvirt compile: direct calls, vtable slots, interface lookups, constrained calls on value types. */
class CallCodegenTest {
    private static IlFixture f;

    @BeforeAll
    static void assemble() {
        f = IlFixture.of("""
                .class interface public abstract IShape {
                  .method public hidebysig newslot abstract virtual instance int32 Area() cil managed {}
                }
                .class public Base {
                  .method public hidebysig specialname rtspecialname instance void .ctor() cil managed {
                    ldarg.0 call instance void [mscorlib]System.Object::.ctor() ret }
                  .method public hidebysig newslot virtual instance int32 Virt() cil managed { ldc.i4.1 ret }
                  .method public hidebysig newslot virtual final instance int32 Final() cil managed { ldc.i4.2 ret }
                  .method public hidebysig instance int32 NonVirt() cil managed { ldc.i4.3 ret }
                }
                .class public sealed Leaf extends Base {
                  .method public hidebysig virtual instance int32 Virt() cil managed { ldc.i4.4 ret }
                }
                // a value type with its own ToString, and one that inherits ValueType's (Object's)
                .class public sealed sequential Own extends [mscorlib]System.ValueType implements IShape {
                  .field public int32 x
                  .method public hidebysig virtual instance string ToString() cil managed { ldnull ret }
                  .method public hidebysig newslot virtual final instance int32 Area() cil managed { ldc.i4.5 ret }
                }
                .class public sealed sequential Inherits extends [mscorlib]System.ValueType {
                  .field public int32 x
                }
                .class public C {
                  .method public static int32 NonVirtual(class Base b) cil managed { ldarg.0 callvirt instance int32 Base::NonVirt() ret }
                  .method public static int32 FinalMethod(class Base b) cil managed { ldarg.0 callvirt instance int32 Base::Final() ret }
                  .method public static int32 SealedType(class Leaf l) cil managed { ldarg.0 callvirt instance int32 Leaf::Virt() ret }
                  .method public static int32 Virtual(class Base b) cil managed { ldarg.0 callvirt instance int32 Base::Virt() ret }
                  .method public static int32 Interface(class IShape s) cil managed { ldarg.0 callvirt instance int32 IShape::Area() ret }
                  .method public static string ConstrainedOwn(valuetype Own v) cil managed {
                    ldarga.s v constrained. Own callvirt instance string [mscorlib]System.Object::ToString() ret }
                  .method public static string ConstrainedInherited(valuetype Inherits v) cil managed {
                    ldarga.s v constrained. Inherits callvirt instance string [mscorlib]System.Object::ToString() ret }
                  .method public static int32 ConstrainedInterface(valuetype Own v) cil managed {
                    ldarga.s v constrained. Own callvirt instance int32 IShape::Area() ret }
                }
                """);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /** A regex for the function of type::name as the IR names it. */
    private static String symbol(String type, String name) {
        return IrAssertions.global(f.builder().symbolOf(f.method(type, name)));
    }

    @Test
    void callvirtOfANonVirtualMethodIsANullCheckedDirectCall() {
        String ir = f.compile("C", "NonVirtual");
        // callvirt still checks the receiver for null (NullReferenceException) ...
        Matcher isNull = assertFinds(ir, "(%\\d+) = icmp eq ptr (%\\d+), null");
        assertFinds(ir, "br i1 " + isNull.group(1) + ", label %throw, label %ok");
        assertFinds(ir, "call void @kiln_ex_throw_builtin\\(i32 " + RuntimeAbi.EX_NULL_REFERENCE + "\\)");
        // ... then calls the method itself with it
        assertFinds(ir, "call i32 " + symbol("Base", "NonVirt") + "\\(ptr " + isNull.group(2) + "\\)");
        assertLacks(ir, "call i32 %");
    }

    @Test
    void callvirtOfAFinalMethodIsADirectCall() {
        String ir = f.compile("C", "FinalMethod");
        assertFinds(ir, "call i32 " + symbol("Base", "Final") + "\\(ptr %\\d+\\)");
        assertLacks(ir, "call i32 %");
    }

    @Test
    void callvirtOfAMethodOfASealedTypeIsADirectCall() {
        String ir = f.compile("C", "SealedType");
        assertFinds(ir, "call i32 " + symbol("Leaf", "Virt") + "\\(ptr %\\d+\\)");
        assertLacks(ir, "call i32 %");
    }

    @Test
    void callvirtOfAVirtualMethodLoadsItsSlotFromTheTypeDescriptor() {
        String ir = f.compile("C", "Virtual");
        MethodDesc virt = f.method("Base", "Virt");
        int slot = f.typeSystem().vtableOf(f.type("Base")).slotOf(virt);
        // receiver → its type descriptor (the object's first word) → the vtable entry of Virt's slot → call
        Matcher descriptor = assertFinds(ir, "(%\\d+) = load ptr, ptr (%\\d+), align 8");
        Matcher entry = assertFinds(ir, "(%\\d+) = getelementptr i8, ptr " + descriptor.group(1) + ", i64 (\\d+)");
        assertEquals(RuntimeAbi.TYPE_VTABLE_OFFSET + 8 * slot, Integer.parseInt(entry.group(2)), "the byte offset of Virt's slot");
        Matcher target = assertFinds(ir, "(%\\d+) = load ptr, ptr " + entry.group(1));
        assertFinds(ir, "call i32 " + target.group(1) + "\\(ptr " + descriptor.group(2) + "\\)");
        assertLacks(ir, symbol("Base", "Virt") + "|" + symbol("Leaf", "Virt"));
    }

    @Test
    void callvirtOfAnInterfaceMethodLooksItUpInTheInterfaceMap() {
        String ir = f.compile("C", "Interface");
        String shape = IrAssertions.global(f.builder().descriptorSymbolOf(f.type("IShape")));
        Matcher lookup = assertFinds(ir, "(%\\d+) = call ptr @kiln\\.iface\\.lookup\\(ptr %\\d+, ptr " + shape + ", i32 0\\)");
        // a type that does not implement it (a variance miss the runtime did not resolve) is an InvalidCastException
        assertFinds(ir, "icmp eq ptr " + lookup.group(1) + ", null");
        assertFinds(ir, "call void @kiln_ex_throw_builtin\\(i32 " + RuntimeAbi.EX_INVALID_CAST + "\\)");
        assertFinds(ir, "call i32 " + lookup.group(1) + "\\(ptr %\\d+\\)");
    }

    @Test
    void constrainedCallOnAValueTypeWithItsOwnOverrideCallsItOnTheAddress() {
        String ir = f.compile("C", "ConstrainedOwn");
        assertFinds(ir, "call ptr " + symbol("Own", "ToString") + "\\(ptr %arg0\\)");
        assertLacks(ir, "kiln_gc_alloc|call ptr %");
    }

    @Test
    void constrainedCallOnAValueTypeWithoutAnOverrideBoxesAndCallsVirtually() {
        String ir = f.compile("C", "ConstrainedInherited");
        String descriptor = IrAssertions.global(f.builder().descriptorSymbolOf(f.type("Inherits")));
        Matcher box = assertFinds(ir, "(%\\d+) = call ptr @kiln_gc_alloc\\(ptr " + descriptor + "\\)");
        // the value is copied into the box, after its header
        Matcher value = assertFinds(ir, "(%\\d+) = load \\[1 x i32\\], ptr %arg0");
        Matcher field = assertFinds(ir, "(%\\d+) = getelementptr i8, ptr " + box.group(1) + ", i64 " + RuntimeAbi.OBJECT_HEADER_SIZE);
        assertFinds(ir, "store \\[1 x i32\\] " + value.group(1) + ", ptr " + field.group(1));
        // and ToString is called through the box's vtable
        int slot = f.typeSystem().vtableOf(f.type("Inherits")).slotOf(f.method("System.Object", "ToString"));
        assertFinds(ir, "getelementptr i8, ptr %\\d+, i64 " + (RuntimeAbi.TYPE_VTABLE_OFFSET + 8 * slot));
        assertFinds(ir, "call ptr %\\d+\\(ptr " + box.group(1) + "\\)");
    }

    @Test
    void constrainedInterfaceCallOnAValueTypeCallsTheImplementationDirectly() {
        String ir = f.compile("C", "ConstrainedInterface");
        assertFinds(ir, "call i32 " + symbol("Own", "Area") + "\\(ptr %arg0\\)");
        assertLacks(ir, "kiln_gc_alloc|iface\\.lookup");
    }
}
