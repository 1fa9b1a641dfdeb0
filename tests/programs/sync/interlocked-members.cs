using System;
using System.Threading;

// Every Interlocked member on one thread: results and the values left behind, edge cases (overflow wraps, NaN and
// -0.0 compared bit for bit by CompareExchange), and calls through delegates.
class InterlockedMembers
{
    class Node { public string Name; public Node(string n) { Name = n; } public override string ToString() { return Name; } }

    static int sharedInt;
    static long sharedLong;
    static object sharedObject;
    static Node sharedNode;

    static int Main()
    {
        int i = 5;
        Console.WriteLine("int inc " + Interlocked.Increment(ref i) + " " + i);
        Console.WriteLine("int dec " + Interlocked.Decrement(ref i) + " " + i);
        Console.WriteLine("int add " + Interlocked.Add(ref i, 10) + " " + i);
        Console.WriteLine("int xchg " + Interlocked.Exchange(ref i, 7) + " " + i);
        Console.WriteLine("int cmpxchg hit " + Interlocked.CompareExchange(ref i, 9, 7) + " " + i);
        Console.WriteLine("int cmpxchg miss " + Interlocked.CompareExchange(ref i, 11, 7) + " " + i);
        i = int.MaxValue;
        Console.WriteLine("int wrap " + Interlocked.Increment(ref i) + " " + Interlocked.Add(ref i, -1));

        long l = 1L << 40;
        Console.WriteLine("long inc " + Interlocked.Increment(ref l) + " " + l);
        Console.WriteLine("long dec " + Interlocked.Decrement(ref l) + " " + l);
        Console.WriteLine("long add " + Interlocked.Add(ref l, -(1L << 41)) + " " + l);
        Console.WriteLine("long xchg " + Interlocked.Exchange(ref l, long.MinValue) + " " + l);
        Console.WriteLine("long cmpxchg " + Interlocked.CompareExchange(ref l, 3, long.MinValue) + " " + l);
        Console.WriteLine("long read " + Interlocked.Read(ref l));
        l = long.MinValue;
        Console.WriteLine("long wrap " + Interlocked.Decrement(ref l));

        double d = 1.5;
        Console.WriteLine("double xchg " + Interlocked.Exchange(ref d, 2.5) + " " + d);
        Console.WriteLine("double cmpxchg " + Interlocked.CompareExchange(ref d, 3.5, 2.5) + " " + d);
        d = double.NaN;
        Console.WriteLine("double NaN cmpxchg " + Interlocked.CompareExchange(ref d, 1.0, double.NaN) + " " + d);
        d = 0.0;
        Console.WriteLine("double -0 cmpxchg " + Interlocked.CompareExchange(ref d, 1.0, -0.0) + " " + d);
        float f = 1.25f;
        Console.WriteLine("float xchg " + Interlocked.Exchange(ref f, -4f) + " " + f);
        Console.WriteLine("float cmpxchg " + Interlocked.CompareExchange(ref f, 8f, -4f) + " " + f);

        IntPtr p = new IntPtr(100);
        Console.WriteLine("intptr xchg " + Interlocked.Exchange(ref p, new IntPtr(200)) + " " + p);
        Console.WriteLine("intptr cmpxchg " + Interlocked.CompareExchange(ref p, new IntPtr(300), new IntPtr(200)) + " " + p);

        object o = "first";
        Console.WriteLine("object xchg " + Interlocked.Exchange(ref o, "second") + " " + o);
        object second = o;
        Console.WriteLine("object cmpxchg hit " + Interlocked.CompareExchange(ref o, 42, second) + " " + o);
        Console.WriteLine("object cmpxchg miss " + Interlocked.CompareExchange(ref o, "x", new object()) + " " + o);
        Console.WriteLine("object xchg null " + Interlocked.Exchange(ref o, null) + " " + (o == null));

        Node a = new Node("a"), b = new Node("b");
        Node n = a;
        Console.WriteLine("T xchg " + Interlocked.Exchange(ref n, b) + " " + n);
        Console.WriteLine("T cmpxchg hit " + Interlocked.CompareExchange(ref n, a, b) + " " + n);
        Console.WriteLine("T cmpxchg miss " + Interlocked.CompareExchange(ref n, b, b) + " " + n);

        // fields, statics and array elements as locations
        int[] array = new int[3];
        Interlocked.Add(ref array[1], 5);
        Interlocked.Increment(ref array[2]);
        Console.WriteLine("array " + string.Join(",", array));
        Interlocked.Add(ref sharedInt, 3);
        Interlocked.Exchange(ref sharedLong, 99);
        Interlocked.CompareExchange(ref sharedObject, "set", null);
        Interlocked.CompareExchange(ref sharedObject, "not set", null);
        Interlocked.CompareExchange(ref sharedNode, a, null);
        Console.WriteLine("statics " + sharedInt + " " + sharedLong + " " + sharedObject + " " + sharedNode);

        // through a delegate, the method body itself runs
        Func<int, int> addTen = x => { int local = x; Interlocked.Add(ref local, 10); return local; };
        Console.WriteLine("lambda " + addTen(1));

        Interlocked.MemoryBarrier();
        Console.WriteLine("barriers done");

        // a location in a null object: NullReferenceException before any atomic access
        Node missing = null;
        try { Interlocked.CompareExchange(ref missing.Name, "x", null); } catch (NullReferenceException) { Console.WriteLine("null object: NullReferenceException"); }
        int[] noArray = null;
        try { Interlocked.Increment(ref noArray[0]); } catch (NullReferenceException) { Console.WriteLine("null array: NullReferenceException"); }
        return 0;
    }
}
