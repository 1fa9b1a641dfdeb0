using System;

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }

class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

class CatShelter : IProducer<Cat> { int n; public Cat Produce() { n++; return new Cat(); } }
class AnimalVet : IConsumer<Animal> { public string Consume(Animal a) { return "treated " + a.Name; } }

class VariantInterfaces
{
    static void Main()
    {
        IProducer<Cat> cats = new CatShelter();
        IProducer<Animal> animals = cats;
        Console.WriteLine(animals.Produce().Name);
        IConsumer<Animal> vet = new AnimalVet();
        IConsumer<Cat> catVet = vet;
        Console.WriteLine(catVet.Consume(new Cat()));
        object o = cats;
        Console.WriteLine((o is IProducer<Animal>) + " " + (o is IProducer<object>) + " " + (o is IProducer<string>));
        object v = vet;
        Console.WriteLine((v is IConsumer<Cat>) + " " + (v is IConsumer<object>));
    }
}
