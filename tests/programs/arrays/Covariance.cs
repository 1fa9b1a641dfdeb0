using System;

class Animal { public virtual string Name() { return "animal"; } }
class Dog : Animal { public override string Name() { return "dog"; } }
interface IThing { }
class Thing : IThing { }

class Covariance
{
    static void Main()
    {
        object[] objects = new string[2];
        objects[0] = "fine";
        try
        {
            objects[1] = 42;
            Console.WriteLine("stored an int in a string[]");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("mismatch");
        }
        Animal[] animals = new Dog[1];
        try
        {
            animals[0] = new Animal();
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("animal into dog[] refused");
        }
        animals[0] = new Dog();
        Console.WriteLine(animals[0].Name());
        object o = new string[] { "a", "b" };
        Console.WriteLine(o is object[]);
        Console.WriteLine(o is string[]);
        Console.WriteLine(o is int[]);
        object things = new Thing[1];
        Console.WriteLine(things is IThing[]);
        Console.WriteLine(things is Animal[]);
        string[] back = (string[])o;
        Console.WriteLine(back[1]);
        try
        {
            int[] wrong = (int[])o;
            Console.WriteLine(wrong.Length);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("int[] cast refused");
        }
        object[][] jagged = new string[2][];
        Console.WriteLine(jagged is string[][]);
        objects[1] = null;
        Console.WriteLine(objects[1] == null);
    }
}
