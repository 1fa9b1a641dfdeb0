// expect-stdout-file: GenericMethods.out
// Invoke of an open generic method: Mono throws ArgumentException, .NET InvalidOperationException (ContainsGenericParameters).
using System;
using System.Collections.Generic;
using System.Reflection;

// Generic methods through reflection: definitions are listed (IsGenericMethodDefinition, GetGenericArguments),
// MakeGenericMethod gives the instantiations the program compiled — its own calls, or those the compiler saw
// MakeGenericMethod make with constant types — which Invoke runs; any other throws NotSupportedException.
class Converter
{
    public static string Describe<T>(T value) { return typeof(T).Name + ":" + value; }
    public static T Pick<T>(T a, T b, bool first) { return first ? a : b; }
    public static KeyValuePair<TKey, TValue> Pair<TKey, TValue>(TKey key, TValue value) { return new KeyValuePair<TKey, TValue>(key, value); }
    public string Tag<T>(T value) { return "tag " + typeof(T).Name + " " + value; }
    public static int Plain(int x) { return x + 1; }
}

class Program
{
    static void Main()
    {
        Type c = typeof(Converter);
        MethodInfo describe = c.GetMethod("Describe");
        Console.WriteLine(describe.Name + " " + describe.IsGenericMethod + " " + describe.IsGenericMethodDefinition + " " + describe.ContainsGenericParameters);
        Type[] parameters = describe.GetGenericArguments();
        Console.WriteLine(parameters.Length + " " + parameters[0].Name + " " + parameters[0].IsGenericParameter + " " + parameters[0].GenericParameterPosition
            + " " + (parameters[0].FullName == null) + " " + (parameters[0].DeclaringMethod == describe));
        MethodInfo plain = c.GetMethod("Plain");
        Console.WriteLine(plain.IsGenericMethod + " " + plain.IsGenericMethodDefinition + " " + plain.GetGenericArguments().Length);

        // constant arguments: the compiler compiles these instantiations for MakeGenericMethod
        MethodInfo ofInt = describe.MakeGenericMethod(typeof(int));
        Console.WriteLine(ofInt.IsGenericMethod + " " + ofInt.IsGenericMethodDefinition + " " + ofInt.ContainsGenericParameters + " " + ofInt.GetGenericArguments()[0]);
        Console.WriteLine(ofInt.Invoke(null, new object[] { 42 }));
        Console.WriteLine(ofInt + " | " + (ofInt.GetGenericMethodDefinition() == describe) + " " + (describe.MakeGenericMethod(typeof(int)) == ofInt));
        Console.WriteLine(typeof(Converter).GetMethod("Describe").MakeGenericMethod(typeof(string)).Invoke(null, new object[] { "text" }));
        MethodInfo pick = typeof(Converter).GetMethod("Pick").MakeGenericMethod(typeof(double));
        Console.WriteLine(pick.Invoke(null, new object[] { 1.5, 2.5, false }) + " " + pick.ReturnType.Name);
        MethodInfo pair = typeof(Converter).GetMethod("Pair").MakeGenericMethod(typeof(string), typeof(long));
        Console.WriteLine(pair.Invoke(null, new object[] { "k", 7L }) + " " + pair.GetGenericArguments().Length);
        MethodInfo tag = typeof(Converter).GetMethod("Tag").MakeGenericMethod(typeof(char));
        Console.WriteLine(tag.Invoke(new Converter(), new object[] { 'z' }));

        // an instantiation the program calls itself
        Console.WriteLine(Converter.Describe(2.5));
        Console.WriteLine(describe.MakeGenericMethod(typeof(double)).Invoke(null, new object[] { 0.25 }));

        try { describe.Invoke(null, new object[] { 1 }); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { plain.MakeGenericMethod(typeof(int)); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { describe.MakeGenericMethod(typeof(int), typeof(int)); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { plain.GetGenericMethodDefinition(); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        int generic = 0;
        foreach (MethodInfo m in c.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            if (m.IsGenericMethodDefinition) generic++;
        Console.WriteLine("generic definitions: " + generic);
    }
}
