// expect-stdout-file: OpenGenericDefinitions.out
// Invoke of a method or constructor of an open definition: Mono converts the arguments first (ArgumentException);
// .NET checks ContainsGenericParameters first (InvalidOperationException, MemberAccessException for a constructor).
// Reflection over open generic type definitions: typeof(G<>) and GetGenericTypeDefinition() of an instantiation
// list the definition's members with signatures in terms of its type parameters (T, List<T>, T[], Dictionary<T,U>),
// its interfaces and open base, its nested generic types; Invoke and GetValue on them throw .NET's
// InvalidOperationException.
using System;
using System.Collections.Generic;
using System.Reflection;

public interface IShape<T> { T Area(); }

public class Base<T>
{
    public T Value;
    public virtual T Get() { return Value; }
}

public class Box<T> : Base<T>, IShape<T>
{
    public T Item;
    public static int Count;
    public List<T> Items = new List<T>();
    public T[] Array;
    public Dictionary<string, T> ByName;
    public const int Limit = 10;

    public Box(T item) { Item = item; }
    public Box() { }
    public T Area() { return Item; }
    public static Box<T> Wrap(T item) { return new Box<T>(item); }
    public void Fill(ref T slot, out T other) { slot = Item; other = Item; }
    public T Prop { get { return Item; } set { Item = value; } }
    public event Action<T> Changed;
    public override T Get() { return Item; }

    public class Inner<V> { public V Held; public T Outer; }
    public class Plain { public T Value; }
}

public class Pair<TKey, TValue>
{
    public KeyValuePair<TKey, TValue> Entry;
    public TValue this[TKey key] { get { return Entry.Value; } }
}

class Program
{
    static string Describe(Type t)
    {
        if (t == null) return "null";
        return t.ToString() + " (Name " + t.Name + ", generic parameter " + t.IsGenericParameter + ", open " + t.ContainsGenericParameters
            + ", definition " + t.IsGenericTypeDefinition + ", generic " + t.IsGenericType + ")";
    }

    static void Members(Type d)
    {
        Console.WriteLine("== " + d + " " + d.IsGenericTypeDefinition + " " + d.ContainsGenericParameters);
        Console.WriteLine("base: " + Describe(d.BaseType));
        foreach (Type a in d.GetGenericArguments()) Console.WriteLine("argument: " + Describe(a));
        foreach (Type i in d.GetInterfaces()) Console.WriteLine("interface: " + Describe(i));
        BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        foreach (ConstructorInfo c in d.GetConstructors()) Console.WriteLine("constructor: " + c + " open " + c.ContainsGenericParameters);
        foreach (MethodInfo m in d.GetMethods(declared)) Console.WriteLine("method: " + m + " returns " + m.ReturnType.Name + " open " + m.ContainsGenericParameters);
        foreach (FieldInfo f in d.GetFields(declared)) Console.WriteLine("field: " + f.Name + " : " + f.FieldType);
        foreach (PropertyInfo p in d.GetProperties(declared)) Console.WriteLine("property: " + p + " : " + p.PropertyType.Name);
        foreach (EventInfo e in d.GetEvents(declared)) Console.WriteLine("event: " + e.Name + " : " + e.EventHandlerType);
        foreach (Type n in d.GetNestedTypes()) Console.WriteLine("nested: " + Describe(n));
    }

    static void Main()
    {
        Type box = typeof(Box<>);
        Members(box);
        Members(typeof(Pair<,>));
        Members(typeof(Box<>.Inner<>));

        Type t = box.GetGenericArguments()[0];
        Console.WriteLine("same T: " + (box.GetMethod("Area").ReturnType == t) + " " + (box.GetField("Item").FieldType == t)
            + " " + (box.GetProperty("Prop").PropertyType == t) + " " + (box.GetConstructor(new Type[] { t }) != null));
        Console.WriteLine("base T: " + (box.BaseType.GetGenericArguments()[0] == t) + " " + (box.BaseType.GetGenericTypeDefinition() == typeof(Base<>)));
        Console.WriteLine("inherited: " + box.GetField("Value") + " " + (box.GetMethod("Get").DeclaringType == box));

        Type items = box.GetField("Items").FieldType;
        Console.WriteLine("List<T>: " + Describe(items) + " " + (items.GetGenericTypeDefinition() == typeof(List<>)) + " " + (items.GetGenericArguments()[0] == t)
            + " full name null " + (items.FullName == null));
        Type array = box.GetField("Array").FieldType;
        Console.WriteLine("T[]: " + array.Name + " " + array.IsArray + " " + (array.GetElementType() == t) + " " + array.ContainsGenericParameters);
        Type byName = box.GetField("ByName").FieldType;
        Console.WriteLine("Dictionary<string,T>: " + byName + " " + byName.GetGenericArguments()[0] + " " + (byName.GetGenericArguments()[1] == t));
        ParameterInfo[] fill = box.GetMethod("Fill").GetParameters();
        Console.WriteLine("by-ref: " + fill[0].ParameterType.Name + " " + fill[0].ParameterType.IsByRef + " " + (fill[0].ParameterType.GetElementType() == t) + " " + fill[1].IsOut);
        Console.WriteLine("Wrap returns " + box.GetMethod("Wrap").ReturnType + " " + (box.GetMethod("Wrap").ReturnType.GetGenericTypeDefinition() == box));

        Type[] dictionary = typeof(Dictionary<,>).GetGenericArguments();
        Console.WriteLine("Dictionary<,>: " + dictionary.Length + " " + dictionary[0] + " " + dictionary[1] + " " + dictionary[1].GenericParameterPosition);
        Console.WriteLine("List<>: " + typeof(List<>).GetGenericArguments()[0] + " " + (typeof(List<>).GetMethod("Add").GetParameters()[0].ParameterType == typeof(List<>).GetGenericArguments()[0]));

        // the definition of an instantiation is the same object as typeof of the open type, with the same members
        Type fromInstance = typeof(Box<int>).GetGenericTypeDefinition();
        Console.WriteLine("GetGenericTypeDefinition: " + (fromInstance == box) + " " + fromInstance.GetMethods().Length + " " + box.GetMethods().Length
            + " " + (fromInstance.GetMethod("Area") == box.GetMethod("Area")));
        Console.WriteLine("instance: " + typeof(Box<int>).GetMethod("Area").ReturnType + " " + typeof(Box<int>).GetField("Items").FieldType);

        try { box.GetMethod("Wrap").Invoke(null, new object[] { 1 }); }
        catch (InvalidOperationException e) { Console.WriteLine("Invoke: " + e.GetType().Name); }
        try { box.GetConstructor(Type.EmptyTypes).Invoke(null); }
        catch (Exception e) { Console.WriteLine("constructor Invoke: " + e.GetType().Name); }
        try { box.GetField("Count").GetValue(null); }
        catch (InvalidOperationException e) { Console.WriteLine("GetValue: " + e.GetType().Name); }
        Console.WriteLine("literal: " + box.GetField("Limit").GetRawConstantValue());
        try { Activator.CreateInstance(box); }
        catch (ArgumentException e) { Console.WriteLine("CreateInstance: " + e.GetType().Name); }
    }
}
