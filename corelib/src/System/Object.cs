using System.Runtime.CompilerServices;

namespace System
{
    // The first four virtual methods are vtable slots 0..3 in this order (runtime-c/include/kiln.h).
    public class Object
    {
        public Object() { }

        public virtual string ToString() { return RuntimeType.ReflectionName(GetTypeName(this)); }

        public Type GetType() { return RuntimeType.FromHandle(GetDescriptor(this)); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern IntPtr GetDescriptor(object o);

        public virtual bool Equals(object obj) { return (object)this == obj; }

        public virtual int GetHashCode() { return GetHashCodeImpl(this); }

        ~Object() { }

        public static bool Equals(object objA, object objB)
        {
            if ((object)objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB) { return objA == objB; }

        protected object MemberwiseClone() { return Delegate.MemberwiseCloneImpl(this); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetTypeName(object o);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetHashCodeImpl(object o);
    }

    public abstract class ValueType
    {
        protected ValueType() { }

        // Without an override, structs compare field by field (reference fields with Object.Equals).
        public override bool Equals(object obj) { return obj != null && EqualsImpl(this, obj); }

        public override int GetHashCode() { return HashCodeImpl(this); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool EqualsImpl(object a, object b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int HashCodeImpl(object o);
    }

    public abstract partial class Enum : ValueType, IComparable, IFormattable
    {
        protected Enum() { }

        public override string ToString() { return ToStringImpl(this); }

        // The code generator tests a value and a box of the same enum type inline; this is the general case.
        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException("flag");
            int set = HasFlagImpl(this, flag);
            if (set < 0)
                throw new ArgumentException("The argument type, '" + flag.GetType().FullName
                    + "', is not the same as the enum type '" + GetType().FullName + "'.");
            return set != 0;
        }

        // Compares the underlying values (unsigned ones as unsigned); null sorts first, another enum type is an error.
        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if (target.GetType() != GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '"
                    + target.GetType().FullName + "'; the enum type was '" + GetType().FullName + "'.");
            return CompareToImpl(this, target);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CompareToImpl(object boxed, object other);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string ToStringImpl(object boxed);

        [MethodImpl(MethodImplOptions.InternalCall)]
        // 1 when flag's bits are all set in boxed, 0 when not, -1 when the two are boxes of different types.
        private static extern int HasFlagImpl(object boxed, object flag);
    }

    public struct Void { }

    public abstract partial class Array : ICloneable
    {
        internal Array() { }

        // A shallow copy: same type, same bounds, the elements copied (references, not the objects they name).
        public object Clone() { return MemberwiseClone(); }

        public static void Sort<T>(T[] array) { Sort(array, (System.Collections.Generic.IComparer<T>)null); }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            System.Collections.Generic.IntrospectiveSort<T>.Sort(array, 0, array.Length, comparison);
        }

        public static void Sort<T>(T[] array, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            System.Collections.Generic.IntrospectiveSort<T>.Sort(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length) { Sort(array, index, length, null); }

        public static void Sort<T>(T[] array, int index, int length, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            System.Collections.Generic.IntrospectiveSort<T>.Sort(array, index, length, comparer);
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOfUnchecked(array, value, 0, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            System.Collections.Generic.EqualityComparer<T> c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = array.Length - 1; i >= 0; i--) if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int BinarySearch<T>(T[] array, T value) { return BinarySearch(array, value, null); }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            CheckRange(array, index, length);
            for (int i = index, j = index + length - 1; i < j; i++, j--)
            {
                T t = array[i];
                array[i] = array[j];
                array[j] = t;
            }
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize");
            T[] bigger = new T[newSize];
            if (array != null) for (int i = 0; i < array.Length && i < newSize; i++) bigger[i] = array[i];
            array = bigger;
        }

        public static void Fill<T>(T[] array, T value)
        {
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return array[i];
            return default(T);
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return i;
            return -1;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) { return FindIndex(array, match) >= 0; }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            TOutput[] result = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) result[i] = converter(array[i]);
            return result;
        }

        // one shared empty array per element type, as in .NET
        public static T[] Empty<T>() { return EmptyArray<T>.Value; }

        private static class EmptyArray<T> { internal static readonly T[] Value = new T[0]; }

        // GetValue/SetValue: the element at a row-major position, boxed (value types) or as is; SetValue unboxes
        // into value-type elements (null clears them) and checks reference elements as stelem does.
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object GetFlatImpl(Array array, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetFlatImpl(Array array, object value, int index);

        private int FlatIndex(int[] indices)
        {
            if (indices == null) throw new ArgumentNullException("indices");
            if (indices.Length != RankImpl(this)) throw new ArgumentException("Indices length does not match the array rank.");
            int flat = 0;
            for (int d = 0; d < indices.Length; d++)
            {
                int i = indices[d] - GetLowerBound(d);
                if ((uint)i >= (uint)GetLength(d)) throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
                flat = flat * GetLength(d) + i;
            }
            return flat;
        }

        private int FlatIndex(int index)
        {
            if (RankImpl(this) != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.");
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
            return index;
        }

        public object GetValue(int index) { return GetFlatImpl(this, FlatIndex(index)); }
        public object GetValue(long index) { return GetValue((int)index); }
        public object GetValue(int index1, int index2) { return GetFlatImpl(this, FlatIndex(new int[] { index1, index2 })); }
        public object GetValue(int index1, int index2, int index3) { return GetFlatImpl(this, FlatIndex(new int[] { index1, index2, index3 })); }
        public object GetValue(params int[] indices) { return GetFlatImpl(this, FlatIndex(indices)); }
        public void SetValue(object value, int index) { SetFlatImpl(this, value, FlatIndex(index)); }
        public void SetValue(object value, long index) { SetValue(value, (int)index); }
        public void SetValue(object value, int index1, int index2) { SetFlatImpl(this, value, FlatIndex(new int[] { index1, index2 })); }
        public void SetValue(object value, int index1, int index2, int index3) { SetFlatImpl(this, value, FlatIndex(new int[] { index1, index2, index3 })); }
        public void SetValue(object value, params int[] indices) { SetFlatImpl(this, value, FlatIndex(indices)); }

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public long LongLength { get { return Length; } }

        public int Rank { get { return RankImpl(this); } }

        public int GetLength(int dimension)
        {
            if ((uint)dimension >= (uint)RankImpl(this)) throw new IndexOutOfRangeException("Array does not have that many dimensions.");
            return BoundImpl(this, dimension, false);
        }

        public long GetLongLength(int dimension) { return GetLength(dimension); }

        public int GetLowerBound(int dimension)
        {
            if ((uint)dimension >= (uint)RankImpl(this)) throw new IndexOutOfRangeException("Array does not have that many dimensions.");
            return BoundImpl(this, dimension, true);
        }

        public int GetUpperBound(int dimension) { return GetLowerBound(dimension) + GetLength(dimension) - 1; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int RankImpl(Array array);

        // the length or the lower bound of one dimension (checked by the caller)
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int BoundImpl(Array array, int dimension, bool lower);
    }

    // Layout contract with the compiler (DelegateEmitter): _target, _methodPtr, then _invocationList.
    // _methodPtr always takes the target first; static methods are reached through a thunk that ignores it.
    public abstract class Delegate
    {
        internal object _target;
        internal IntPtr _methodPtr;
        internal Delegate[] _invocationList;

        public object Target { get { return _target; } }

        public static Delegate CreateDelegate(Type type, System.Reflection.MethodInfo method) { return CreateDelegate(type, null, method, true); }
        public static Delegate CreateDelegate(Type type, System.Reflection.MethodInfo method, bool throwOnBindFailure) { return CreateDelegate(type, null, method, throwOnBindFailure); }
        public static Delegate CreateDelegate(Type type, object firstArgument, System.Reflection.MethodInfo method) { return CreateDelegate(type, firstArgument, method, true); }

        public static Delegate CreateDelegate(Type type, object firstArgument, System.Reflection.MethodInfo method, bool throwOnBindFailure)
        {
            return System.Reflection.DelegateCreation.Create(type, firstArgument, method, throwOnBindFailure);
        }

        public static Delegate CreateDelegate(Type type, object target, string method) { return CreateDelegate(type, target, method, false, true); }
        public static Delegate CreateDelegate(Type type, object target, string method, bool ignoreCase) { return CreateDelegate(type, target, method, ignoreCase, true); }

        public static Delegate CreateDelegate(Type type, object target, string method, bool ignoreCase, bool throwOnBindFailure)
        {
            return System.Reflection.DelegateCreation.Create(type, target, method, ignoreCase, throwOnBindFailure);
        }

        // The method the delegate calls (the last one of a multicast delegate), found by its entry point in the
        // reflection tables; the graph gives the declaring type of every method a delegate is made of a table.
        public System.Reflection.MethodInfo Method
        {
            get
            {
                Delegate last = _invocationList != null ? _invocationList[_invocationList.Length - 1] : this;
                return System.Reflection.RuntimeReflection.MethodOfEntry(last._methodPtr);
            }
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            Delegate[] left = a.Invocations();
            Delegate[] right = b.Invocations();
            Delegate[] all = new Delegate[left.Length + right.Length];
            for (int i = 0; i < left.Length; i++) all[i] = left[i];
            for (int i = 0; i < right.Length; i++) all[left.Length + i] = right[i];
            return a.WithList(all);
        }

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null) return null;
            if ((object)value == null) return source;
            Delegate[] list = source.Invocations();
            Delegate[] remove = value.Invocations();
            // remove the last occurrence of value's invocation list, as .NET does
            for (int start = list.Length - remove.Length; start >= 0; start--)
            {
                bool match = true;
                for (int k = 0; k < remove.Length && match; k++) match = list[start + k].SameMethod(remove[k]);
                if (!match) continue;
                int remaining = list.Length - remove.Length;
                if (remaining == 0) return null;
                Delegate[] rest = new Delegate[remaining];
                for (int i = 0, j = 0; i < list.Length; i++)
                {
                    if (i < start || i >= start + remove.Length) rest[j++] = list[i];
                }
                return remaining == 1 ? rest[0] : source.WithList(rest);
            }
            return source;
        }

        // The targets in invocation order (a new array each time, as in .NET).
        public virtual Delegate[] GetInvocationList()
        {
            Delegate[] list = Invocations();
            Delegate[] copy = new Delegate[list.Length];
            for (int i = 0; i < list.Length; i++) copy[i] = list[i];
            return copy;
        }

        private Delegate[] Invocations()
        {
            if (_invocationList != null) return _invocationList;
            Delegate[] single = new Delegate[1];
            single[0] = this;
            return single;
        }

        private Delegate WithList(Delegate[] list)
        {
            Delegate d = (Delegate)MemberwiseCloneImpl(this);
            d._invocationList = list;
            d._target = list[list.Length - 1]._target;
            d._methodPtr = list[list.Length - 1]._methodPtr;
            return d;
        }

        private bool SameMethod(Delegate other)
        {
            return _invocationList == null && other._invocationList == null && (object)_target == (object)other._target
                && _methodPtr == other._methodPtr;
        }

        public override bool Equals(object obj)
        {
            Delegate other = obj as Delegate;
            if ((object)other == null) return false;
            Delegate[] a = Invocations();
            Delegate[] b = other.Invocations();
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (!a[i].SameMethod(b[i])) return false;
            }
            return true;
        }

        public override int GetHashCode() { return _methodPtr.GetHashCode(); }

        public static bool operator ==(Delegate d1, Delegate d2) { return (object)d1 == null ? (object)d2 == null : d1.Equals(d2); }

        public static bool operator !=(Delegate d1, Delegate d2) { return !(d1 == d2); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object MemberwiseCloneImpl(object o);
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) { return (Delegate)d1 == (Delegate)d2; }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) { return !((Delegate)d1 == (Delegate)d2); }

        public override bool Equals(object obj) { return base.Equals(obj); }

        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public delegate void Action();
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);

    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
    }

    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);

    public abstract partial class Type : System.Reflection.MemberInfo
    {
        protected Type() { }

        public abstract string FullName { get; }
        public abstract string Namespace { get; }

        public override string ToString() { return FullName; }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) { return RuntimeType.FromHandle(handle.Value); }
        public virtual RuntimeTypeHandle TypeHandle { get { throw new NotSupportedException("Specified method is not supported."); } }
        public static RuntimeTypeHandle GetTypeHandle(object o)
        {
            if (o == null) throw new ArgumentNullException(null, "Object reference not set to an instance of an object.");
            return o.GetType().TypeHandle;
        }

        public static bool operator ==(Type left, Type right) { return (object)left == (object)right; }

        public static bool operator !=(Type left, Type right) { return (object)left != (object)right; }

        public override bool Equals(object o) { return (object)this == o; }

        public override int GetHashCode() { return base.GetHashCode(); }

        public abstract Type BaseType { get; }
        public abstract bool IsValueType { get; }
        public abstract bool IsInterface { get; }
        public abstract bool IsAbstract { get; }
        public abstract bool IsArray { get; }
        public abstract bool IsEnum { get; }
        public abstract Type GetElementType();
        public abstract bool IsAssignableFrom(Type c);

        public bool IsClass { get { return !IsValueType && !IsInterface; } }
        public bool HasElementType { get { return GetElementType() != null; } }
        public abstract bool IsGenericTypeDefinition { get; }
        public virtual bool IsGenericType { get { return IsGenericTypeDefinition; } }
        public bool IsNested { get { string f = FullName; if (f == null) return DeclaringType != null; return FullName.IndexOf('+') >= 0 && (FullName.IndexOf('[') < 0 || FullName.IndexOf('+') < FullName.IndexOf('[')); } }

        public bool IsPrimitive
        {
            get
            {
                switch (FullName)
                {
                    case "System.Boolean": case "System.Char": case "System.SByte": case "System.Byte":
                    case "System.Int16": case "System.UInt16": case "System.Int32": case "System.UInt32":
                    case "System.Int64": case "System.UInt64": case "System.IntPtr": case "System.UIntPtr":
                    case "System.Single": case "System.Double":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static TypeCode GetTypeCode(Type type) { return TypeCodes.Of(type); }

        public bool IsInstanceOfType(object o) { return o != null && IsAssignableFrom(o.GetType()); }

        public bool IsSubclassOf(Type c)
        {
            if (c == null) throw new ArgumentNullException("c");
            for (Type t = BaseType; t != null; t = t.BaseType)
                if (t == c) return true;
            return false;
        }
    }

    // One instance per type descriptor, created and cached by the runtime (kiln_icall_System_RuntimeType_FromHandle).
    internal sealed partial class RuntimeType : Type
    {
        internal IntPtr _descriptor;

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern RuntimeType FromHandle(IntPtr descriptor);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string DescriptorName(IntPtr descriptor);

        public override string FullName { get { return IsGenericTypeDefinition ? DefinitionName() : ReflectionName(DescriptorName(_descriptor)); } }

        // what the descriptor (kiln.h KType) records
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr BaseImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr ElementImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int FlagsImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool AssignableImpl(IntPtr from, IntPtr to);

        private const int ValueTypeFlag = 1, ArrayFlag = 2, InterfaceFlag = 16, AbstractFlag = 32, MdArrayFlag = 128, GenericDefinitionFlag = 256, GenericInstanceFlag = 1 << 12, EnumFlag = 1 << 16;

        // a generic definition's base may be open (Base<T>), which only its reflection table describes
        public override Type BaseType
        {
            get
            {
                Type open = IsGenericTypeDefinition && !IsInterface ? System.Reflection.GenericDefinitions.BaseOf(this) : null;
                return open ?? FromHandle(BaseImpl(_descriptor));
            }
        }
        public override bool IsValueType { get { return (FlagsImpl(_descriptor) & ValueTypeFlag) != 0; } }
        public override bool IsInterface { get { return (FlagsImpl(_descriptor) & InterfaceFlag) != 0; } }
        public override bool IsAbstract { get { return (FlagsImpl(_descriptor) & (AbstractFlag | InterfaceFlag)) != 0; } }
        public override bool IsArray { get { return (FlagsImpl(_descriptor) & (ArrayFlag | MdArrayFlag)) != 0; } }
        public override bool IsEnum { get { return (FlagsImpl(_descriptor) & EnumFlag) != 0; } }
        public override bool IsGenericTypeDefinition { get { return (FlagsImpl(_descriptor) & GenericDefinitionFlag) != 0; } }
        public override bool IsGenericType { get { return (FlagsImpl(_descriptor) & (GenericDefinitionFlag | GenericInstanceFlag)) != 0; } }
        public override Type GetElementType() { return FromHandle(ElementImpl(_descriptor)); }
        public override RuntimeTypeHandle TypeHandle { get { return new RuntimeTypeHandle(_descriptor); } }

        public override bool IsAssignableFrom(Type c)
        {
            RuntimeType rt = c as RuntimeType;
            return rt != null && AssignableImpl(rt._descriptor, _descriptor);
        }

        // Descriptor names write type arguments in angle brackets (List`1<System.Int32>, Box`1+Lid<System.Int32>);
        // reflection writes them in square ones (List`1[System.Int32]). Brackets that start a name segment belong to
        // compiler-generated names (<>c__DisplayClass0_0, <Main>d__0) and stay.
        internal static string ReflectionName(string name)
        {
            if (name.IndexOf('`') < 0) return name;
            char[] chars = name.ToCharArray();
            bool[] converted = new bool[chars.Length];
            int depth = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '<')
                {
                    char before = i == 0 ? '.' : name[i - 1];
                    bool arguments = before != '.' && before != '+' && before != '<' && before != ',' && before != '[';
                    bool arity = arguments;
                    converted[depth < converted.Length ? depth : converted.Length - 1] = arity;
                    depth++;
                    if (arity) chars[i] = '[';
                }
                else if (chars[i] == '>' && depth > 0)
                {
                    depth--;
                    if (converted[depth < converted.Length ? depth : converted.Length - 1]) chars[i] = ']';
                }
            }
            return new string(chars);
        }

        // .NET's Name is the last (nested) type name without namespace, enclosing types or type arguments, but
        // with array and pointer suffixes: List`1, Inner, Int32[], List`1[], and compiler-generated names whole
        // (<Main>d__0, <>c).
        public override string Name
        {
            get
            {
                string full = DescriptorName(_descriptor);
                bool[] arguments = ArgumentBrackets(full);
                int cut = -1;
                int depth = 0;
                for (int i = 0; i < full.Length; i++)
                {
                    char c = full[i];
                    if (c == '[' || (c == '<' && arguments[i])) depth++;
                    else if (c == ']' || (c == '>' && arguments[i])) depth--;
                    else if (depth == 0 && (c == '.' || c == '+')) cut = i;
                }
                System.Text.StringBuilder name = new System.Text.StringBuilder();
                depth = 0;
                for (int i = cut + 1; i < full.Length; i++)
                {
                    char c = full[i];
                    if (c == '<' && arguments[i]) depth++;
                    else if (c == '>' && arguments[i]) depth--;
                    else if (depth == 0) name.Append(c);
                }
                return name.ToString();
            }
        }

        // Which angle brackets of a descriptor name enclose type arguments (List`1<System.Int32>), as opposed to
        // those of compiler-generated names, which start a name segment (<Main>d__0): ReflectionName's rule.
        private static bool[] ArgumentBrackets(string name)
        {
            bool[] arguments = new bool[name.Length];
            int[] open = new int[name.Length];
            int depth = 0;
            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] == '<')
                {
                    char before = i == 0 ? '.' : name[i - 1];
                    arguments[i] = before != '.' && before != '+' && before != '<' && before != ',' && before != '[';
                    open[depth++] = i;
                }
                else if (name[i] == '>' && depth > 0)
                {
                    arguments[i] = arguments[open[--depth]];
                }
            }
            return arguments;
        }

        // The namespace of the outermost enclosing type: everything before its name, or null without one.
        public override string Namespace
        {
            get
            {
                string full = DescriptorName(_descriptor);
                int lastDot = -1;
                int depth = 0;
                for (int i = 0; i < full.Length; i++)
                {
                    char c = full[i];
                    if (c == '<' || c == '[') depth++;
                    else if (c == '>' || c == ']') depth--;
                    else if (depth == 0 && c == '+') break;
                    else if (depth == 0 && c == '.') lastDot = i;
                }
                return lastDot > 0 ? full.Substring(0, lastDot) : null;
            }
        }
    }

    public struct RuntimeTypeHandle
    {
        private IntPtr m_type;

        internal RuntimeTypeHandle(IntPtr descriptor) { m_type = descriptor; }

        public IntPtr Value { get { return m_type; } }
    }
    // ldtoken of a field or method: the address of the compiler's constant naming the member (dev.kiln.il.MemberHandles),
    // which FieldInfo.GetFieldFromHandle and MethodBase.GetMethodFromHandle look up in the reflection tables.
    public struct RuntimeFieldHandle
    {
        private IntPtr _value;

        public IntPtr Value { get { return _value; } }
    }

    public struct RuntimeMethodHandle
    {
        private IntPtr _value;

        public IntPtr Value { get { return _value; } }
    }
    // The extra arguments of a vararg method (C#'s __arglist): the compiler's block of a count and one TypedReference
    // per argument (dev.kiln.codegen.VarargCalls).
    public struct RuntimeArgumentHandle
    {
        internal IntPtr _block;
    }

    // Walks a vararg method's extra arguments, first to last.
    public struct ArgIterator
    {
        private IntPtr _block;
        private int _next;
        private int _count;

        public unsafe ArgIterator(RuntimeArgumentHandle arglist)
        {
            _block = arglist._block;
            _next = 0;
            _count = _block == IntPtr.Zero ? 0 : (int)*(long*)_block;
        }

        [CLSCompliant(false)]
        public unsafe ArgIterator(RuntimeArgumentHandle arglist, void* ptr) : this(arglist) { }

        public int GetRemainingCount() { return _count - _next; }

        public TypedReference GetNextArg()
        {
            if (_next >= _count) throw new InvalidOperationException("Enumeration already finished.");
            return TypedReference.FromEntry(Entry(_next++));
        }

        public TypedReference GetNextArg(RuntimeTypeHandle rth)
        {
            if (_next < _count && GetNextArgType().Value != rth.Value) throw new InvalidOperationException("The specified Type must match the current argument's type.");
            return GetNextArg();
        }

        public unsafe RuntimeTypeHandle GetNextArgType()
        {
            if (_next >= _count) throw new InvalidOperationException("Enumeration already finished.");
            return new RuntimeTypeHandle(((IntPtr*)Entry(_next))[1]);
        }

        public void End() { }

        private unsafe IntPtr Entry(int index) { return (IntPtr)((byte*)_block + 8 + 16 * index); }

        public override bool Equals(object o) { throw new NotSupportedException("ArgIterator does not support Equals."); }

        public override int GetHashCode() { return _block.GetHashCode(); }
    }
    // A managed pointer with its type (C#'s __makeref, __refvalue, __reftype). The compiler builds and reads it
    // (mkrefany, refanyval, refanytype) with exactly these two fields, in this order.
    public struct TypedReference
    {
        private IntPtr _value;
        private IntPtr _type;

        // A TypedReference stored at entry (an argument of a vararg call).
        internal static unsafe TypedReference FromEntry(IntPtr entry)
        {
            TypedReference r;
            r._value = ((IntPtr*)entry)[0];
            r._type = ((IntPtr*)entry)[1];
            return r;
        }

        public static Type GetTargetType(TypedReference value) { return value._type == IntPtr.Zero ? null : RuntimeType.FromHandle(value._type); }

        public static RuntimeTypeHandle TargetTypeToken(TypedReference value) { return new RuntimeTypeHandle(value._type); }

        // The value, boxed when its type is a value type.
        public static object ToObject(TypedReference value)
        {
            if (value._type == IntPtr.Zero) throw new ArgumentNullException("value");
            return ToObjectImpl(value._type, value._value);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object ToObjectImpl(IntPtr descriptor, IntPtr address);

        public override bool Equals(object o) { throw new NotSupportedException("This operation is not supported for this type."); }

        public override int GetHashCode() { return _type == IntPtr.Zero ? 0 : GetTargetType(this).GetHashCode(); }
    }

    public interface IDisposable { void Dispose(); }
    public interface ICloneable { object Clone(); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }

    // Layout contract with the compiler (boxing rules): hasValue, then value.
    public struct Nullable<T> where T : struct
    {
        private bool hasValue;
        internal T value;

        public Nullable(T value)
        {
            this.value = value;
            hasValue = true;
        }

        public bool HasValue { get { return hasValue; } }

        public T Value
        {
            get
            {
                if (!hasValue) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }

        public T GetValueOrDefault() { return value; }

        public T GetValueOrDefault(T defaultValue) { return hasValue ? value : defaultValue; }

        public override bool Equals(object other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }

        public override int GetHashCode() { return hasValue ? value.GetHashCode() : 0; }

        public override string ToString() { return hasValue ? value.ToString() : ""; }

        public static implicit operator T?(T value) { return new T?(value); }

        public static explicit operator T(T? value) { return value.Value; }
    }

    public static partial class Activator
    {
        // An intrinsic: the compiler turns each instantiation into `new T()` (default(T) for value types); only types
        // that cannot be created (no parameterless constructor, abstract, interfaces) call this body.
        public static T CreateInstance<T>()
        {
            throw new MissingMethodException("Cannot dynamically create an instance of type '" + typeof(T).FullName + "'. Reason: No parameterless constructor defined.");
        }
    }

    // Boehm's collector has no generations: every collection is a full one, counted for each generation, and every
    // object is in generation 0 as far as GetGeneration can tell (MaxGeneration is .NET's 2 so programs that loop over
    // generations see the usual range).
    public static class GC
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalAllocatedBytes(bool precise);

        public static long GetTotalAllocatedBytes() { return GetTotalAllocatedBytes(false); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetAllocatedBytesForCurrentThread();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Collect();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalMemory(bool forceFullCollection);

        public static int MaxGeneration { get { return 2; } }
        public static void Collect(int generation) { Collect(generation, GCCollectionMode.Default); }
        public static void Collect(int generation, GCCollectionMode mode) { Collect(generation, mode, true); }
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) { Collect(generation, mode, blocking, false); }

        // Every mode collects: Optimized may skip a collection in .NET, and doing one is within its contract.
        public static void Collect(int generation, GCCollectionMode mode, bool blocking, bool compacting)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            if (mode < GCCollectionMode.Default || mode > GCCollectionMode.Aggressive)
                throw new ArgumentOutOfRangeException("mode", "Value must be one of the GCCollectionMode values.");
            Collect();
        }

        public static int GetGeneration(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return 0;
        }

        public static int CollectionCount(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            return CollectionCountImpl();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CollectionCountImpl();

        // Finalizers run on the runtime's finalizer thread (runtime-c finalizer.c); objects of types without one are
        // left alone by both, as in .NET.
        public static void SuppressFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            SuppressFinalizeImpl(obj);
        }

        public static void ReRegisterForFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            ReRegisterForFinalizeImpl(obj);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SuppressFinalizeImpl(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ReRegisterForFinalizeImpl(object obj);

        // Returns when the finalizers of the objects earlier collections found unreachable have run (at once on the
        // finalizer thread itself).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForPendingFinalizers();

        // A call the optimizer cannot remove, so obj stays in a register or stack slot the collector scans until here.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void KeepAlive(object obj);

        // The collector paces itself by allocation; unmanaged memory it does not see is accepted and not counted.
        public static void AddMemoryPressure(long bytesAllocated)
        {
            if (bytesAllocated <= 0) throw new ArgumentOutOfRangeException("bytesAllocated", "Positive number required.");
        }

        public static void RemoveMemoryPressure(long bytesAllocated)
        {
            if (bytesAllocated <= 0) throw new ArgumentOutOfRangeException("bytesAllocated", "Positive number required.");
        }
    }

    public enum GCCollectionMode { Default = 0, Forced = 1, Optimized = 2, Aggressive = 3 }
}

