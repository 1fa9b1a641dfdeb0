package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map lists exactly the method bodies a program needs, and `kiln why` explains them. */
class MapAndWhyTest {
    static final String PROGRAM = String.join("\n",
            "using System;",
            "interface IGreeter { string Greet(); }",
            "class Loud : IGreeter { public string Greet() { return \"HELLO\"; } }",
            "class Quiet : IGreeter { public string Greet() { return \"hello\"; } }   // never constructed",
            "class Animal { public virtual string Sound() { return \"...\"; } }",
            "class Dog : Animal { public override string Sound() { return \"woof\"; } }",
            "class Ghost : Animal { public override string Sound() { return \"boo\"; } }  // never constructed",
            "class Program {",
            "  static void Unused() { Console.WriteLine(\"never called\"); }",
            "  static string Describe(Animal a) { return a.Sound(); }",
            "  static void Main() {",
            "    IGreeter g = new Loud();",
            "    Console.WriteLine(g.Greet());",
            "    Console.WriteLine(Describe(new Dog()));",
            "  }",
            "}",
            "");

    @TempDir
    static Path dir;
    static Path map;
    static Path dgml;

    @BeforeAll
    static void build() throws IOException {
        Path src = Files.writeString(dir.resolve("Program.cs"), PROGRAM);
        map = dir.resolve("program.map.csv");
        dgml = dir.resolve("program.dgml");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", dir.resolve("program").toString(),
                "--map", map.toString(), "--map-format", "csv", "--dgml", dgml.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void mapListsExactlyTheNeededBodiesOfTheProgramsTypes() throws IOException {
        List<String> lines = Files.readAllLines(map);
        assertEquals("kind,name,size,reason", lines.get(0));
        Set<String> bodies = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",", 3);
            String name = cols[1].replace("\"", "");
            if (cols[0].equals("MethodBody") && !name.startsWith("System.")) {
                bodies.add(name);
            }
        }
        assertEquals(new TreeSet<>(List.of("Program::Main()", "Program::Describe(Animal)", "Loud::.ctor()",
                "Loud::Greet()", "Dog::.ctor()", "Dog::Sound()", "Animal::.ctor()")), bodies);
    }

    @Test
    void mapRowsHaveKindNameSizeAndReason() throws IOException {
        String text = Files.readString(map);
        assertTrue(text.contains("ConstructedType,constructed Loud,"), text);
        assertTrue(text.contains("VirtualMethodUse,slot IGreeter::Greet(),0,"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("MethodBody,Dog::Sound(),") && l.contains("Animal::Sound()")), text);
    }

    @Test
    void whyExplainsAnOverrideThroughItsConstructedTypeAndSlotUse() {
        Kiln.Run r = Kiln.run("why", dgml.toString(), "Dog.Sound");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Dog::Sound()"), out);
        assertTrue(out.contains("Program::Main()    <- entry point"), out);
        assertTrue(out.contains("constructed Dog"), out);
        assertTrue(out.contains("slot Animal::Sound()"), out);
    }

    @Test
    void whyListsCandidatesInsteadOfGuessing() {
        Kiln.Run r = Kiln.run("why", dgml.toString(), ".ctor");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nodes; name one of them"), r.err());
        assertTrue(r.err().contains("Dog::.ctor()") && r.err().contains("Loud::.ctor()"), r.err());
    }

    @Test
    void whyAcceptsNamespaceQualifiedAndFullNames() {
        assertEquals(0, Kiln.run("why", dgml.toString(), "Loud::Greet").exit());
        assertEquals(0, Kiln.run("why", dgml.toString(), "Program::Describe(Animal)").exit());
        assertEquals(0, Kiln.run("why", dgml.toString(), "System.Console::WriteLine(System.String)").exit());
        Kiln.Run missing = Kiln.run("why", dgml.toString(), "Ghost.Sound");
        CliErrorsTest.assertUserError(missing, "Ghost.Sound");
    }
}
