using System;

interface IFly { string Fly(); }
interface ISwim { string Swim(); }
class Duck : IFly, ISwim { public string Fly() { return "duck flies"; } public string Swim() { return "duck swims"; } }
class Eagle : IFly { public string Fly() { return "eagle soars"; } }
class Fish : ISwim { public string Swim() { return "fish swims"; } }
class Rock { }

class InterfaceCasting
{
    static void Main()
    {
        object[] things = new object[] { new Duck(), new Eagle(), new Fish(), new Rock(), null };
        for (int i = 0; i < things.Length; i++)
        {
            object t = things[i];
            IFly f = t as IFly;
            ISwim s = t as ISwim;
            string line = i + ":";
            if (f != null) line += " " + f.Fly();
            if (s != null) line += " " + s.Swim();
            if (f == null && s == null) line += " nothing";
            Console.WriteLine(line);
        }
        try
        {
            IFly bad = (IFly)things[2];
            Console.WriteLine(bad.Fly());
        }
        catch (InvalidCastException) { Console.WriteLine("fish cannot fly"); }
        IFly nullFly = (IFly)things[4];
        Console.WriteLine(nullFly == null);
        ISwim duckSwim = (ISwim)(IFly)things[0];
        Console.WriteLine(duckSwim.Swim());
    }
}
