// new IntPtr(void*) and new UIntPtr(void*) from typed pointers (int*, int**, a fixed address), back through
// ToPointer and the conversions (mono's mcs test test-691 builds IntPtrs this way).
using System;

static unsafe class Program
{
    static int field;
    static int* constant = (int*)0xdeadbeaf;
    static int** constantPointer = (int**)0xdeadbeaf;

    static void Main()
    {
        Console.WriteLine("{0:x}", new IntPtr(constantPointer).ToInt64());
        Console.WriteLine("{0:x}", new UIntPtr(constant).ToUInt64());
        fixed (int* p = &field)
        {
            IntPtr a = new IntPtr(p);
            UIntPtr u = new UIntPtr(p);
            Console.WriteLine("same address: " + (a == (IntPtr)p) + " " + ((ulong)a.ToInt64() == u.ToUInt64()) + " " + (a.ToPointer() == p));
            *(int*)a.ToPointer() = 42;
            Console.WriteLine("written through it: " + field);
        }
        Console.WriteLine("null: " + (new IntPtr((void*)null) == IntPtr.Zero) + " " + (new UIntPtr((void*)null) == UIntPtr.Zero));
    }
}
