// GCHandle: Normal and Pinned handles, AddrOfPinnedObject (element 0 of an array, the first char of a string) and
// Marshal.UnsafeAddrOfPinnedArrayElement, memcpy and memchr on pinned arrays, a handle's value travelling through
// native code and back, Target get/set, Free and IsAllocated, equality and the IntPtr conversions, and the
// exceptions for unallocated or unpinned handles (PinningRefused has those for objects with references).
using System;
using System.Runtime.InteropServices;

static class PinnedHandles
{
    [DllImport("libc")] static extern IntPtr memcpy(IntPtr destination, IntPtr source, UIntPtr count);
    [DllImport("libc")] static extern IntPtr memchr(IntPtr data, int c, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] static extern IntPtr CopyPointer(out IntPtr destination, ref IntPtr source, UIntPtr count);

    class Payload { public string Name; public Payload(string name) { Name = name; } }

    static void Report(string what, Action action)
    {
        try { action(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static unsafe void Main()
    {
        int[] source = { 5, 3, 9, 1, 7 };
        int[] destination = new int[5];
        GCHandle s = GCHandle.Alloc(source, GCHandleType.Pinned);
        GCHandle d = GCHandle.Alloc(destination, GCHandleType.Pinned);
        fixed (int* p = source) Console.WriteLine("element 0 {0}", (IntPtr)p == s.AddrOfPinnedObject());
        memcpy(d.AddrOfPinnedObject(), s.AddrOfPinnedObject(), (UIntPtr)(uint)(source.Length * sizeof(int)));
        Console.WriteLine("memcpy {0}", string.Join(",", destination));
        memcpy(Marshal.UnsafeAddrOfPinnedArrayElement(destination, 3), Marshal.UnsafeAddrOfPinnedArrayElement<int>(source, 0),
            (UIntPtr)(uint)(2 * sizeof(int)));
        Console.WriteLine("element address {0} {1}", string.Join(",", destination),
            (long)Marshal.UnsafeAddrOfPinnedArrayElement(destination, 2) - (long)d.AddrOfPinnedObject());
        Console.WriteLine("read back {0}", Marshal.ReadInt32(d.AddrOfPinnedObject(), 8));
        s.Free();
        d.Free();
        Console.WriteLine("freed {0} {1}", s.IsAllocated, d.IsAllocated);

        byte[] bytes = { 10, 20, 30, 40, 50 };
        GCHandle b = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        IntPtr found = memchr(b.AddrOfPinnedObject(), 40, (UIntPtr)5u);
        Console.WriteLine("memchr offset {0}", (long)found - (long)b.AddrOfPinnedObject());
        b.Free();

        string text = "pinned string";
        GCHandle t = GCHandle.Alloc(text, GCHandleType.Pinned);
        fixed (char* c = text) Console.WriteLine("first char {0} {1}", (IntPtr)c == t.AddrOfPinnedObject(), *(char*)t.AddrOfPinnedObject());
        t.Free();

        char[] chars = { 'a', 'b' };
        GCHandle ch = GCHandle.Alloc(chars, GCHandleType.Pinned);
        Console.WriteLine("char[] {0}", (char)Marshal.ReadInt16(ch.AddrOfPinnedObject(), 2));
        ch.Free();

        double[] empty = new double[0];
        GCHandle e0 = GCHandle.Alloc(empty, GCHandleType.Pinned);
        Console.WriteLine("empty array pinned {0}", e0.AddrOfPinnedObject() != IntPtr.Zero);
        e0.Free();

        GCHandle nothing = GCHandle.Alloc(null, GCHandleType.Pinned);
        Console.WriteLine("null pinned {0} {1}", nothing.AddrOfPinnedObject() == IntPtr.Zero, nothing.Target == null);
        nothing.Free();

        // a Normal handle's value crosses native code (copied by memcpy) and comes back as the same handle
        var payload = new Payload("through native code");
        GCHandle h = GCHandle.Alloc(payload);
        IntPtr value = GCHandle.ToIntPtr(h);
        IntPtr copied;
        CopyPointer(out copied, ref value, (UIntPtr)(uint)IntPtr.Size);
        GCHandle back = GCHandle.FromIntPtr(copied);
        Console.WriteLine("round trip {0} {1} {2}", ((Payload)back.Target).Name, back == h, back.Equals(h));
        Console.WriteLine("conversions {0} {1}", (IntPtr)h == value, ((GCHandle)value).Target == (object)payload);
        Console.WriteLine("hash {0}", h.GetHashCode() == value.GetHashCode());
        back.Target = new Payload("replaced");
        Console.WriteLine("target set {0}", ((Payload)h.Target).Name);
        GCHandle other = GCHandle.Alloc(payload);
        Console.WriteLine("distinct {0} {1}", other != h, other.Equals((object)h));
        other.Free();
        h.Free();
        Console.WriteLine("after free {0}", h.IsAllocated);

        GCHandle weak = GCHandle.Alloc(payload, GCHandleType.Weak);
        Console.WriteLine("weak {0}", ((Payload)weak.Target).Name);
        weak.Free();

        Report("addr of normal", () => { var n = GCHandle.Alloc(payload); try { n.AddrOfPinnedObject(); } finally { n.Free(); } });
        Report("target of default", () => { object o = default(GCHandle).Target; });
        Report("free default", () => default(GCHandle).Free());
        Report("from zero", () => GCHandle.FromIntPtr(IntPtr.Zero));
        Console.WriteLine("default {0} {1}", default(GCHandle).IsAllocated, GCHandle.ToIntPtr(default(GCHandle)) == IntPtr.Zero);

        int many = 0;
        var handles = new GCHandle[100];
        for (int i = 0; i < handles.Length; i++) handles[i] = GCHandle.Alloc(new Payload("p" + i));
        GC.Collect();
        for (int i = 0; i < handles.Length; i++) if (((Payload)handles[i].Target).Name == "p" + i) many++;
        foreach (var x in handles) x.Free();
        Console.WriteLine("kept alive {0}", many);
    }
}
