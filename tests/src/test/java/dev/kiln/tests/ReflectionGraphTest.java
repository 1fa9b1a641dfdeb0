package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dependency graph decides reflection metadata: a type's table exists only when the program reflects and can see
 * the type; what constant-argument calls name is compiled for reflection; core-library members that were not compiled
 * are listed and throw NotSupportedException when invoked; a program that never reflects has no table at all.
 */
class ReflectionGraphTest {
    @TempDir
    Path dir;

    private String map(String name, String source) throws IOException {
        Path src = Files.writeString(dir.resolve(name + ".cs"), source);
        Path map = dir.resolve(name + ".map");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", dir.resolve(name).toString(), "--map", map.toString(),
                "--map-format", "csv");
        assertEquals(0, r.exit(), r.err());
        return Files.readString(map);
    }

    private String run(String name) {
        ProcessRunner.Result r = ProcessRunner.run(List.of(dir.resolve(name).toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return r.stdout();
    }

    @Test
    void aProgramThatNeverReflectsHasNoMetadataEvenForTypesItNamesWithTypeof() throws IOException {
        String map = map("plain", String.join("\n",
                "class Foo { public void Unused() { } }",
                "static class P { static void Main() { System.Console.WriteLine(typeof(Foo).Name + new Foo()); } }", ""));
        assertFalse(map.contains("ReflectionMetadata,"), map);
        assertFalse(map.contains("Foo::Unused"), map);
        assertEquals("Foo" + "Foo\n", run("plain"));
    }

    @Test
    void reflectingOnATypeOfTheProgramKeepsItsMethodsAndItsBasesMetadata() throws IOException {
        String map = map("reflects", String.join("\n",
                "using System; using System.Reflection;",
                "class Base { public int Inherited() { return 1; } }",
                "class Foo : Base { public static int NeverCalled(int a) { return a * 3; } }",
                "static class P { static void Main() {",
                "  Console.WriteLine(typeof(Foo).GetMethod(\"NeverCalled\").Invoke(null, new object[] { 14 }));",
                "  Console.WriteLine(typeof(Foo).GetMethod(\"Inherited\").DeclaringType.Name);",
                "  try { typeof(Math).GetMethod(\"IEEERemainder\", new Type[] { typeof(double), typeof(double) }).Invoke(null, new object[] { 1.0, 2.0 }); }",
                "  catch (NotSupportedException e) { Console.WriteLine(e.Message); } } }", ""));
        assertTrue(map.lines().anyMatch(l -> l.startsWith("ReflectionMetadata,reflection metadata of Foo,")), map);
        // Base is described for Foo's inherited members, and also made reflectable by GetMethod("Inherited"),
        // which keeps Base::Inherited: the map shows whichever reason came first
        assertTrue(map.lines().anyMatch(l -> l.startsWith("ReflectionMetadata,reflection metadata of Base,")), map);
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Base::Inherited()")), map);
        // the dataflow analysis keeps what the constant-argument GetMethod names (ReflectionAnalysisTest)
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Foo::NeverCalled") && l.contains("GetMethod(String) at IL_")), map);
        assertEquals("42\nBase\n'System.Math.IEEERemainder' cannot be invoked: it was not compiled into this program.\n",
                run("reflects"));
    }
}
