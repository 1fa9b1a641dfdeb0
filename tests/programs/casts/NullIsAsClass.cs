using System;

class Animal { }
class Dog : Animal { }
sealed class Leaf { }

class NullIsAsClass
{
    static object MakeNull() { return null; }

    static void Main()
    {
        object o = MakeNull();
        Console.WriteLine("begin");
        Console.WriteLine(o is Animal);
        Console.WriteLine(o is Dog);
        Console.WriteLine(o is Leaf);
        Console.WriteLine(o is string);
        Console.WriteLine((o as Animal) == null);
        Console.WriteLine((o as Leaf) == null);
        Console.WriteLine((o as string) == null);
        Animal a = (Animal)o;
        Console.WriteLine(a == null);
        Dog d = (Dog)o;
        Console.WriteLine(d == null);
        object[] arr = new object[] { new Dog(), null, new Animal(), "s", new Leaf() };
        int dogs = 0, animals = 0, leaves = 0, strings = 0;
        for (int i = 0; i < arr.Length; i++)
        {
            if (arr[i] is Dog) dogs++;
            if (arr[i] is Animal) animals++;
            if (arr[i] is Leaf) leaves++;
            if (arr[i] is string) strings++;
        }
        Console.WriteLine(dogs + " " + animals + " " + leaves + " " + strings);
    }
}
