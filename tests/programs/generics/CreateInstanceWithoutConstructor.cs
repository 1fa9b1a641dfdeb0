// Activator.CreateInstance<T>() compiles for every T; types that cannot be created throw MissingMethodException
// when the call runs (not when the program is compiled).
using System;

abstract class Shape { }

class Circle : Shape { public override string ToString() { return "circle"; } }

class NeedsArgument
{
    public NeedsArgument(int x) { }
}

struct Point { public int X; public override string ToString() { return "point " + X; } }

class CreateInstanceWithoutConstructor
{
    static string Make<T>(bool really)
    {
        if (!really) return "skipped " + typeof(T).Name;
        try
        {
            T value = Activator.CreateInstance<T>();
            return value == null ? "null" : value.ToString();
        }
        catch (MissingMethodException e)
        {
            return e.GetType().Name + " for " + typeof(T).Name;
        }
    }

    static void Main()
    {
        Console.WriteLine(Make<Circle>(true));
        Console.WriteLine(Make<Point>(true));
        Console.WriteLine(Make<int>(true));
        Console.WriteLine(Make<string>(false));
        Console.WriteLine(Make<string>(true));
        Console.WriteLine(Make<NeedsArgument>(true));
        Console.WriteLine(Make<Shape>(true));
        Console.WriteLine(Make<IDisposable>(true));
    }
}
