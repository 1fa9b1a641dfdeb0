using System;
using System.Collections.Generic;

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }

class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

class CatFactory : IProducer<Cat> { public Cat Produce() { return new Cat(); } }
class AnimalPrinter : IConsumer<Animal> { public void Consume(Animal a) { Console.WriteLine("consumed " + a.Name); } }

class Variance
{
    static void Main()
    {
        IProducer<Cat> cats = new CatFactory();
        IProducer<Animal> animals = cats;
        Console.WriteLine(animals.Produce().Name);
        IConsumer<Animal> printer = new AnimalPrinter();
        IConsumer<Cat> catPrinter = printer;
        catPrinter.Consume(new Cat());
        object o = new CatFactory();
        Console.WriteLine(o is IProducer<Animal>);
        Console.WriteLine(o is IProducer<object>);
        Console.WriteLine(o is IProducer<string>);
        IEnumerable<string> words = new List<string> { "a", "b" };
        IEnumerable<object> objects = words;
        foreach (object w in objects) Console.WriteLine(w);
        Func<Cat> makeCat = () => new Cat();
        Func<Animal> makeAnimal = makeCat;
        Console.WriteLine(makeAnimal().Name);
    }
}
