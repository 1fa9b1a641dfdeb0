// Self-checking: each closed generic type has its own static fields and static constructor run.
using System;
using System.Text;

static class Log
{
    public static StringBuilder Text = new StringBuilder();
}

class Registry<T>
{
    public static int Count;
    public static string Name;
    public static readonly int Token;

    static Registry()
    {
        Log.Text.Append("[cctor " + typeof(T).Name + "]");
        Token = ++Registry.Created;
    }

    public static void Add() { Count++; }
}

static class Registry
{
    public static int Created;
}

class Outer<T>
{
    public class Inner<U>
    {
        public static int Hits;
    }
}

class Base<T>
{
    public static int Shared;
}

class DerivedA : Base<int> { }
class DerivedB : Base<int> { }
class DerivedC : Base<string> { }

class GenericStatics
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static int CountOf<T>() { return Registry<T>.Count; }
    static void AddMany<T>(int n) { for (int i = 0; i < n; i++) Registry<T>.Add(); }

    static int Main()
    {
        Registry<int>.Add();
        Registry<int>.Add();
        Registry<string>.Add();
        AddMany<double>(5);
        AddMany<int>(1);
        Check("int count", Registry<int>.Count == 3);
        Check("string count", Registry<string>.Count == 1);
        Check("double count", CountOf<double>() == 5);
        Check("untouched type", CountOf<char>() == 0);
        Check("object vs string separate", CountOf<object>() == 0);

        Registry<int>.Name = "ints";
        Registry<string>.Name = "strings";
        Check("names separate", Registry<int>.Name == "ints" && Registry<string>.Name == "strings" && Registry<long>.Name == null);

        // each instantiation ran its own static constructor exactly once, in first-use order
        Check("cctor log", Log.Text.ToString() == "[cctor Int32][cctor String][cctor Double][cctor Char][cctor Object][cctor Int64]");
        Check("tokens distinct", Registry<int>.Token == 1 && Registry<string>.Token == 2 && Registry<double>.Token == 3);
        Check("created count", Registry.Created == 6);

        // nested generic types: one static per (T, U) pair
        Outer<int>.Inner<int>.Hits++;
        Outer<int>.Inner<string>.Hits += 2;
        Outer<string>.Inner<int>.Hits += 3;
        Check("nested statics", Outer<int>.Inner<int>.Hits == 1 && Outer<int>.Inner<string>.Hits == 2 && Outer<string>.Inner<int>.Hits == 3);
        Check("nested untouched", Outer<string>.Inner<string>.Hits == 0);

        // statics belong to the generic base instantiation, shared by its subclasses
        DerivedA.Shared = 10;
        DerivedB.Shared += 5;
        DerivedC.Shared = 1;
        Check("shared through Base<int>", Base<int>.Shared == 15);
        Check("Base<string> separate", Base<string>.Shared == 1);

        // generic struct statics
        Counter<byte>.Next();
        Counter<byte>.Next();
        Counter<sbyte>.Next();
        Check("struct statics", Counter<byte>.Value == 2 && Counter<sbyte>.Value == 1);

        // instantiation over reference types shares code but not statics
        Cache<string>.Put("a");
        Cache<object>.Put(1);
        Cache<object>.Put(2);
        Check("cache string", Cache<string>.Items.Length == 1 && (string)Cache<string>.Items[0] == "a");
        Check("cache object", Cache<object>.Items.Length == 2);
        Check("typeof differs", typeof(Cache<string>) != typeof(Cache<object>));
        Check("typeof same", typeof(Cache<string>) == new Cache<string>().GetType());

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    struct Counter<T>
    {
        public static int Value;
        public static void Next() { Value++; }
    }

    class Cache<T>
    {
        public static T[] Items = new T[0];
        public static void Put(T item)
        {
            T[] grown = new T[Items.Length + 1];
            Array.Copy(Items, grown, Items.Length);
            grown[Items.Length] = item;
            Items = grown;
        }
    }
}
