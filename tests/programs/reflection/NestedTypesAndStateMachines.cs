// Type.GetNestedTypes/GetNestedType (public, non-public, by name) and the
// StateMachineType that [AsyncStateMachine]/[IteratorStateMachine] record, read through GetCustomAttribute and
// through their common base StateMachineAttribute (mono's mcs test test-async-35 reads them this way).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Outer
{
    public class PublicInner { public int Value = 1; }
    class PrivateInner { }
    internal class InternalInner { public class Deeper { } }
    public struct InnerStruct { public int X; }

    public static async Task<int> Compute(int x)
    {
        await Task.Yield();
        return x * 2;
    }

    public static IEnumerable<int> Count(int n)
    {
        for (int i = 0; i < n; i++) yield return i;
    }

    public static int Plain() { return 3; }
}

static class Program
{
    // in the order GetNestedTypes returns them: declaration order, as .NET and Mono list them
    static string Names(Type[] types)
    {
        return string.Join(", ", types.Select(t => t.Name));
    }

    static void Main()
    {
        Console.WriteLine("public: " + Names(typeof(Outer).GetNestedTypes()));
        Console.WriteLine("non-public: " + Names(typeof(Outer).GetNestedTypes(BindingFlags.NonPublic)));
        Console.WriteLine("all: " + Names(typeof(Outer).GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)));
        Type inner = typeof(Outer).GetNestedType("PublicInner");
        Console.WriteLine("by name: " + (inner == typeof(Outer.PublicInner)) + " " + inner.FullName);
        Console.WriteLine("private by public lookup: " + (typeof(Outer).GetNestedType("PrivateInner") == null));
        Console.WriteLine("private by name: " + typeof(Outer).GetNestedType("PrivateInner", BindingFlags.NonPublic).FullName);
        Console.WriteLine("missing: " + (typeof(Outer).GetNestedType("Nope", BindingFlags.Public | BindingFlags.NonPublic) == null));
        Console.WriteLine("leaf: " + typeof(Outer.PublicInner).GetNestedTypes().Length);

        MethodInfo compute = typeof(Outer).GetMethod("Compute");
        var async = compute.GetCustomAttribute<AsyncStateMachineAttribute>();
        Console.WriteLine("async state machine: " + (async != null) + " " + async.StateMachineType.Name
            + " nested in Outer: " + async.StateMachineType.FullName.StartsWith("Outer+"));
        // through the base type, as a debugger looks for any state machine
        var any = (StateMachineAttribute)compute.GetCustomAttributes(typeof(StateMachineAttribute), false)[0];
        Console.WriteLine("as StateMachineAttribute: " + (any is AsyncStateMachineAttribute) + " " + (any.StateMachineType == async.StateMachineType));
        var iterator = new IteratorStateMachineAttribute(typeof(Outer.PublicInner));
        Console.WriteLine("iterator attribute: " + iterator.StateMachineType.Name);
        Console.WriteLine("plain: " + (typeof(Outer).GetMethod("Plain").GetCustomAttribute<StateMachineAttribute>() == null));
        Console.WriteLine("compiler-generated nested: " + typeof(Outer).GetNestedTypes(BindingFlags.NonPublic)
            .Count(t => t == async.StateMachineType));
        Console.WriteLine(Outer.Compute(21).Result + " " + Outer.Count(3).Sum());
    }
}
