package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reflection dataflow analysis (ReflectionDataflow, ReflectionPatterns): constant-argument calls keep exactly what
 * they name; a call it cannot follow is one ILLink-style warning per call site (code, method, IL offset, what it could
 * not see) and makes the program's own types keep every member; --reflection=keep-all keeps every member of every
 * described type and prints no warnings; MakeGenericType finds only compiled instantiations.
 */
class ReflectionAnalysisTest {
    @TempDir
    Path dir;

    private Kiln.Run build(String name, String source, String... options) throws IOException {
        Path src = Files.writeString(dir.resolve(name + ".cs"), source);
        List<String> args = new ArrayList<>(List.of("build", src.toString(), "-o", dir.resolve(name).toString(),
                "--map", dir.resolve(name + ".map").toString(), "--map-format", "csv"));
        args.addAll(List.of(options));
        Kiln.Run r = Kiln.run(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    private String map(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".map"));
    }

    private String run(String name) {
        ProcessRunner.Result r = ProcessRunner.run(List.of(dir.resolve(name).toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return r.stdout();
    }

    private static List<String> warnings(Kiln.Run r) {
        return r.err().lines().filter(l -> l.startsWith("kiln: warning: IL")).toList();
    }

    private static final String FOLLOWED = String.join("\n",
            "using System; using System.Reflection;",
            "class Foo { public int Named() { return 42; } public void Unnamed() { Console.WriteLine(\"unnamed\"); } }",
            "static class P { static void Main() {",
            "  Type t = typeof(Foo);",
            "  MethodInfo m = t.GetMethod(\"Named\");",
            "  Console.WriteLine(m.Invoke(Activator.CreateInstance(t), null));",
            "  Console.WriteLine(t.GetProperties().Length == 0); } }", "");

    @Test
    void constantPatternsKeepWhatTheyNameThroughLocalsAndNothingElse() throws IOException {
        Kiln.Run r = build("followed", FOLLOWED);
        assertEquals(List.of(), warnings(r));
        String map = map("followed");
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Foo::Named(),")
                && l.contains("System.Type::GetMethod(String) at IL_") && l.contains("in P::Main() names it")), map);
        // listed in the table (GetMethods sees it), but no call names it: not compiled
        assertFalse(map.lines().anyMatch(l -> l.startsWith("MethodBody,Foo::Unnamed()")), map);
        assertFalse(map.contains("UnfollowedReflection"), map);
        assertEquals("42\nTrue\n", run("followed"));
    }

    private static final String UNFOLLOWED = String.join("\n",
            "using System; using System.Reflection;",
            "class Foo { public int Named() { return 42; } public void Unnamed() { Console.WriteLine(\"unnamed\"); } }",
            "static class P {",
            "  static MethodInfo Find(object o, string name) { return o.GetType().GetMethod(name); }",
            "  static void Main() {",
            "    for (int i = 0; i < 2; i++) Console.WriteLine(Find(new Foo(), \"Named\").Invoke(new Foo(), null));",
            "    Find(new Foo(), \"Unnamed\").Invoke(new Foo(), null); } }", "");

    @Test
    void aCallTheAnalysisCannotFollowWarnsOncePerSiteAndKeepsTheProgramsMembers() throws IOException {
        Kiln.Run r = build("unfollowed", UNFOLLOWED);
        List<String> warnings = warnings(r);
        assertEquals(1, warnings.size(), r.err());
        // Find (mcs -debug): nop (0), ldarg.0 (1), callvirt GetType (2), ldarg.1 (7), callvirt GetMethod (8)
        assertEquals("kiln: warning: IL2075: unfollowed.exe: P::Find(Object,String) at IL_0008: 'this' argument of"
                + " System.Type::GetMethod(String) is the return value of System.Object::GetType(): the analysis cannot see"
                + " which type it is, so the members the call needs are kept only if something else keeps them", warnings.get(0));
        String map = map("unfollowed");
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Foo::Unnamed(),")), map);
        assertTrue(map.lines().anyMatch(l -> l.startsWith("UnfollowedReflection,") && l.contains("IL2075 at IL_0008 in P::Find")), map);
        assertEquals("42\n42\nunnamed\n", run("unfollowed"));
    }

