// Self-checking: Equals/GetHashCode overrides, ReferenceEquals, == on classes vs strings vs structs,
// IEquatable<T> in collections, EqualityComparer<T>.Default, and custom comparers in Dictionary/HashSet.
using System;
using System.Collections.Generic;

class Person
{
    public readonly string Name;
    public readonly int Age;
    public Person(string name, int age) { Name = name; Age = age; }
    public override bool Equals(object obj) { Person p = obj as Person; return p != null && p.Name == Name && p.Age == Age; }
    public override int GetHashCode() { return Name.Length * 31 + Age; }
}

class Plain { public int V; }

struct Key : IEquatable<Key>
{
    public int A, B;
    public static int EqualsCalls;
    public bool Equals(Key other) { EqualsCalls++; return A == other.A && B == other.B; }
    public override bool Equals(object obj) { return obj is Key && Equals((Key)obj); }
    public override int GetHashCode() { return A * 1000 + B; }
}

class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string x, string y) { return x.ToLower() == y.ToLower(); }
    public int GetHashCode(string s) { return s.ToLower().Length; }
}

class EqualityContracts
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static bool GenericEquals<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }

    static int Main()
    {
        var p1 = new Person("Ann", 30);
        var p2 = new Person("Ann", 30);
        var p3 = new Person("Bob", 30);
        Check("Equals override", p1.Equals(p2) && !p1.Equals(p3) && !p1.Equals(null));
        Check("== is reference", !(p1 == p2) && p1 == p1);
        Check("ReferenceEquals", !ReferenceEquals(p1, p2) && ReferenceEquals(p1, p1));
        Check("object.Equals static", object.Equals(p1, p2) && object.Equals(null, null) && !object.Equals(p1, null));
        Check("hash consistent", p1.GetHashCode() == p2.GetHashCode());

        var a = new Plain { V = 1 };
        var b = new Plain { V = 1 };
        Check("default class equality is identity", !a.Equals(b) && a.Equals(a));

        // strings: == is value equality even for different instances
        string s1 = "hello";
        string s2 = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
        Check("string ==", s1 == s2 && s1.Equals(s2) && !ReferenceEquals(s1, s2));
        object o1 = s1, o2 = s2;
        Check("object == on strings compares references", !(o1 == o2) && o1.Equals(o2));
        Check("literals are interned", ReferenceEquals("hello", s1));

        // structs
        var k1 = new Key { A = 1, B = 2 };
        var k2 = new Key { A = 1, B = 2 };
        Check("struct Equals", k1.Equals(k2) && !k1.Equals(new Key { A = 2, B = 1 }));
        Check("boxed struct Equals", ((object)k1).Equals(k2));
        Key.EqualsCalls = 0;
        Check("generic comparer uses IEquatable", GenericEquals(k1, k2) && Key.EqualsCalls == 1);

        // collections use Equals/GetHashCode
        var people = new Dictionary<Person, string>();
        people[p1] = "first";
        people[p2] = "second";
        Check("dictionary merges equal keys", people.Count == 1 && people[new Person("Ann", 30)] == "second");
        var set = new HashSet<Key> { k1, k2, new Key { A = 9, B = 9 } };
        Check("hashset of structs", set.Count == 2 && set.Contains(new Key { A = 9, B = 9 }));
        var list = new List<Person> { p3, p1 };
        Check("List.Contains/IndexOf use Equals", list.Contains(p2) && list.IndexOf(p2) == 1);
        Check("List.Remove uses Equals", list.Remove(new Person("Bob", 30)) && list.Count == 1);

        // custom comparer
        var ci = new Dictionary<string, int>(new CaseInsensitive());
        ci["Key"] = 1;
        ci["KEY"] = 2;
        Check("custom comparer", ci.Count == 1 && ci["key"] == 2);
        var ciSet = new HashSet<string>(new CaseInsensitive());
        ciSet.Add("a"); ciSet.Add("A"); ciSet.Add("b");
        Check("custom comparer set", ciSet.Count == 2);

        // EqualityComparer<T>.Default on various types
        Check("default comparer ints", GenericEquals(3, 3) && !GenericEquals(3, 4));
        Check("default comparer strings", GenericEquals("x", new string('x', 1)));
        Check("default comparer nulls", GenericEquals<string>(null, null) && !GenericEquals<string>(null, "a"));
        Check("default comparer classes", GenericEquals(p1, p2) && !GenericEquals(a, b));
        Check("default comparer doubles NaN", GenericEquals(double.NaN, double.NaN));
        Check("nullable equality", GenericEquals<int?>(null, null) && GenericEquals<int?>(5, 5) && !GenericEquals<int?>(5, null));

        // Equals symmetry between boxed primitives
        Check("boxed int vs boxed int", ((object)7).Equals(7) && !((object)7).Equals(7L));
        Check("int Equals(object)", 7.Equals((object)7) && !7.Equals((object)"7"));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
