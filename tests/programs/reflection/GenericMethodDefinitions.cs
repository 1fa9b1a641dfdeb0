// Generic method definitions through reflection: parameters and return values typed by the method's own type
// parameters (T, List<T>, T[], Dictionary<TKey,T>, ref T), methods of generic definitions with parameters of both,
// a method of an instantiation whose constraint named the type's parameter (where U : T in Box<int>), and the same
// Type object for T in GetGenericArguments, parameters and return value.
using System;
using System.Collections.Generic;
using System.Reflection;

public class Tools
{
    public static T First<T>(List<T> items) { return items[0]; }
    public static T[] Repeat<T>(T value, int count) { T[] a = new T[count]; for (int i = 0; i < count; i++) a[i] = value; return a; }
    public static Dictionary<TKey, List<TValue>> Group<TKey, TValue>(TValue[] values, Func<TValue, TKey> key) { return null; }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static bool TryGet<T>(out T value) where T : new() { value = new T(); return true; }
    public static KeyValuePair<int, T>? Maybe<T>(T value) { return null; }
    public IEnumerable<T> Each<T>(IEnumerable<T> source) { return source; }
}

public class Box<T>
{
    public T Item;
    public U Convert<U>(T value, U other) where U : T { return other; }
    public List<KeyValuePair<T, U>> Zip<U>(IList<U> others) { return null; }
}

class Program
{
    static void Show(MethodInfo m)
    {
        Console.WriteLine(m + " (definition " + m.IsGenericMethodDefinition + ", open " + m.ContainsGenericParameters + ")");
        Console.WriteLine("  returns " + m.ReturnType + ", over " + m.ReturnType.ContainsGenericParameters + ", return parameter " + m.ReturnParameter.ParameterType);
        foreach (ParameterInfo p in m.GetParameters())
            Console.WriteLine("  " + p.Name + ": " + p.ParameterType + " (Name " + p.ParameterType.Name + ", by-ref " + p.ParameterType.IsByRef
                + ", generic parameter " + p.ParameterType.IsGenericParameter + ", open " + p.ParameterType.ContainsGenericParameters + ")");
    }

    static void Main()
    {
        foreach (MethodInfo m in typeof(Tools).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)) Show(m);

        MethodInfo first = typeof(Tools).GetMethod("First");
        Type t = first.GetGenericArguments()[0];
        Console.WriteLine("T is T: " + (first.ReturnType == t) + " " + (first.GetParameters()[0].ParameterType.GetGenericArguments()[0] == t)
            + " " + (t.DeclaringMethod == first) + " " + (t.DeclaringType == typeof(Tools)));
        MethodInfo repeat = typeof(Tools).GetMethod("Repeat");
        Console.WriteLine("T[]: " + repeat.ReturnType.IsArray + " " + (repeat.ReturnType.GetElementType() == repeat.GetGenericArguments()[0]));
        MethodInfo swap = typeof(Tools).GetMethod("Swap");
        Console.WriteLine("ref T: " + (swap.GetParameters()[0].ParameterType.GetElementType() == swap.GetGenericArguments()[0]));
        Console.WriteLine("new(): " + typeof(Tools).GetMethod("TryGet").GetGenericArguments()[0].GenericParameterAttributes);

        // a generic method of a generic definition: T is the type's, U the method's
        MethodInfo convert = typeof(Box<>).GetMethod("Convert");
        Show(convert);
        Type u = convert.GetGenericArguments()[0];
        Console.WriteLine("U : T: " + (u.GetGenericParameterConstraints()[0] == typeof(Box<>).GetGenericArguments()[0])
            + " " + (convert.GetParameters()[0].ParameterType == typeof(Box<>).GetGenericArguments()[0]) + " " + (convert.ReturnType == u));
        Show(typeof(Box<>).GetMethod("Zip"));

        // the same method of an instantiation: T is int, U still the method's own, its constraint int
        MethodInfo closed = typeof(Box<int>).GetMethod("Convert");
        Show(closed);
        Show(typeof(Box<string>).GetMethod("Zip"));
    }
}
