using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    // Structures in unmanaged memory. Kiln lays out a blittable sequential or explicit struct (StructLayout Pack and
    // Size included) exactly as C does, which is the layout P/Invoke stubs pass, so its native form is its managed
    // bytes: the type descriptor says whether a value type is blittable (KTYPE_BLITTABLE) and holds its size.
    // Structures that .NET marshals field by field (bool, char or string fields, classes with layout) are not
    // supported yet and throw ArgumentException.
    public static unsafe partial class Marshal
    {
        public static readonly int SystemDefaultCharSize = 2;
        public static readonly int SystemMaxDBCSCharSize = 3;

        // ---- runtime (pinvoke.c) ----

        // The address of an object's data: array element 0, a string's first char, else the first field.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern IntPtr DataAddress(object value);

        // Whether the object holds references (which GCHandle refuses to pin, as .NET).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool HasReferences(object value);

        // The bytes per element of an array (its descriptor's element size).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int ElementSize(Array array);

        // A zeroed box of the value type the descriptor describes.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object AllocateBox(IntPtr descriptor);

        // ---- sizes ----

        public static int SizeOf(object structure)
        {
            if (structure == null) throw new ArgumentNullException("structure");
            return SizeOf(structure.GetType());
        }

        public static int SizeOf<T>(T structure)
        {
            if (structure == null) throw new ArgumentNullException("structure");
            return SizeOf((object)structure);
        }

        public static int SizeOf<T>() { return SizeOf(typeof(T)); }

        public static int SizeOf(Type t)
        {
            if (t == null) throw new ArgumentNullException("t");
            if (t.IsGenericType) throw new ArgumentException("The specified Type must not be a generic type definition.", "t");
            // the native forms of bool (a 4-byte BOOL) and char (an Ansi byte) differ from their managed ones
            if (t == typeof(bool)) return 4;
            if (t == typeof(char)) return 1;
            int size = BlittableSize(t);
            if (size < 0)
                throw new ArgumentException("Type '" + t.FullName + "' cannot be marshaled as an unmanaged structure; no meaningful size or offset can be computed.");
            return size;
        }

        // The native size of a blittable value type (not an enum, which .NET does not marshal alone), else -1.
        private static int BlittableSize(Type t)
        {
            RuntimeType rt = t as RuntimeType;
            if (rt == null || !rt.IsValueType || rt.IsEnum) return -1;
            return rt.BlittableSize;
        }

        private static RuntimeType StructureType(Type type, string parameter)
        {
            if (BlittableSize(type) < 0)
                throw new ArgumentException("The specified structure must be blittable or have layout information.", parameter);
            return (RuntimeType)type;
        }

        // ---- field offsets ----

        // The offset of a field of a blittable struct in its native form. Only the generic overload exists: the
        // compiler knows T's fields there (FieldOffsets<T>), while OffsetOf(Type, string) would need field
        // reflection, which Kiln does not have yet.
        public static IntPtr OffsetOf<T>(string fieldName)
        {
            if (fieldName == null) throw new ArgumentNullException("fieldName");
            Type t = typeof(T);
            if (BlittableSize(t) < 0)
                throw new ArgumentException("Type '" + t.FullName + "' cannot be marshaled as an unmanaged structure; no meaningful size or offset can be computed.", "t");
            string fields = PtrToStringUTF8(FieldOffsets<T>());
            int start = 0;
            while (start < fields.Length)
            {
                int end = fields.IndexOf('\n', start);
                int colon = fields.LastIndexOf(':', end);
                if (fields.Substring(start, colon - start) == fieldName)
                    return (IntPtr)int.Parse(fields.Substring(colon + 1, end - colon - 1));
                start = end + 1;
            }
            throw new ArgumentException("Field passed in is not a marshaled member of the type '" + t.FullName + "'.", "fieldName");
        }

        // An intrinsic for value types: the compiler replaces each call with the address of constant text listing T's
        // instance fields as "name:offset" lines (codegen FieldOffsetText). Other types have no fields to list.
        private static IntPtr FieldOffsets<T>() { return IntPtr.Zero; }

        // ---- copies ----

        public static void StructureToPtr(object structure, IntPtr ptr, bool fDeleteOld)
        {
            if (structure == null) throw new ArgumentNullException("structure");
            if (ptr == IntPtr.Zero) throw new ArgumentNullException("ptr");
            RuntimeType type = StructureType(structure.GetType(), "structure");
            // a blittable structure owns nothing native, so fDeleteOld has nothing to free
            Buffer.MemoryCopy((void*)DataAddress(structure), (void*)ptr, type.BlittableSize, type.BlittableSize);
        }

        public static void StructureToPtr<T>(T structure, IntPtr ptr, bool fDeleteOld)
        {
            StructureToPtr((object)structure, ptr, fDeleteOld);
        }

        public static object PtrToStructure(IntPtr ptr, Type structureType)
        {
            if (structureType == null) throw new ArgumentNullException("structureType");
            if (ptr == IntPtr.Zero) return null;
            if (structureType.IsGenericType) throw new ArgumentException("The specified Type must not be a generic type definition.", "structureType");
            RuntimeType type = StructureType(structureType, "structureType");
            object box = AllocateBox(type._descriptor);
            Buffer.MemoryCopy((void*)ptr, (void*)DataAddress(box), type.BlittableSize, type.BlittableSize);
            return box;
        }

        public static T PtrToStructure<T>(IntPtr ptr) { return (T)PtrToStructure(ptr, typeof(T)); }

        // Fills an existing object: only classes with layout qualify, and Kiln does not marshal those yet.
        public static void PtrToStructure(IntPtr ptr, object structure)
        {
            if (structure == null) throw new ArgumentNullException("structure");
            if (structure.GetType().IsValueType) throw new ArgumentException("The structure must not be a value class.", "structure");
            throw new ArgumentException("The specified structure must be blittable or have layout information.", "structure");
        }

        public static void PtrToStructure<T>(IntPtr ptr, T structure) { PtrToStructure(ptr, (object)structure); }

        // Frees what a structure's native form owns: nothing for a blittable one.
        public static void DestroyStructure(IntPtr ptr, Type structuretype)
        {
            if (ptr == IntPtr.Zero) throw new ArgumentNullException("ptr");
            if (structuretype == null) throw new ArgumentNullException("structuretype");
            StructureType(structuretype, "structuretype");
        }

        public static void DestroyStructure<T>(IntPtr ptr) { DestroyStructure(ptr, typeof(T)); }

        // ---- pinned arrays ----

        // The address of an element of an array the caller has pinned (GCHandle or fixed); as .NET, unchecked.
        public static IntPtr UnsafeAddrOfPinnedArrayElement(Array arr, int index)
        {
            if (arr == null) throw new ArgumentNullException("arr");
            return (IntPtr)((byte*)DataAddress(arr) + (long)(uint)index * ElementSize(arr));
        }

        public static IntPtr UnsafeAddrOfPinnedArrayElement<T>(T[] arr, int index)
        {
            return UnsafeAddrOfPinnedArrayElement((Array)arr, index);
        }

        // ---- more memory ----

        public static IntPtr ReAllocCoTaskMem(IntPtr pv, int cb) { return ReAllocHGlobal(pv, (IntPtr)cb); }

        public static IntPtr AllocCoTaskMem(IntPtr cb) { return AllocHGlobal(cb); }

        public static void ZeroFreeGlobalAllocUnicode(IntPtr s)
        {
            if (s == IntPtr.Zero) return;
            char* c = (char*)s;
            for (int i = 0; c[i] != '\0'; i++) c[i] = '\0';
            FreeHGlobal(s);
        }

        public static void ZeroFreeGlobalAllocAnsi(IntPtr s)
        {
            if (s == IntPtr.Zero) return;
            byte* b = (byte*)s;
            for (int i = 0; b[i] != 0; i++) b[i] = 0;
            FreeHGlobal(s);
        }

        public static void ZeroFreeCoTaskMemUnicode(IntPtr s) { ZeroFreeGlobalAllocUnicode(s); }

        public static void ZeroFreeCoTaskMemUTF8(IntPtr s) { ZeroFreeGlobalAllocAnsi(s); }

        public static void ZeroFreeCoTaskMemAnsi(IntPtr s) { ZeroFreeGlobalAllocAnsi(s); }

        // ---- the copies Marshal.cs lacks: float[] and IntPtr[] ----

        public static void Copy(float[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            float* to = (float*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, float[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            float* from = (float*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }

        public static void Copy(IntPtr[] source, int startIndex, IntPtr destination, int length)
        {
            CheckCopy(source, startIndex, destination, length);
            IntPtr* to = (IntPtr*)destination;
            for (int i = 0; i < length; i++) to[i] = source[startIndex + i];
        }

        public static void Copy(IntPtr source, IntPtr[] destination, int startIndex, int length)
        {
            CheckCopy(destination, startIndex, source, length);
            IntPtr* from = (IntPtr*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = from[i];
        }
    }
}