    @Test
    void keepAllKeepsEveryMemberOfDescribedTypesAndPrintsNoWarnings() throws IOException {
        String source = String.join("\n",
                "using System; using System.Reflection;",
                "static class P {",
                "  static Type Pick(bool math) { return math ? typeof(Math) : typeof(string); }",
                "  static void Main() {",
                "    MethodInfo m = Pick(true).GetMethod(\"Ceiling\", new Type[] { typeof(decimal) });",
                "    try { Console.WriteLine(m.Invoke(null, new object[] { 2.5m })); }",
                "    catch (NotSupportedException) { Console.WriteLine(\"not compiled\"); } } }", "");
        Kiln.Run analyzed = build("analyzed", source);
        assertEquals(1, warnings(analyzed).size(), analyzed.err());
        assertTrue(warnings(analyzed).get(0).contains("IL2075: analyzed.exe: P::Main() at IL_"), analyzed.err());
        assertEquals("not compiled\n", run("analyzed"));
        Kiln.Run all = build("keepall", source, "--reflection=keep-all");
        assertEquals(List.of(), warnings(all));
        assertEquals("3\n", run("keepall"));
    }

    @Test
    void anUnknownReflectionModeIsAnError() throws IOException {
        Path src = Files.writeString(dir.resolve("m.cs"), "static class P { static void Main() { } }\n");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", dir.resolve("m").toString(), "--reflection=everything");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("unknown --reflection=everything (use analyze or keep-all)"), r.err());
    }

    @Test
    void makeGenericTypeFindsCompiledInstantiationsAndNamesTheOthers() throws IOException {
        String source = String.join("\n",
                "using System;",
                "class Box<T> { public override string ToString() { return \"Box of \" + typeof(T).Name; } }",
                "static class P {",
                "  static Type[] Args(Type t) { return new Type[] { t }; }",
                "  static void Main() {",
                "    Console.WriteLine(Activator.CreateInstance(typeof(Box<>).MakeGenericType(typeof(int))));",
                "    Console.WriteLine(typeof(Box<>).MakeGenericType(Args(typeof(int))) == typeof(Box<int>));",
                "    try { typeof(Box<>).MakeGenericType(Args(typeof(long))); }",
                "    catch (NotSupportedException e) { Console.WriteLine(e.Message); }",
                "    try { typeof(Box<int>).MakeGenericType(typeof(int)); }",
                "    catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name); }",
                "    try { typeof(Box<>).MakeGenericType(typeof(int), typeof(int)); }",
                "    catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); } } }", "");
        Kiln.Run r = build("generic", source);
        assertTrue(warnings(r).stream().allMatch(w -> w.contains("IL2055")), r.err());
        assertEquals("Box of Int32\nTrue\n'Box`1[System.Int64]' is not available: no code in the program creates this"
                + " instantiation, and the compiler could not see MakeGenericType's type arguments as constants (kiln"
                + " compiles generic code ahead of time).\nInvalidOperationException\nArgumentException\n", run("generic"));
    }
    private static final String ANNOTATED = String.join("\n",
            "using System; using System.Diagnostics.CodeAnalysis; using System.Reflection;",
            "class Greeter { public string Hello() { return \"hello\"; } string Secret() { return \"secret\"; } }",
            "class Shown { public void Kept() { } }",
            "class Holder<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] T> { }",
            "class Hidden { static string Reveal(int n) { return \"revealed \" + n; } static void Other() { } }",
            "static class P {",
            "  static void CallAll([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type t, object o) {",
            "    foreach (MethodInfo m in t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))",
            "      Console.WriteLine(m.Name + \" \" + m.Invoke(o, null)); }",
            "  [DynamicDependency(\"Reveal(System.Int32)\", typeof(Hidden))]",
            "  static void UseHidden() { }",
            "  static void Main() { CallAll(typeof(Greeter), new Greeter()); new Holder<Shown>(); UseHidden(); } }", "");

