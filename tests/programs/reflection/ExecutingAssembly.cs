using System;
using System.Reflection;

// Assembly.GetExecutingAssembly() names the assembly of the method that calls it (the compiler expands the call),
// wherever the call is: a lambda, a generic method, a nested type, an iterator.
class Program
{
    class Nested { public static Assembly Where() { return Assembly.GetExecutingAssembly(); } }

    static Assembly InGeneric<T>() { return Assembly.GetExecutingAssembly(); }

    static System.Collections.Generic.IEnumerable<Assembly> Iterate() { yield return Assembly.GetExecutingAssembly(); }

    static void Main()
    {
        Assembly executing = Assembly.GetExecutingAssembly();
        Console.WriteLine(executing.GetName().Name == typeof(Program).Assembly.GetName().Name);
        Console.WriteLine(executing == typeof(Program).Assembly);
        Console.WriteLine(executing == Assembly.GetEntryAssembly());
        Func<Assembly> lambda = () => Assembly.GetExecutingAssembly();
        Console.WriteLine(lambda() == executing);
        Console.WriteLine(Nested.Where() == executing);
        Console.WriteLine(InGeneric<int>() == executing && InGeneric<string>() == executing);
        foreach (Assembly a in Iterate()) Console.WriteLine(a == executing);
        Console.WriteLine(executing.GetType("Program+Nested") == typeof(Nested));
        Console.WriteLine(executing != typeof(object).Assembly);
    }
}
