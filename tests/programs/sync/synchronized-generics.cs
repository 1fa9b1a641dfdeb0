// expect-stdout-file: synchronized-generics.out
// Mono's synchronized wrapper of a static method of Box<int> (unshared code) locks typeof(Box<>), the generic
// definition; .NET locks the exact type's object (the JIT's fgGetCritSectOfStaticMethod: getMethodSync of the exact
// class, or the class handle from the generic context in shared code), as Kiln does.
using System;
using System.Threading;
using System.Runtime.CompilerServices;

// Synchronized methods of generic types and generic methods: a static method of Box<T> locks typeof(Box<T>) — one
// lock per instantiation —, an instance method locks `this`, a generic method the same as any other.

class Box<T>
{
    public static int Count;
    T last;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static void Bump()
    {
        int c = Count;
        if ((c & 31) == 0) Thread.Yield();
        Count = c + 1;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static string Locks()
    {
        return "Box<" + typeof(T).Name + ">: own type " + Monitor.IsEntered(typeof(Box<T>)) + ", Box<object> "
            + Monitor.IsEntered(typeof(Box<object>)) + ", Box<int> " + Monitor.IsEntered(typeof(Box<int>));
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public T Swap(T value)
    {
        T old = last;
        last = value;
        return old;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public U Convert<U>(Func<T, U> f) { return Monitor.IsEntered(this) ? f(last) : default(U); }
}

static class Util
{
    public static int Calls;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static T Count<T>(T value)
    {
        int c = Calls;
        if ((c & 15) == 0) Thread.Yield();
        Calls = c + 1;
        return value;
    }
}

class Program
{
    static int Main()
    {
        var threads = new Thread[4];
        for (int i = 0; i < 4; i++)
        {
            threads[i] = new Thread(() =>
            {
                for (int k = 0; k < 20000; k++)
                {
                    Box<int>.Bump();
                    Box<string>.Bump();
                    Util.Count(k);
                    Util.Count("s");
                }
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine("Box<int>.Count " + Box<int>.Count + ", Box<string>.Count " + Box<string>.Count
            + ", Util.Calls " + Util.Calls);
        Console.WriteLine(Box<int>.Locks());
        Console.WriteLine(Box<object>.Locks());

        var box = new Box<string>();
        box.Swap("first");
        Console.WriteLine("swap returned " + box.Swap("second") + "; convert under the lock: "
            + box.Convert(s => s.Length));
        Console.WriteLine("held after: " + Monitor.IsEntered(box));
        return 0;
    }
}
