package dev.kiln.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.compiler.KilnHome;
import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.WellKnownType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where types of the core library go in the size tree. */
class NodePlacementTest {
    static TypeSystem types;
    static EcmaModule corelib;

    @BeforeAll
    static void load() {
        types = new TypeSystem(KilnHome.locate().coreLibrary(), new AssemblyResolver());
        corelib = types.coreLibraryModule();
    }

    static EcmaType type(String fullName) {
        return corelib.allTypes().stream().filter(t -> t.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    @Test
    void aTypeIsInItsAssemblyAndNamespace() {
        assertEquals(List.of("System.Private.CoreLib", "System", "String"),
                NodePlacement.typeGroups(types.wellKnown(WellKnownType.STRING)));
    }

    @Test
    void aNestedTypeIsInsideItsEnclosingTypes() {
        assertEquals(List.of("System.Private.CoreLib", "System.Collections.Generic", "Dictionary`2", "KeyCollection", "Enumerator"),
                NodePlacement.typeGroups(type("System.Collections.Generic.Dictionary`2+KeyCollection+Enumerator")));
    }

    @Test
    void anInstantiationIsInsideItsGenericType() {
        TypeDesc listOfInt = types.instantiate(type("System.Collections.Generic.List`1"),
                List.of(types.wellKnown(WellKnownType.INT32)));
        assertEquals(List.of("System.Private.CoreLib", "System.Collections.Generic", "List`1", "<System.Int32>"),
                NodePlacement.typeGroups(listOfInt));
        TypeDesc entry = types.instantiate(type("System.Collections.Generic.Dictionary`2+Enumerator"),
                List.of(types.wellKnown(WellKnownType.STRING), types.wellKnown(WellKnownType.INT32)));
        assertEquals(List.of("System.Private.CoreLib", "System.Collections.Generic", "Dictionary`2", "Enumerator",
                "<System.String,System.Int32>"), NodePlacement.typeGroups(entry));
    }

    @Test
    void anArrayIsInsideItsElementType() {
        TypeDesc strings = types.wellKnown(WellKnownType.STRING).makeArrayType();
        assertEquals(List.of("System.Private.CoreLib", "System", "String", "String[]"), NodePlacement.typeGroups(strings));
        TypeDesc jagged = types.makeMdArray(strings, 2);
        assertEquals(List.of("System.Private.CoreLib", "System", "String", "String[][,]"), NodePlacement.typeGroups(jagged));
    }

    @Test
    void aMemberIsLabelledWithoutItsType() {
        TypeDesc string = types.wellKnown(WellKnownType.STRING);
        assertEquals("Concat(System.String,System.String)",
                NodePlacement.memberLabel("System.String::Concat(System.String,System.String)", string));
        assertEquals("Run() [async variant]", NodePlacement.memberLabel("System.String::Run() [async variant]", string));
        assertEquals("Other::M()", NodePlacement.memberLabel("Other::M()", string));
    }
}
