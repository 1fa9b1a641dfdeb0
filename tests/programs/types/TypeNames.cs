// Type.Name, Type.Namespace and GetType() for generic instantiations, nested types, arrays, nullable types,
// enums and delegates; typeof identity across instantiations.
using System;
using System.Collections.Generic;

namespace Shop
{
    class Outer
    {
        public class Box<T> { public class Pair<U> { } }
        public class Inner { }
        public enum Mode { On, Off }
        public delegate int Handler(string s);
    }
    class Table<K, V> { }
    struct Cell { }
}

class TypeNames
{
    static string Describe(Type t) { return t.Name + " | " + (t.Namespace ?? "(no namespace)"); }
    static Type Of<T>() { return typeof(T); }

    static void Main()
    {
        Type[] types = {
            typeof(Shop.Outer.Box<int>.Pair<string>), typeof(List<int>), typeof(List<int>[]), typeof(Dictionary<string, List<int>>),
            typeof(int[]), typeof(int[,]), typeof(byte[][]), typeof(Shop.Outer.Inner), typeof(Shop.Table<int, Shop.Outer>),
            typeof(string), typeof(KeyValuePair<int, int>[][]), typeof(TypeNames), typeof(int?), typeof(Shop.Outer.Mode),
            typeof(Shop.Outer.Handler), typeof(Func<int, string>), typeof(Shop.Cell), typeof(Shop.Cell[]), typeof(object) };
        foreach (Type t in types) Console.WriteLine(Describe(t));

        Console.WriteLine(Describe(new List<string>().GetType()) + " / " + Describe(new Shop.Table<Shop.Cell, int[]>().GetType()));
        Console.WriteLine(Describe(Shop.Outer.Mode.Off.GetType()) + " / " + Describe(((object)(int?)5).GetType()));
        Console.WriteLine(Describe(new Shop.Outer.Handler(s => s.Length).GetType()) + " / " + Describe(Of<Shop.Outer.Box<long>>()));
        Console.WriteLine((typeof(List<int>) == new List<int>().GetType()) + " " + (typeof(List<int>) == typeof(List<long>)) + " " + (Of<int[]>() == typeof(int[])));
        Console.WriteLine(typeof(Shop.Outer.Inner).FullName + " " + typeof(Shop.Outer).FullName + " " + typeof(int[]).FullName);
    }
}
