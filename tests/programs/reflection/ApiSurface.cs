// Issue 18's reflection API list touched once, member by member, as a new user would: names, invoke, parameter
// flags and defaults, literal constants, indexers, events, enums through Type, modules, delegates over a MethodInfo.
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.All)]
public class TagAttribute : Attribute
{
    public TagAttribute(string name) { Name = name; }
    public string Name { get; private set; }
    public int Level;
}

public enum Color : short { Red = 1, Green = 2, Blue = 4 }

public class Matrix
{
    private readonly int[,] cells = new int[2, 2];
    [Tag("cell")] public int this[int row, int column] { get { return cells[row, column]; } set { cells[row, column] = value; } }
}

public class Publisher
{
    public event EventHandler Changed;
    public void Raise() { if (Changed != null) Changed(this, EventArgs.Empty); }
}

public class Sample
{
    public const int Answer = 42;
    public const string Greeting = "hi";
    public const Color Favourite = Color.Green;
    public static readonly int Ready = 7;
    [Tag("field", Level = 3)] public int Count;
    public Sample() { }
    public Sample(int count) { Count = count; }
    [Tag("method")] public int Add(int a, [Tag("p")] int b = 5) { return a + b + Count; }
    public static string Join(string a, string b) { return a + b; }
    public virtual string Describe() { return "sample " + Count; }
    [MethodImpl(MethodImplOptions.NoInlining)] public void Slow() { }
}

public class Program
{
    static void Handler(object sender, EventArgs e) { Console.WriteLine("handled by " + sender.GetType().Name); }