    @Test
    void annotatedLocationsKeepTheAnnotatedKindsOfTheTypesThatFlowThereWithoutWarnings() throws IOException {
        Kiln.Run r = build("annotated", ANNOTATED);
        assertEquals(List.of(), warnings(r));
        String map = map("annotated");
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Greeter::Hello(),") && l.contains("parameter 0 of"
                + " P::CallAll(Type,Object) is [DynamicallyAccessedMembers(PublicMethods)]: the value stored or passed at IL_")), map);
        assertFalse(map.lines().anyMatch(l -> l.startsWith("MethodBody,Greeter::Secret()")), map); // not public
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Shown::Kept(),") && l.contains("generic parameter 0 of"
                + " Holder`1<Shown>::.ctor() is [DynamicallyAccessedMembers(PublicMethods)]")), map);
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Hidden::Reveal(System.Int32),")
                && l.contains("[DynamicDependency] on P::UseHidden()")), map);
        assertFalse(map.lines().anyMatch(l -> l.startsWith("MethodBody,Hidden::Other()")), map);
        assertFalse(map.contains("UnfollowedReflection"), map);
        assertEquals("Hello hello\n", run("annotated"));
    }

    @Test
    void valuesWithoutMatchingAnnotationsWarnWithILLinksCodeForWhereTheyComeFromAndGo() throws IOException {
        String source = String.join("\n",
                "using System; using System.Diagnostics.CodeAnalysis;",
                "class Greeter { public void Hello() { } }",
                "static class P {",
                "  [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] static Type s_annotated;",
                "  static Type s_plain = typeof(Greeter);",
                "  static void Use([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type t) {",
                "    Console.WriteLine(t.GetMethods().Length > 0); }",
                "  static Type Plain() { return typeof(Greeter); }",
                "  [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]",
                "  static Type Returned(Type t) { return t; }",
                "  static void Fields([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type t) {",
                "    Use(t); s_annotated = t; t.GetMethod(\"Hello\"); }",
                "  static void Main() { Use(Plain()); Use(s_plain); Fields(typeof(Greeter)); Use(Returned(typeof(Greeter))); } }", "");
        Kiln.Run r = build("mismatched", source);
        List<String> codes = warnings(r).stream().map(w -> w.substring("kiln: warning: ".length(), w.indexOf(": the analysis"))).toList();
        assertEquals(List.of(
                "IL2067: mismatched.exe: P::Fields(Type) at IL_0002: parameter 0 of P::Use(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicMethods)], gets parameter 0 of P::Fields(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicFields)] without PublicMethods",
                "IL2069: mismatched.exe: P::Fields(Type) at IL_0008: the field P.s_annotated, annotated"
                        + " [DynamicallyAccessedMembers(PublicMethods)], gets parameter 0 of P::Fields(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicFields)] without PublicMethods",
                "IL2070: mismatched.exe: P::Fields(Type) at IL_0013: 'this' argument of System.Type::GetMethod(String) is"
                        + " parameter 0 of P::Fields(Type), annotated [DynamicallyAccessedMembers(PublicFields)] without PublicMethods",
                "IL2072: mismatched.exe: P::Main() at IL_0006: parameter 0 of P::Use(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicMethods)], gets the return value of P::Plain()",
                "IL2077: mismatched.exe: P::Main() at IL_0010: parameter 0 of P::Use(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicMethods)], gets the field P.s_plain",
                "IL2068: mismatched.exe: P::Returned(Type) at IL_0009: the return value of P::Returned(Type), annotated"
                        + " [DynamicallyAccessedMembers(PublicMethods)], gets parameter 0 of P::Returned(Type)"),
                codes, r.err());
        assertEquals("True\nTrue\nTrue\nTrue\n", run("mismatched"));
    }

    private static final String SUPPRESSED = String.join("\n",
            "using System; using System.Diagnostics.CodeAnalysis; using System.Reflection;",
            "class Foo { public int Named() { return 42; } }",
            "[UnconditionalSuppressMessage(\"Trimming\", \"IL2075\", Justification = \"Foo's members are kept\")]",
            "class Quiet { public static object Call(object o) { return o.GetType().GetMethod(\"Named\").Invoke(o, null); } }",
            "static class P {",
            "  static object Loud(object o) { return o.GetType().GetMethod(\"Named\").Invoke(o, null); }",
            "  [UnconditionalSuppressMessage(\"Trimming\", \"IL2075:GetMethod\")]",
            "  static object Silenced(object o) { Func<object> f = () => o.GetType().GetMethod(\"Named\").Invoke(o, null); return f(); }",
            "  [UnconditionalSuppressMessage(\"Trimming\", \"IL2070\")]",
            "  static object WrongCode(object o) { return o.GetType().GetMethod(\"Named\").Invoke(o, null); }",
            "  [RequiresUnreferencedCode(\"Finds methods by name\")]",
            "  static object Risky(object o) { return o.GetType().GetMethod(\"Named\").Invoke(o, null); }",
            "  [RequiresUnreferencedCode(\"Calls Risky\")]",
            "  static object AlsoRisky(object o) { return Risky(o); }",
            "  [UnconditionalSuppressMessage(\"Trimming\", \"IL2026\")]",
            "  static object Vouched(object o) { return Risky(o); }",
            "  static void Main() {",
            "    var foo = new Foo();",
            "    Console.WriteLine(Loud(foo) + \" \" + Silenced(foo) + \" \" + WrongCode(foo) + \" \" + Quiet.Call(foo));",
            "    Console.WriteLine(Risky(foo) + \" \" + AlsoRisky(foo) + \" \" + Vouched(foo)); } }", "");

    @Test
    void suppressionsAndRequiresUnreferencedCodeSilenceWarningsAsILLinkDoes() throws IOException {
        Kiln.Run r = build("suppressed", SUPPRESSED);
        List<String> sites = warnings(r).stream().map(w -> w.substring("kiln: warning: ".length(), w.indexOf(": ", w.indexOf(" at IL_")))).toList();
        // Quiet (its type suppresses), Silenced and its lambda, Risky's and AlsoRisky's bodies and Vouched are silent;
        // a suppression of another code is no suppression; calls of Risky and AlsoRisky from unmarked code warn IL2026
        assertEquals(List.of(
                "IL2075: suppressed.exe: P::Loud(Object) at IL_000c",
                "IL2026: suppressed.exe: P::Main() at IL_005c",
                "IL2026: suppressed.exe: P::Main() at IL_006d",
                "IL2075: suppressed.exe: P::WrongCode(Object) at IL_000c"), sites, r.err());
        assertTrue(warnings(r).get(1).endsWith("Using member 'P::Risky(Object)' which has 'RequiresUnreferencedCodeAttribute' can"
                + " break functionality when trimming application code. Finds methods by name."), r.err());
        assertEquals("42 42 42 42\n42 42 42\n", run("suppressed"));
    }

    private static final String PROPERTIES = String.join("\n",
            "using System; using System.Diagnostics.CodeAnalysis; using System.Reflection;",
            "class Greeter { public string Hello() { return \"hello\"; } string Secret() { return \"secret\"; } }",
            "class Maker { public Maker() { } public override string ToString() { return \"made\"; } }",
            "class Plugin {",
            "  [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] public Type Target { get; set; }",
            "  [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type _factory;",
            "  [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]",
            "  public Type Factory { get { return _factory; } set { _factory = value; } }",
            "  public string Run(object o) { return (string)Target.GetMethod(\"Hello\").Invoke(o, null); } }",
            "static class P {",
            "  static void Main() {",
            "    var p = new Plugin { Target = typeof(Greeter) };",
            "    Console.WriteLine(p.Run(new Greeter()));",
            "    p.Factory = typeof(Maker);",
            "    Console.WriteLine(Activator.CreateInstance(p.Factory)); } }", "");

    @Test
    void propertyAnnotationsApplyToTheGettersReturnTheSettersValueAndTheBackingField() throws IOException {
        Kiln.Run r = build("properties", PROPERTIES);
        // the auto-property's backing field carries the property's annotation; the other property's field has its own
        assertEquals(List.of(), warnings(r));
        String map = map("properties");
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Greeter::Hello(),") && l.contains("Plugin::set_Target(Type)")), map);
        assertFalse(map.lines().anyMatch(l -> l.startsWith("MethodBody,Greeter::Secret()")), map);
        assertTrue(map.lines().anyMatch(l -> l.startsWith("MethodBody,Maker::.ctor(),") && l.contains("Plugin::set_Factory(Type)")), map);
        assertFalse(map.contains("UnfollowedReflection"), map);
        assertEquals("hello\nmade\n", run("properties"));
    }
}
