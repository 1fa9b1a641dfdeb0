using System.Text;

namespace System.Runtime.InteropServices
{
    // Unmanaged memory and the errno that P/Invoke methods with SetLastError=true save. As .NET on Unix, HGlobal
    // memory is the C heap (malloc/free) and "Ansi" strings are UTF-8.
    public static unsafe partial class Marshal
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern int GetLastPInvokeError();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern void SetLastPInvokeError(int error);

        public static int GetLastWin32Error() { return GetLastPInvokeError(); }

        public static IntPtr AllocHGlobal(int cb) { return AllocHGlobal((IntPtr)cb); }

        public static IntPtr AllocHGlobal(IntPtr cb)
        {
            // malloc(0) may return null; .NET asks for at least one byte
            long size = (long)cb;
            IntPtr p = Interop.Libc.malloc((UIntPtr)(ulong)(size == 0 ? 1 : size));
            if (p == IntPtr.Zero) throw new OutOfMemoryException();
            return p;
        }

        public static IntPtr ReAllocHGlobal(IntPtr pv, IntPtr cb)
        {
            long size = (long)cb;
            IntPtr p = Interop.Libc.realloc(pv, (UIntPtr)(ulong)(size == 0 ? 1 : size));
            if (p == IntPtr.Zero) throw new OutOfMemoryException();
            return p;
        }

        public static void FreeHGlobal(IntPtr hglobal)
        {
            if (hglobal != IntPtr.Zero) Interop.Libc.free(hglobal);
        }

        public static IntPtr AllocCoTaskMem(int cb) { return AllocHGlobal((IntPtr)cb); }

        public static void FreeCoTaskMem(IntPtr ptr) { FreeHGlobal(ptr); }

        // ---- copies between managed arrays and unmanaged memory ----

        private static void CheckCopy(Array array, int startIndex, IntPtr pointer, int length)
        {
            if (array == null) throw new ArgumentNullException("source");
            if (pointer == IntPtr.Zero) throw new ArgumentNullException("destination");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Non-negative number required.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            if (array.Length - startIndex < length)
                throw new ArgumentOutOfRangeException("length", "Requested range extends past the end of the array.");
        }

        public static void Copy(byte[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            byte* to = (byte*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, byte[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            byte* from = (byte*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(char[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            char* to = (char*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, char[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            char* from = (char*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(short[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            short* to = (short*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, short[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            short* from = (short*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(int[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            int* to = (int*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, int[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            int* from = (int*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(long[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            long* to = (long*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, long[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            long* from = (long*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(double[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            double* to = (double*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, double[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            double* from = (double*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        // ---- reads and writes (unaligned addresses are fine on x86-64) ----

        public static byte ReadByte(IntPtr ptr) { return *(byte*)ptr; }
        public static byte ReadByte(IntPtr ptr, int ofs) { return *((byte*)ptr + ofs); }
        public static short ReadInt16(IntPtr ptr) { return *(short*)ptr; }
        public static short ReadInt16(IntPtr ptr, int ofs) { return *(short*)((byte*)ptr + ofs); }
        public static int ReadInt32(IntPtr ptr) { return *(int*)ptr; }
        public static int ReadInt32(IntPtr ptr, int ofs) { return *(int*)((byte*)ptr + ofs); }
        public static long ReadInt64(IntPtr ptr) { return *(long*)ptr; }
        public static long ReadInt64(IntPtr ptr, int ofs) { return *(long*)((byte*)ptr + ofs); }
        public static IntPtr ReadIntPtr(IntPtr ptr) { return *(IntPtr*)ptr; }
        public static IntPtr ReadIntPtr(IntPtr ptr, int ofs) { return *(IntPtr*)((byte*)ptr + ofs); }

        public static void WriteByte(IntPtr ptr, byte val) { *(byte*)ptr = val; }
        public static void WriteByte(IntPtr ptr, int ofs, byte val) { *((byte*)ptr + ofs) = val; }
        public static void WriteInt16(IntPtr ptr, short val) { *(short*)ptr = val; }
        public static void WriteInt16(IntPtr ptr, int ofs, short val) { *(short*)((byte*)ptr + ofs) = val; }
        public static void WriteInt32(IntPtr ptr, int val) { *(int*)ptr = val; }
        public static void WriteInt32(IntPtr ptr, int ofs, int val) { *(int*)((byte*)ptr + ofs) = val; }
        public static void WriteInt64(IntPtr ptr, long val) { *(long*)ptr = val; }
        public static void WriteInt64(IntPtr ptr, int ofs, long val) { *(long*)((byte*)ptr + ofs) = val; }
        public static void WriteIntPtr(IntPtr ptr, IntPtr val) { *(IntPtr*)ptr = val; }
        public static void WriteIntPtr(IntPtr ptr, int ofs, IntPtr val) { *(IntPtr*)((byte*)ptr + ofs) = val; }

        // ---- strings ----

        public static string PtrToStringUTF8(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            return PtrToStringUTF8(ptr, (int)(ulong)Interop.Libc.strlen(ptr));
        }

        public static string PtrToStringUTF8(IntPtr ptr, int byteLen)
        {
            if (ptr == IntPtr.Zero) return null;
            if (byteLen < 0) throw new ArgumentOutOfRangeException("byteLen", "Non-negative number required.");
            byte[] bytes = new byte[byteLen];
            Copy(ptr, bytes, 0, byteLen);
            return Encoding.UTF8.GetString(bytes, 0, byteLen);
        }

        // "Ansi" is UTF-8 on Unix
        public static string PtrToStringAnsi(IntPtr ptr) { return PtrToStringUTF8(ptr); }

        public static string PtrToStringAnsi(IntPtr ptr, int len) { return PtrToStringUTF8(ptr, len); }

        public static string PtrToStringUni(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            int length = 0;
            while (((char*)ptr)[length] != '\0') length++;
            return PtrToStringUni(ptr, length);
        }

        public static string PtrToStringUni(IntPtr ptr, int len)
        {
            if (ptr == IntPtr.Zero) return null;
            if (len < 0) throw new ArgumentOutOfRangeException("len", "Non-negative number required.");
            char[] chars = new char[len];
            Copy(ptr, chars, 0, len);
            return new string(chars);
        }

        public static string PtrToStringAuto(IntPtr ptr) { return PtrToStringUTF8(ptr); }

        public static IntPtr StringToHGlobalAnsi(string s)
        {
            if (s == null) return IntPtr.Zero;
            byte[] bytes = Encoding.UTF8.GetBytes(s);
            IntPtr p = AllocHGlobal(bytes.Length + 1);
            Copy(bytes, 0, p, bytes.Length);
            ((byte*)p)[bytes.Length] = 0;
            return p;
        }

        public static IntPtr StringToHGlobalUni(string s)
        {
            if (s == null) return IntPtr.Zero;
            IntPtr p = AllocHGlobal(2 * (s.Length + 1));
            char* c = (char*)p;
            for (int i = 0; i < s.Length; i++) c[i] = s[i];
            c[s.Length] = '\0';
            return p;
        }

        public static IntPtr StringToHGlobalAuto(string s) { return StringToHGlobalAnsi(s); }

        public static IntPtr StringToCoTaskMemUTF8(string s) { return StringToHGlobalAnsi(s); }

        public static IntPtr StringToCoTaskMemAnsi(string s) { return StringToHGlobalAnsi(s); }

        public static IntPtr StringToCoTaskMemUni(string s) { return StringToHGlobalUni(s); }
    }
}
