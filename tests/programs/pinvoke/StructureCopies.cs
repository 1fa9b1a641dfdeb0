// Marshal.SizeOf, OffsetOf<T>, StructureToPtr, PtrToStructure and DestroyStructure for blittable structs: sequential, explicit
// (overlapping fields, FieldOffset), StructLayout Pack and Size, nested structs, the generic overloads, boxed
// values; the native layout is the one C uses (memcpy and libc's div_t/struct timespec check it), and the errors
// for types that are not marshallable structures.
using System;
using System.Runtime.InteropServices;

struct Point { public int X, Y; }

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed { public byte Tag; public int Value; public short Small; }

[StructLayout(LayoutKind.Sequential, Pack = 2)]
struct PackedTwo { public byte Tag; public long Value; }

[StructLayout(LayoutKind.Sequential, Size = 32)]
struct Sized { public int First; }

[StructLayout(LayoutKind.Explicit)]
struct Union
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(2)] public byte Third;
}

[StructLayout(LayoutKind.Explicit, Size = 24)]
struct ExplicitSized { [FieldOffset(16)] public double Late; [FieldOffset(1)] public byte Early; }

struct Nested { public byte Flag; public Point Where; public double Weight; }

struct TimeSpec { public long Seconds; public long Nanoseconds; }

enum Color { Red, Green }

static class StructureCopies
{
    [DllImport("libc")] static extern IntPtr memcpy(IntPtr destination, IntPtr source, UIntPtr count);
    [DllImport("libc")] static extern int clock_gettime(int clock, IntPtr time);

