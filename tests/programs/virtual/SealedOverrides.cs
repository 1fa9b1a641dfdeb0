using System;

class Animal
{
    public virtual string Kind() { return "animal"; }
    public virtual int Speed() { return 1; }
}
class Mammal : Animal
{
    public sealed override string Kind() { return "mammal"; }
    public override int Speed() { return 10; }
}
sealed class Cheetah : Mammal
{
    public override int Speed() { return base.Speed() * 12; }
    public string Extra() { return "spots"; }
}
class Whale : Mammal
{
    public new string Kind() { return "whale"; }
}

class SealedOverrides
{
    static void Main()
    {
        Animal[] zoo = new Animal[] { new Animal(), new Mammal(), new Cheetah(), new Whale() };
        for (int i = 0; i < zoo.Length; i++) Console.WriteLine(zoo[i].Kind() + " " + zoo[i].Speed());
        Cheetah c = new Cheetah();
        Console.WriteLine(c.Kind() + " " + c.Extra());
        Whale w = new Whale();
        Console.WriteLine(w.Kind() + " " + ((Animal)w).Kind());
    }
}