    public static void Main()
    {
        Type t = typeof(Sample);
        Console.WriteLine("Name {0} FullName {1} Namespace {2} Assembly {3} Module {4}", t.Name, t.FullName, t.Namespace == null, t.Assembly == typeof(Program).Assembly, t.Module != null);
        Console.WriteLine("AQN {0}", t.AssemblyQualifiedName == "Sample, " + t.Assembly.FullName);
        Console.WriteLine("Type.GetType {0}", Type.GetType("Sample") == t);
        Console.WriteLine("TypeHandle {0}", Type.GetTypeFromHandle(t.TypeHandle) == t);
        Console.WriteLine("BaseType {0} IsClass {1} IsValueType {2}", t.BaseType, t.IsClass, t.IsValueType);

        // methods
        MethodInfo add = t.GetMethod("Add");
        Console.WriteLine("Add: {0} attrs {1} ret {2} params {3}", add, (int)add.Attributes, add.ReturnType, add.GetParameters().Length);
        Console.WriteLine("Add impl {0} slow impl {1}", (int)add.GetMethodImplementationFlags(), t.GetMethod("Slow").MethodImplementationFlags);
        Console.WriteLine("Add invoke {0}", add.Invoke(new Sample(1), new object[] { 2, 3 }));
        ParameterInfo b = add.GetParameters()[1];
        Console.WriteLine("param {0} pos {1} attrs {2} default {3} raw {4} optional {5} member {6}", b.Name, b.Position, (int)b.Attributes, b.DefaultValue, b.RawDefaultValue, b.IsOptional, b.Member.Name);
        Console.WriteLine("param attr {0}", ((TagAttribute)b.GetCustomAttributes(typeof(TagAttribute), false)[0]).Name);
        Console.WriteLine("Join {0}", t.GetMethod("Join", new[] { typeof(string), typeof(string) }).Invoke(null, new object[] { "a", "b" }));
        Console.WriteLine("method attr {0}", ((TagAttribute)Attribute.GetCustomAttribute(add, typeof(TagAttribute))).Name);
        Console.WriteLine("Describe base {0}", t.GetMethod("Describe").GetBaseDefinition().DeclaringType);

        Console.WriteLine("tokens method {0:X} type {1:X} field {2:X} property {3:X} event {4:X}", add.MetadataToken >> 24,
            t.MetadataToken >> 24, t.GetField("Count").MetadataToken >> 24, typeof(Matrix).GetProperty("Item").MetadataToken >> 24,
            typeof(Publisher).GetEvent("Changed").MetadataToken >> 24);
        Console.WriteLine("declaration order {0} {1}", add.MetadataToken < t.GetMethod("Join").MetadataToken,
            t.GetField("Answer").MetadataToken < t.GetField("Count").MetadataToken);

        // constructors
        ConstructorInfo ctor = t.GetConstructor(new[] { typeof(int) });
        Sample s = (Sample)ctor.Invoke(new object[] { 9 });
        Console.WriteLine("ctor {0} attrs {1} -> {2}", ctor, (int)ctor.Attributes, s.Describe());
        Console.WriteLine("Activator {0}", ((Sample)Activator.CreateInstance(t)).Count);

        // fields
        FieldInfo answer = t.GetField("Answer");
        Console.WriteLine("Answer {0} raw {1} attrs {2} literal {3}", answer.GetValue(null), answer.GetRawConstantValue(), (int)answer.Attributes, answer.IsLiteral);
        Console.WriteLine("Greeting {0}", t.GetField("Greeting").GetRawConstantValue());
        FieldInfo fav = t.GetField("Favourite");
        Console.WriteLine("Favourite {0} raw {1} {2}", fav.GetValue(null), fav.GetRawConstantValue(), fav.GetRawConstantValue().GetType());
        Console.WriteLine("Ready {0} attrs {1}", t.GetField("Ready").GetValue(null), (int)t.GetField("Ready").Attributes);
        FieldInfo count = t.GetField("Count");
        count.SetValue(s, 11);
        Console.WriteLine("Count {0} attr {1}", count.GetValue(s), count.GetCustomAttributesData()[0].AttributeType);
        foreach (CustomAttributeData d in count.GetCustomAttributesData())
            Console.WriteLine("data {0} ctor args {1} named {2}", d.AttributeType.Name, d.ConstructorArguments.Count, d.NamedArguments.Count);

        // properties, indexers
        PropertyInfo item = typeof(Matrix).GetProperty("Item");
        Console.WriteLine("Item index params {0}: {1} {2}", item.GetIndexParameters().Length, item.GetIndexParameters()[0].Name, item.GetIndexParameters()[1].ParameterType);
        Matrix m = new Matrix();
        item.SetValue(m, 5, new object[] { 1, 0 });
        Console.WriteLine("Item[1,0] {0} attrs {1}", item.GetValue(m, new object[] { 1, 0 }), (int)item.Attributes);

        // events
        EventInfo changed = typeof(Publisher).GetEvent("Changed");
        Publisher pub = new Publisher();
        EventHandler h = Handler;
        changed.AddEventHandler(pub, h);
        pub.Raise();
        changed.RemoveEventHandler(pub, h);
        pub.Raise();
        Console.WriteLine("event {0} type {1} attrs {2}", changed.Name, changed.EventHandlerType, (int)changed.Attributes);

        // enums
        Type c = typeof(Color);
        Console.WriteLine("enum underlying {0}", c.GetEnumUnderlyingType());
        Console.WriteLine("enum names {0}", string.Join(",", c.GetEnumNames()));
        foreach (object v in c.GetEnumValues()) Console.Write(v + "=" + Convert.ToInt32(v) + " ");
        Console.WriteLine();
        Console.WriteLine("enum name {0} defined {1}", c.GetEnumName((short)4), c.IsEnumDefined("Red"));
        foreach (FieldInfo f in c.GetFields(BindingFlags.Public | BindingFlags.Static)) Console.Write(f.Name + ":" + f.GetRawConstantValue() + " ");
        Console.WriteLine();

        // assembly
        Assembly asm = t.Assembly;
        Console.WriteLine("resources {0}", asm.GetManifestResourceNames().Length);
        Console.WriteLine("entry {0}", Assembly.GetEntryAssembly() == asm);
        Console.WriteLine("GetType {0}", asm.GetType("Matrix"));

        // delegates
        Func<int, int, int> f2 = (Func<int, int, int>)Delegate.CreateDelegate(typeof(Func<int, int, int>), s, add);
        Console.WriteLine("delegate {0} {1}", f2(1, 2), f2.Method.Name);
        PortableExecutableKinds kind;
        ImageFileMachine machine;
        t.Module.GetPEKind(out kind, out machine);
        Console.WriteLine("pe kind {0} machine {1}", kind, machine);
        Console.WriteLine("module {0} {1}", add.Module.Name.StartsWith(t.Assembly.GetName().Name + "."), add.Module == t.Module && t.Module.Assembly == t.Assembly);
    }
}
