// The managed side of marshalling.c (PInvokeMarshallingTest): StringBuilders filled by C (UTF-8 and UTF-16, the
// capacity the stub passes, [Out] builders starting empty, [In] builders not read back, null builders), SafeHandles that C hands out and that
// are released exactly once (C counts the releases), returned, out and ref (replaced only when C changed it),
// GCHandles that C keeps as user data, and packed / explicit-layout structs through
// StructureToPtr/PtrToStructure and by value, with the sizes C gives them.
using System;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

class Resource : SafeHandleZeroOrMinusOneIsInvalid
{
    Resource() : base(true) { }

    protected override bool ReleaseHandle() { return Marshalling.resource_release(handle) == 1; }
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed1 { public byte Tag; public int Value; public short Small; public double Weight; }

[StructLayout(LayoutKind.Sequential, Pack = 2)]
struct Packed2 { public byte Tag; public long Value; public byte Last; }

[StructLayout(LayoutKind.Explicit)]
struct Explicit
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
}

static class Marshalling
{
    const string Lib = "kilnmarshal";

    [DllImport(Lib)] static extern int fill_utf8(StringBuilder buffer, int capacity);
    [DllImport(Lib, CharSet = CharSet.Unicode)] static extern int fill_utf16(StringBuilder buffer, int capacity);
    [DllImport(Lib)] static extern int append_marker(StringBuilder buffer);
    [DllImport(Lib, EntryPoint = "append_marker")] static extern int AppendMarkerOut([Out] StringBuilder buffer);
    [DllImport(Lib, EntryPoint = "append_marker")] static extern int AppendMarkerIn([In] StringBuilder buffer);
    [DllImport(Lib)] static extern int is_null(StringBuilder buffer);

    [DllImport(Lib)] static extern Resource resource_open(int id);
    [DllImport(Lib)] static extern void resource_open_out(int id, out Resource handle);
    [DllImport(Lib)] static extern int resource_id(Resource handle);
    [DllImport(Lib)] static extern void resource_reopen(ref Resource handle, int id);
    [DllImport(Lib)] internal static extern int resource_release(IntPtr handle);
    [DllImport(Lib)] static extern int resource_releases();
    [DllImport(Lib)] static extern int resource_double_releases();

    [DllImport(Lib)] static extern void keep_user_data(int slot, IntPtr data);
    [DllImport(Lib)] static extern IntPtr kept_user_data(int slot);
    [DllImport(Lib)] static extern int packed1_size();
    [DllImport(Lib)] static extern int packed2_size();
    [DllImport(Lib)] static extern double packed1_update(IntPtr p);
    [DllImport(Lib)] static extern Packed1 packed1_echo(Packed1 p, int add);
    [DllImport(Lib)] static extern long packed2_sum(IntPtr p);
    [DllImport(Lib)] static extern void explicit_split(IntPtr u, long whole);
    [DllImport(Lib)] static extern long explicit_join(ref Explicit u);

    static int Main()
    {
        var utf8 = new StringBuilder(10);
        int told = fill_utf8(utf8, utf8.Capacity);
        Console.WriteLine("utf8 '" + utf8 + "' " + told);
        var roomy = new StringBuilder(64);
        fill_utf8(roomy, roomy.Capacity);
        Console.WriteLine("utf8 '" + roomy + "' " + roomy.Length);
        var utf16 = new StringBuilder(32);
        utf16.Append("old");
        int units = fill_utf16(utf16, utf16.Capacity);
        Console.WriteLine("utf16 " + units + " '" + utf16 + "' " + utf16.Length);
        var inOut = new StringBuilder("A", 16);
        int first = append_marker(inOut);
        var outOnly = new StringBuilder("A", 16);
        int firstOut = AppendMarkerOut(outOnly);
        var inOnly = new StringBuilder("A", 16);
        int firstIn = AppendMarkerIn(inOnly);
        Console.WriteLine("in/out " + first + " '" + inOut + "' [Out] " + firstOut + " '" + outOnly + "' [In] " + firstIn + " '" + inOnly + "'");
        Console.WriteLine("null " + is_null(null) + " " + is_null(new StringBuilder()));

        using (Resource r = resource_open(7))
        {
            Console.WriteLine("resource " + resource_id(r) + " " + r.IsInvalid + " " + resource_releases());
        }
        Console.WriteLine("released " + resource_releases());
        Resource twice = resource_open(8);
        twice.Close();
        twice.Dispose();
        Console.WriteLine("released once " + resource_releases() + " " + resource_double_releases());
        Resource invalid = resource_open(-1);
        Console.WriteLine("invalid " + invalid.IsInvalid);
        invalid.Dispose();
        Resource viaOut;
        resource_open_out(9, out viaOut);
        Console.WriteLine("out " + resource_id(viaOut) + " " + viaOut.GetType().Name);
        bool added = false;
        viaOut.DangerousAddRef(ref added);
        viaOut.Dispose();
        Console.WriteLine("held " + resource_releases() + " " + viaOut.IsClosed);
        viaOut.DangerousRelease();
        Console.WriteLine("released " + resource_releases() + " " + resource_double_releases() + " " + viaOut.IsClosed);
        Resource original = resource_open(10);
        Resource kept = original;
        resource_reopen(ref kept, 10);
        Resource replaced = original;
        resource_reopen(ref replaced, 11);
        Console.WriteLine("ref " + (kept == original) + " " + (replaced == original) + " " + resource_id(replaced) + " "
            + resource_id(original) + " " + resource_releases());
        replaced.Dispose();
        original.Dispose();
        Console.WriteLine("ref released " + resource_releases() + " " + resource_double_releases());

        // GCHandles as user data C keeps: the objects stay alive through a collection while only C refers to them
        for (int i = 0; i < 4; i++)
        {
            keep_user_data(i, GCHandle.ToIntPtr(GCHandle.Alloc(new StringBuilder("user data " + i))));
        }
        GC.Collect();
        var userData = new StringBuilder("kept");
        for (int i = 0; i < 4; i++)
        {
            GCHandle h = GCHandle.FromIntPtr(kept_user_data(i));
            userData.Append(i == 0 ? " " : ",").Append(((StringBuilder)h.Target).ToString().Substring(10));
            h.Free();
        }
        Console.WriteLine(userData);

        Console.WriteLine("sizes " + Marshal.SizeOf<Packed1>() + "=" + packed1_size() + " " + Marshal.SizeOf(typeof(Packed2)) + "=" + packed2_size());
        IntPtr memory = Marshal.AllocHGlobal(64);
        Marshal.StructureToPtr(new Packed1 { Tag = 1, Value = 20, Small = 300, Weight = 0.5 }, memory, false);
        double seen = packed1_update(memory);
        Packed1 updated = Marshal.PtrToStructure<Packed1>(memory);
        Console.WriteLine("packed1 " + seen + " -> " + updated.Tag + " " + updated.Value + " " + updated.Small + " " + updated.Weight);
        Packed1 echoed = packed1_echo(updated, 5);
        Console.WriteLine("echo " + echoed.Tag + " " + echoed.Value + " " + echoed.Small + " " + echoed.Weight);
        Marshal.StructureToPtr(new Packed2 { Tag = 3, Value = 1L << 40, Last = 4 }, memory, false);
        Console.WriteLine("packed2 " + packed2_sum(memory));
        explicit_split(memory, 0x123456789AL);
        var u = (Explicit)Marshal.PtrToStructure(memory, typeof(Explicit));
        Console.WriteLine("explicit " + u.Low + " " + u.High + " " + explicit_join(ref u));
        Marshal.FreeHGlobal(memory);
        return 0;
    }
}
