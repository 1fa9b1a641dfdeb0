// expect-stdout-file: JaggedArrayCovariance.out
// Array covariance nests: Dog[][] is an Animal[][] and an object[] because Dog[] is an Animal[] (ECMA-335
// I.8.7.1; .NET agrees, Mono 6.8 answers false for the nested case, hence the expected-output file).
using System;
using System.Collections.Generic;

class Animal { public virtual string Name { get { return "animal"; } } }
class Dog : Animal { public override string Name { get { return "dog"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

class JaggedArrayCovariance
{
    static void Main()
    {
        Dog[][] kennels = { new Dog[] { new Dog() }, new Dog[] { new Dog(), new Dog() } };
        object o = kennels;
        Console.WriteLine("Dog[][] is Animal[][]: " + (o is Animal[][]));
        Console.WriteLine("Dog[][] is object[][]: " + (o is object[][]));
        Console.WriteLine("Dog[][] is object[]: " + (o is object[]));
        Console.WriteLine("Dog[][] is Cat[][]: " + (o is Cat[][]));
        Console.WriteLine("Dog[][] is Animal[]: " + (o is Animal[]));
        Console.WriteLine("int[][] is object[]: " + ((object)new int[1][] is object[]));
        Console.WriteLine("int[][] is object[][]: " + ((object)new int[1][] is object[][]));
        Console.WriteLine("Dog[][] is IEnumerable<Animal[]>: " + (o is IEnumerable<Animal[]>));

        Animal[][] zoo = kennels;
        Console.WriteLine("read through covariant view: " + zoo[1][0].Name + " x" + zoo[1].Length);
        try
        {
            zoo[0] = new Cat[] { new Cat() };
            Console.WriteLine("stored a Cat[] into a Dog[][]");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("storing a Cat[] into a Dog[][] throws ArrayTypeMismatchException");
        }
        zoo[0] = new Dog[0];
        Console.WriteLine("storing a Dog[] works: " + kennels[0].Length);
        try
        {
            zoo[1][0] = new Cat();
            Console.WriteLine("stored a Cat into a Dog[]");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("storing a Cat into the inner Dog[] throws ArrayTypeMismatchException");
        }
        object[] flat = kennels;
        try
        {
            flat[0] = "not an array";
            Console.WriteLine("stored a string");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("storing a string into Dog[][] viewed as object[] throws");
        }
        Animal[][] cast = (Animal[][])o;
        Console.WriteLine("explicit cast keeps identity: " + ReferenceEquals(cast, kennels));
    }
}
