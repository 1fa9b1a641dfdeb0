using System;

class Animal { public virtual string Name() { return "animal"; } }
class Cat : Animal { public override string Name() { return "cat"; } }

class ArrayCovarianceReads
{
    static int CountNonNull(object[] arr) { int n = 0; for (int i = 0; i < arr.Length; i++) if (arr[i] != null) n++; return n; }

    static void Main()
    {
        string[] strs = new string[] { "x", null, "z" };
        object[] objs = strs;
        Console.WriteLine(objs.Length + " " + CountNonNull(objs) + " " + objs[2]);
        Cat[] cats = new Cat[] { new Cat(), new Cat() };
        Animal[] animals = cats;
        Console.WriteLine(animals[1].Name());
        animals[0] = new Cat();
        Console.WriteLine(cats[0].Name());
        try { animals[1] = new Animal(); Console.WriteLine("stored"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("array type mismatch"); }
        object[] o2 = new object[] { 1, "two", new Cat() };
        Console.WriteLine(o2[0] + " " + o2[1] + " " + ((Animal)o2[2]).Name());
        Console.WriteLine((objs is string[]) + " " + (objs is object[]) + " " + ((object)cats is Animal[]));
        string[] back = (string[])objs;
        Console.WriteLine(back[0]);
    }
}
