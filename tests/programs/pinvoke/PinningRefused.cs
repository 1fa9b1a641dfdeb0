// expect-stdout-file: PinningRefused.out
// As .NET, a pinned GCHandle refuses objects that hold references (object[], a class with a reference field, a
// struct array whose elements hold references) with ArgumentException, when allocated and when its Target is set;
// arrays of unmanaged elements, strings and classes without references can be pinned. Mono pins anything, hence
// the expected-output file.
using System;
using System.Runtime.InteropServices;

static class PinningRefused
{
    class WithReference { public string Name = "x"; }
    class WithoutReference { public int Value = 7; public long Other = 8; }
    struct Pair { public object First; public int Second; }
    struct Plain { public int A; public double B; }

    static void Pin(string what, object value)
    {
        try
        {
            GCHandle h = GCHandle.Alloc(value, GCHandleType.Pinned);
            Console.WriteLine("{0}: pinned {1}", what, h.AddrOfPinnedObject() != IntPtr.Zero);
            h.Free();
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("{0}: {1} {2} ({3})", what, e.GetType().Name, e.Message, e.ParamName);
        }
    }

    static void Main()
    {
        Pin("object[]", new object[1]);
        Pin("string[]", new string[] { "a" });
        Pin("class with reference", new WithReference());
        Pin("Pair[]", new Pair[2]);
        Pin("Plain[]", new Plain[2]);
        Pin("bool[]", new bool[3]);
        Pin("string", "text");
        Pin("class without reference", new WithoutReference());
        Pin("boxed int", 42);

        GCHandle h = GCHandle.Alloc(new int[1], GCHandleType.Pinned);
        try
        {
            h.Target = new object[1];
            Console.WriteLine("set: no exception");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("set: {0} ({1})", e.GetType().Name, e.ParamName);
        }
        h.Target = new byte[4];
        Console.WriteLine("set byte[]: {0}", h.Target is byte[]);
        h.Free();

        var without = new WithoutReference();
        GCHandle c = GCHandle.Alloc(without, GCHandleType.Pinned);
        Console.WriteLine("first field {0}", Marshal.ReadInt32(c.AddrOfPinnedObject()));
        c.Free();
    }
}
