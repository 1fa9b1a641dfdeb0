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
 * Members reached only through C# dynamic call sites are kept by name (DynamicMemberNode): the name a site passes
 * to the runtime binder keeps the members of that name of the types the program constructs or names with typeof,
 * each with a reason the map shows; members of other names stay out.
 */
class DynamicMembersKeptTest {
    @TempDir
    Path dir;

    @Test
    void aDynamicCallKeepsTheMembersOfItsNameOnConstructedTypesAndNothingElse() throws IOException {
        Path src = Files.writeString(dir.resolve("dyn.cs"), String.join("\n",
                "using System;",
                "class Dog { public string Speak() { return \"Woof\"; } public string Unrelated() { return \"no\"; }",
                "  public int Legs { get { return 4; } } public int Tail { get { return 1; } } }",
                "static class Greeter { public static string Hello(int n) { return \"hello \" + n; } }",
                "static class P { static void Main() {",
                "  dynamic d = new Dog();",
                "  Console.WriteLine(d.Speak() + \" \" + d.Legs);",
                "  dynamic n = 3;",
                "  Console.WriteLine(Greeter.Hello(n));",
                "} }", ""));
        Path map = dir.resolve("dyn.map");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", dir.resolve("dyn").toString(), "--map", map.toString(),
                "--map-format", "csv");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(map);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MethodBody,Dog::Speak()") && l.contains("binds 'Speak'")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MethodBody,Dog::get_Legs()") && l.contains("binds 'Legs'")), text);
        // a static method called with a dynamic argument: its type is named by typeof (the site's receiver)
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MethodBody,Greeter::Hello(") && l.contains("binds 'Hello'")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("DynamicMember,members named Speak bound by dynamic call sites")), text);
        assertFalse(text.contains("Dog::Unrelated"), text);
        assertFalse(text.contains("Dog::get_Tail"), text);
        ProcessRunner.Result run = ProcessRunner.run(List.of(dir.resolve("dyn").toString()), dir, 60);
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertEquals("Woof 4\nhello 3\n", run.stdout());
    }
}