    static void Report(string what, Action action)
    {
        try { action(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        Console.WriteLine("sizes {0} {1} {2} {3} {4} {5} {6}", Marshal.SizeOf(typeof(Point)), Marshal.SizeOf(typeof(Packed)),
            Marshal.SizeOf(typeof(PackedTwo)), Marshal.SizeOf(typeof(Sized)), Marshal.SizeOf(typeof(Union)),
            Marshal.SizeOf(typeof(ExplicitSized)), Marshal.SizeOf(typeof(Nested)));
        Console.WriteLine("generic {0} {1} {2}", Marshal.SizeOf<Packed>(), Marshal.SizeOf(new Nested()), Marshal.SizeOf<TimeSpec>(new TimeSpec()));
        Console.WriteLine("primitives {0} {1} {2} {3} {4} {5}", Marshal.SizeOf(typeof(int)), Marshal.SizeOf(typeof(long)), Marshal.SizeOf(typeof(IntPtr)),
            Marshal.SizeOf(typeof(double)), Marshal.SizeOf(typeof(bool)), Marshal.SizeOf(typeof(char)));
        Console.WriteLine("boxed {0} {1}", Marshal.SizeOf((object)3.5), Marshal.SizeOf((object)new Union()));

        IntPtr memory = Marshal.AllocHGlobal(64);
        var packed = new Packed { Tag = 7, Value = 0x01020304, Small = -2 };
        Marshal.StructureToPtr(packed, memory, false);
        Console.WriteLine("packed bytes {0} {1} {2} {3}", Marshal.ReadByte(memory), Marshal.ReadInt32(memory, 1), Marshal.ReadInt16(memory, 5),
            Marshal.ReadByte(memory, 4));
        Packed back = Marshal.PtrToStructure<Packed>(memory);
        Console.WriteLine("packed back {0} {1:X} {2}", back.Tag, back.Value, back.Small);

        var two = new PackedTwo { Tag = 1, Value = long.MaxValue };
        Marshal.StructureToPtr(two, memory, false);
        Console.WriteLine("pack 2 {0}", Marshal.ReadInt64(memory, 2) == long.MaxValue);

        Marshal.WriteInt64(memory, 0x1122334455667788);
        var u = (Union)Marshal.PtrToStructure(memory, typeof(Union));
        Console.WriteLine("union {0:X} {1:X} {2:X} {3:X}", u.Whole, u.Low, u.High, u.Third);
        u.High = 0x0A0B0C0D;
        Marshal.StructureToPtr((object)u, memory, true);
        Console.WriteLine("union written {0:X}", Marshal.ReadInt64(memory));

        var e = new ExplicitSized { Late = 2.25, Early = 9 };
        Marshal.StructureToPtr(e, memory, false);
        Console.WriteLine("explicit {0} {1}", Marshal.ReadByte(memory, 1), BitConverter.Int64BitsToDouble(Marshal.ReadInt64(memory, 16)));

        var nested = new Nested { Flag = 1, Where = new Point { X = -3, Y = 4 }, Weight = 0.5 };
        IntPtr copy = Marshal.AllocHGlobal(Marshal.SizeOf<Nested>());
        Marshal.StructureToPtr(nested, memory, false);
        memcpy(copy, memory, (UIntPtr)(uint)Marshal.SizeOf<Nested>());
        Nested n = Marshal.PtrToStructure<Nested>(copy);
        Console.WriteLine("nested {0} ({1},{2}) {3} at {4}", n.Flag, n.Where.X, n.Where.Y, n.Weight, Marshal.ReadInt32(copy, 4));
        Marshal.DestroyStructure<Nested>(copy);
        Marshal.DestroyStructure(copy, typeof(Nested));
        Marshal.FreeHGlobal(copy);

        // clock_gettime fills a struct timespec in unmanaged memory
        Console.WriteLine("clock {0}", clock_gettime(1, memory));
        TimeSpec t = Marshal.PtrToStructure<TimeSpec>(memory);
        Console.WriteLine("timespec {0} {1}", t.Seconds >= 0, t.Nanoseconds >= 0 && t.Nanoseconds < 1000000000);

        Console.WriteLine("offsets {0} {1} {2} {3} {4} {5}", Marshal.OffsetOf<Packed>("Value"), Marshal.OffsetOf<Packed>("Small"),
            Marshal.OffsetOf<PackedTwo>("Value"), Marshal.OffsetOf<Union>("High"), Marshal.OffsetOf<Nested>("Weight"),
            Marshal.OffsetOf<ExplicitSized>("Late"));
        Report("OffsetOf missing field", () => Marshal.OffsetOf<Point>("Z"));
        Report("OffsetOf null", () => Marshal.OffsetOf<Point>(null));
        Console.WriteLine("null pointer {0}", Marshal.PtrToStructure(IntPtr.Zero, typeof(Point)) == null);

        Report("SizeOf class", () => Marshal.SizeOf(typeof(StructureCopies)));
        Report("SizeOf string", () => Marshal.SizeOf(typeof(string)));
        Report("SizeOf null", () => Marshal.SizeOf((Type)null));
        Report("SizeOf enum", () => Marshal.SizeOf(typeof(Color)));
        Report("StructureToPtr null", () => Marshal.StructureToPtr((object)null, memory, false));
        Report("PtrToStructure into struct", () => Marshal.PtrToStructure(memory, (object)new Point()));
        Report("PtrToStructure null type", () => Marshal.PtrToStructure(memory, (Type)null));
        Marshal.FreeHGlobal(memory);

        int[] ints = { 1, 2, 3 };
        float[] floats = { 1.5f, -2.5f };
        IntPtr[] pointers = { (IntPtr)10, (IntPtr)(-20) };
        IntPtr block = Marshal.AllocCoTaskMem(64);
        Marshal.Copy(floats, 0, block, 2);
        float[] floatsBack = new float[3];
        Marshal.Copy(block, floatsBack, 1, 2);
        Console.WriteLine("floats {0}", string.Join(",", floatsBack));
        Marshal.Copy(pointers, 0, block, 2);
        IntPtr[] pointersBack = new IntPtr[2];
        Marshal.Copy(block, pointersBack, 0, 2);
        Console.WriteLine("pointers {0} {1} {2}", pointersBack[0], pointersBack[1], Marshal.ReadIntPtr(block, IntPtr.Size));
        Marshal.WriteIntPtr(block, 8, (IntPtr)77);
        Console.WriteLine("write pointer {0}", Marshal.ReadInt64(block, 8));
        Marshal.Copy(ints, 1, block, 2);
        Console.WriteLine("ints {0}", Marshal.ReadInt32(block, 4));
        block = Marshal.ReAllocCoTaskMem(block, 128);
        Console.WriteLine("realloc keeps {0}", Marshal.ReadInt32(block, 0));
        Marshal.FreeCoTaskMem(block);
        IntPtr secret = Marshal.StringToHGlobalUni("secret");
        Marshal.ZeroFreeGlobalAllocUnicode(secret);
        Console.WriteLine("done");
    }
}
