using System;

namespace Shapes
{
    class Shape { }
    class Circle : Shape { public class Inner { } }
    struct Point { public int X; }
}

class GetTypeAndTypeof
{
    static void Main()
    {
        object[] things = { 1, "two", 'c', 4L, true, new Shapes.Circle(), new Shapes.Point(), new Shapes.Circle.Inner() };
        foreach (object o in things)
        {
            Type t = o.GetType();
            Console.WriteLine(t.FullName + " | " + t.Name + " | " + t);
        }
        Console.WriteLine(typeof(int) == 5.GetType());
        Console.WriteLine(typeof(string) == typeof(object));
        Console.WriteLine(typeof(Shapes.Shape).Namespace);
        Shapes.Shape s = new Shapes.Circle();
        Console.WriteLine(s.GetType() == typeof(Shapes.Circle));
        Console.WriteLine(s.GetType() == typeof(Shapes.Shape));
        Console.WriteLine(s.ToString());
        Console.WriteLine(new Shapes.Circle.Inner().ToString());
    }
}
