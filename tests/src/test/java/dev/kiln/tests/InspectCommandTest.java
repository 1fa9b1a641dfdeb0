package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.tests.harness.Kiln;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    static final Path CORELIB = Path.of(System.getProperty("kiln.home", "..")).resolve("corelib/target/System.Private.CoreLib.dll");

    @TempDir
    Path dir;

    @Test
    void statsIsOneJsonObjectWithTheCounts() {
        Path mscorlib = Path.of("/usr/lib/mono/4.5/mscorlib.dll");
        assumeTrue(Files.isRegularFile(mscorlib));
        Kiln.Run r = Kiln.run("inspect", mscorlib.toString(), "--stats");
        assertEquals(0, r.exit(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && json.lines().count() == 1, json);
        for (String key : new String[] {"assembly", "types", "methods", "fields", "methodBodies", "ilBytes", "typeRefs",
                "memberRefs", "customAttributes"}) {
            assertTrue(json.contains("\"" + key + "\": "), key + " missing in " + json);
        }
        assertTrue(json.contains("\"assembly\": \"mscorlib\""), json);
    }

    @Test
    void listingShowsTypesAndMembers() {
        Kiln.Run r = Kiln.run("inspect", CORELIB.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(".class System.String extends System.Object"), r.out());
        assertTrue(r.out().contains(".field int32 _stringLength"), r.out());
    }

    @Test
    void ilOfOneMethod() {
        Kiln.Run r = Kiln.run("inspect", CORELIB.toString(), "--il", "System.Math::Max");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("IL_0000: ldarg.0"), r.out());
        assertTrue(r.out().contains("ret"), r.out());
    }

    @Test
    void unknownMethodAndBadFileAreUserErrors() throws IOException {
        Kiln.Run r = Kiln.run("inspect", CORELIB.toString(), "--il", "System.Math::Nope");
        CliErrorsTest.assertUserError(r, "System.Math::Nope");
        Path bad = Files.write(dir.resolve("bad.dll"), new byte[] {'M', 'Z', 1, 2, 3});
        r = Kiln.run("inspect", bad.toString());
        CliErrorsTest.assertUserError(r, "bad.dll");
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
