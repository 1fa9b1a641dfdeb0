// Self-checking: covariance and contravariance of generic interfaces and delegates; array covariance.
using System;
using System.Collections.Generic;

class Animal { public virtual string Sound() { return "..."; } }
class Dog : Animal { public override string Sound() { return "woof"; } }
class Cat : Animal { public override string Sound() { return "meow"; } }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }
interface IInvariant<T> { T Get(); }

class DogFactory : IProducer<Dog>, IInvariant<Dog> { public Dog Produce() { return new Dog(); } public Dog Get() { return new Dog(); } }
class AnimalPrinter : IConsumer<Animal> { public string Consume(Animal a) { return "animal:" + a.Sound(); } }

class GenericVarianceChecks
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static string AllSounds(IEnumerable<Animal> animals)
    {
        string s = "";
        foreach (Animal a in animals) s += a.Sound() + " ";
        return s.Trim();
    }

    static int Main()
    {
        IProducer<Dog> dogs = new DogFactory();
        IProducer<Animal> animals = dogs;
        Check("covariant interface", animals.Produce().Sound() == "woof");
        Check("is covariant", (object)dogs is IProducer<Animal>);
        Check("is covariant object", (object)dogs is IProducer<object>);
        Check("not contravariant producer", !((object)new DogFactory() is IProducer<Cat>));

        IConsumer<Animal> printer = new AnimalPrinter();
        IConsumer<Dog> dogPrinter = printer;
        Check("contravariant interface", dogPrinter.Consume(new Dog()) == "animal:woof");
        Check("is contravariant", (object)printer is IConsumer<Cat>);
        Check("not covariant consumer", !((object)printer is IConsumer<object>));

        Check("invariant not assignable", !((object)new DogFactory() is IInvariant<Animal>));
        Check("invariant exact", (object)new DogFactory() is IInvariant<Dog>);

        // IEnumerable<T> is covariant
        List<Dog> dogList = new List<Dog> { new Dog(), new Dog() };
        Check("IEnumerable covariance", AllSounds(dogList) == "woof woof");
        IEnumerable<object> objs = new List<string> { "a" };
        Check("IEnumerable<object> from List<string>", objs is IEnumerable<string>);
        Check("value types are not variant", !((object)new List<int>() is IEnumerable<object>));

        // delegates
        Func<Dog> makeDog = () => new Dog();
        Func<Animal> makeAnimal = makeDog;
        Check("covariant Func", makeAnimal().Sound() == "woof");
        Action<Animal> speak = a => { };
        Action<Cat> speakCat = speak;
        speakCat(new Cat());
        Check("contravariant Action", speakCat is Action<Cat>);
        Func<Animal, string> describe = a => a.Sound();
        Func<Dog, object> narrowed = describe;
        Check("Func in and out", (string)narrowed(new Dog()) == "woof");
        Check("delegate is check", (object)describe is Func<Cat, object>);

        // arrays are covariant for reference types, with store checks
        Dog[] dogArray = { new Dog(), new Dog() };
        Animal[] animalArray = dogArray;
        Check("array covariance read", animalArray[0].Sound() == "woof");
        bool threw = false;
        try { animalArray[1] = new Cat(); }
        catch (ArrayTypeMismatchException) { threw = true; }
        Check("array store check", threw);
        animalArray[1] = new Dog();
        Check("store of right type", animalArray[1] is Dog);
        object[] objArray = new string[] { "x" };
        threw = false;
        try { objArray[0] = 1; } catch (ArrayTypeMismatchException) { threw = true; }
        Check("object[] over string[]", threw);
        objArray[0] = null;
        Check("null store ok", objArray[0] == null);
        Check("array is checks", (object)dogArray is Animal[] && !((object)dogArray is Cat[]) && (object)dogArray is object[]);
        Check("int[] not object[]", !((object)new int[1] is object[]));

        // IComparer<in T> contravariance with Sort
        var byName = new ByLength();
        string[] words = { "ccc", "a", "bb" };
        Array.Sort(words, byName);
        Check("contravariant comparer", string.Join(",", words) == "a,bb,ccc");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class ByLength : IComparer<object>
    {
        public int Compare(object a, object b) { return a.ToString().Length - b.ToString().Length; }
    }
}
