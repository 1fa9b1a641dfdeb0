// Self-checking: is, as and casts over class hierarchies, interfaces, boxed values, arrays and null.
using System;
using System.Collections.Generic;

interface IAnimal { string Name { get; } }
interface IPet : IAnimal { }
class Animal : IAnimal { public virtual string Name { get { return "animal"; } } }
class Dog : Animal, IPet { public override string Name { get { return "dog"; } } }
class Puppy : Dog { public override string Name { get { return "puppy"; } } }
sealed class Rock { }
struct Coin : IComparable<Coin> { public int V; public int CompareTo(Coin o) { return V - o.V; } }

class TypeTests
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static string Describe(object o)
    {
        if (o == null) return "null";
        if (o is Puppy) return "puppy";
        if (o is Dog) return "dog";
        if (o is IAnimal) return "animal";
        if (o is int) return "int";
        if (o is string) return "string";
        if (o is Array) return "array";
        if (o is ValueType) return "value";
        return "object";
    }

    static bool IsT<T>(object o) { return o is T; }
    static T AsT<T>(object o) where T : class { return o as T; }

    static int Main()
    {
        object[] things = { new Puppy(), new Dog(), new Animal(), 5, "s", new int[1], new Coin(), new Rock(), null, 2.0 };
        string got = "";
        foreach (object o in things) got += Describe(o) + ",";
        Check("describe " + got, got == "puppy,dog,animal,int,string,array,value,object,null,value,");

        Animal a = new Puppy();
        Check("is base", a is Animal);
        Check("is derived", a is Dog && a is Puppy);
        Check("is interface", a is IPet && a is IAnimal);
        Check("as success", (a as Dog) != null && (a as Dog).Name == "puppy");
        Check("as fail", (new Animal() as Dog) == null);
        Check("as interface fail", (new Animal() as IPet) == null);
        Check("null is nothing", !((object)null is object));
        Check("null as gives null", ((object)null as string) == null);

        bool threw = false;
        try { Dog d = (Dog)new Animal(); Check("unreached " + d, false); } catch (InvalidCastException) { threw = true; }
        Check("downcast fails", threw);
        threw = false;
        try { IPet ip = (IPet)(object)new Rock(); Check("unreached " + ip, false); } catch (InvalidCastException) { threw = true; }
        Check("interface cast fails", threw);
        Dog nullDog = (Dog)(object)null;
        Check("cast null succeeds", nullDog == null);
        threw = false;
        try { string s = (string)(object)5; Check("unreached " + s, false); } catch (InvalidCastException) { threw = true; }
        Check("boxed int to string fails", threw);

        // boxed value types
        object coin = new Coin { V = 3 };
        Check("boxed struct is interface", coin is IComparable<Coin>);
        Check("boxed struct not other", !(coin is IComparable<int>));
        Check("boxed int is IComparable", (object)5 is IComparable && (object)5 is IComparable<int>);
        Check("boxed int is not long", !((object)5 is long));
        Check("boxed double is ValueType", (object)1.0 is ValueType);

        // arrays
        object dogs = new Dog[2];
        Check("Dog[] is Animal[]", dogs is Animal[]);
        Check("Dog[] is IAnimal[]", dogs is IAnimal[]);
        Check("Dog[] is object[]", dogs is object[]);
        Check("Dog[] not Puppy[]", !(dogs is Puppy[]));
        Check("Dog[] is Array", dogs is Array);
        Check("int[] not object[]", !((object)new int[0] is object[]));
        Check("int[] not uint[] via is", !((object)new int[0] is long[]));
        Check("Dog[] is IEnumerable<Animal>", dogs is IEnumerable<Animal>);
        Check("int[] is IList<int>", (object)new int[0] is IList<int>);
        Check("string[] is IEnumerable<object>", (object)new string[0] is IEnumerable<object>);

        // generics
        Check("IsT<Dog>", IsT<Dog>(new Puppy()) && !IsT<Puppy>(new Dog()));
        Check("IsT<int>", IsT<int>(3) && !IsT<int>(3L));
        Check("IsT<IAnimal>", IsT<IAnimal>(new Dog()));
        Check("AsT", AsT<Dog>(new Puppy()) != null && AsT<string>(new Dog()) == null);
        Check("List<Dog> not List<Animal>", !((object)new List<Dog>() is List<Animal>));

        // delegates and strings
        object f = (Func<int>)(() => 1);
        Check("delegate is Delegate", f is Delegate && f is MulticastDelegate && f is Func<int>);
        Check("string is IEnumerable<char>", (object)"x" is IEnumerable<char>);
        Check("string is IComparable", (object)"x" is IComparable);

        // GetType is exact
        Check("GetType exact", a.GetType() == typeof(Puppy) && a.GetType() != typeof(Dog));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
