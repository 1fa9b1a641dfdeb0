// Generic parameters as Type objects: name, position, declaring type and method, GenericParameterAttributes
// (variance, special constraints), GetGenericParameterConstraints (classes, interfaces over the parameter itself,
// other parameters), BaseType, FullName null, ToString.
using System;
using System.Collections.Generic;
using System.Reflection;

public interface IProducer<out T> { T Make(); }
public interface IConsumer<in T> { void Take(T item); }
public class Animal { }
public class Shelter<TAnimal, TKey, TValue, TNew, TDerived>
    where TAnimal : Animal, IComparable<TAnimal>
    where TKey : struct
    where TValue : class, IDisposable
    where TNew : new()
    where TDerived : TAnimal
{
}

public class Sorter
{
    public static void Sort<T, TComparer>(List<T> items, TComparer comparer) where TComparer : IComparer<T> { }
    public static TOut Convert<TIn, TOut>(TIn value) where TIn : TOut { return value; }
}

class Program
{
    static string Name(Type t) { return t == null ? "null" : t.ToString(); }

    static void Show(Type p)
    {
        Console.WriteLine(p + ": position " + p.GenericParameterPosition + ", generic parameter " + p.IsGenericParameter
            + ", full name null " + (p.FullName == null) + ", namespace " + (p.Namespace ?? "null")
            + ", declaring type " + Name(p.DeclaringType) + ", declaring method " + (p.DeclaringMethod == null ? "null" : p.DeclaringMethod.Name)
            + ", attributes " + p.GenericParameterAttributes + ", value type " + p.IsValueType + ", class " + p.IsClass);
        Type[] constraints = p.GetGenericParameterConstraints();
        List<string> names = new List<string>();
        foreach (Type c in constraints) names.Add(c + (c.IsGenericParameter ? " (parameter " + c.GenericParameterPosition + ")" : ""));
        Console.WriteLine("  constraints [" + string.Join(", ", names.ToArray()) + "], base " + Name(p.BaseType)
            + ", contains generic parameters " + p.ContainsGenericParameters + ", nested " + p.IsNested);
    }

    static void Main()
    {
        foreach (Type p in typeof(Shelter<,,,,>).GetGenericArguments()) Show(p);
        Show(typeof(IProducer<>).GetGenericArguments()[0]);
        Show(typeof(IConsumer<>).GetGenericArguments()[0]);
        Show(typeof(Dictionary<,>).GetGenericArguments()[0]);
        Show(typeof(Nullable<>).GetGenericArguments()[0]);

        Type animal = typeof(Shelter<,,,,>).GetGenericArguments()[0];
        Type comparable = animal.GetGenericParameterConstraints()[1];
        Console.WriteLine("IComparable<TAnimal> over itself: " + (comparable.GetGenericArguments()[0] == animal) + " " + comparable.IsInterface);
        Type derived = typeof(Shelter<,,,,>).GetGenericArguments()[4];
        Console.WriteLine("TDerived : TAnimal: " + (derived.GetGenericParameterConstraints()[0] == animal));

        foreach (MethodInfo m in new MethodInfo[] { typeof(Sorter).GetMethod("Sort"), typeof(Sorter).GetMethod("Convert") })
        {
            Console.WriteLine(m);
            foreach (Type p in m.GetGenericArguments()) Show(p);
        }
        Type[] sort = typeof(Sorter).GetMethod("Sort").GetGenericArguments();
        Console.WriteLine("IComparer<T>: " + (sort[1].GetGenericParameterConstraints()[0].GetGenericArguments()[0] == sort[0]));
        Console.WriteLine("same objects: " + (typeof(Sorter).GetMethod("Sort").GetGenericArguments()[0] == sort[0])
            + " " + (typeof(Shelter<,,,,>).GetGenericArguments()[2] == typeof(Shelter<,,,,>).GetGenericArguments()[2]));

        try { Console.WriteLine(typeof(int).GenericParameterPosition); }
        catch (InvalidOperationException) { Console.WriteLine("GenericParameterPosition of Int32: InvalidOperationException"); }
        try { Console.WriteLine(typeof(int).GetGenericParameterConstraints().Length); }
        catch (InvalidOperationException) { Console.WriteLine("GetGenericParameterConstraints of Int32: InvalidOperationException"); }
        Console.WriteLine("Int32 is a generic parameter: " + typeof(int).IsGenericParameter + ", List<int> contains: " + typeof(List<int>).ContainsGenericParameters);
    }
}
