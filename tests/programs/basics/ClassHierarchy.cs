using System;

abstract class Animal
{
    protected string name;
    protected Animal(string name) { this.name = name; }
    public abstract string Sound();
    public virtual string Describe() { return name + " says " + Sound(); }
    public override string ToString() { return "Animal(" + name + ")"; }
}

class Dog : Animal
{
    public Dog(string name) : base(name) { }
    public override string Sound() { return "woof"; }
}

class Puppy : Dog
{
    public Puppy(string name) : base(name) { }
    public override string Sound() { return "yip"; }
    public override string Describe() { return "little " + base.Describe(); }
}

class Cat : Animal
{
    public Cat(string name) : base(name) { }
    public override string Sound() { return "meow"; }
    public new string ToString() { return "hidden"; }
}

class ClassHierarchy
{
    static void Main()
    {
        Animal[] zoo = { new Dog("Rex"), new Puppy("Bit"), new Cat("Tom") };
        for (int i = 0; i < zoo.Length; i++)
        {
            Console.WriteLine(zoo[i].Describe());
            Console.WriteLine(zoo[i].ToString());
            object o = zoo[i];
            Console.WriteLine(o.ToString());
        }
        Cat c = new Cat("Kit");
        Console.WriteLine(c.ToString());
        Console.WriteLine(((object)c).ToString());
        Console.WriteLine(zoo[1] is Dog);
        Console.WriteLine(zoo[2] is Dog);
        Dog d = zoo[1] as Dog;
        Console.WriteLine(d != null ? d.Sound() : "null");
    }
}
