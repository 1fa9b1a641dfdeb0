using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Runtime.CompilerServices
{
    public interface ITuple
    {
        int Length { get; }
        object this[int index] { get; }
    }

    // Emitted by C# compilers on signatures that name tuple elements: `(int Count, string Name)`.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter
        | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.Event)]
#pragma warning disable 3015 // an array-typed constructor parameter, as in .NET, where C# compilers write this attribute
    public sealed class TupleElementNamesAttribute : Attribute
    {
        private readonly string[] m_transformNames;

        public TupleElementNamesAttribute(string[] transformNames)
        {
            if (transformNames == null) throw new ArgumentNullException("transformNames");
            m_transformNames = transformNames;
        }

        public IList<string> TransformNames { get { return m_transformNames; } }
    }
#pragma warning restore 3015
}

namespace System
{
    // What the value tuples share: the text after "(" (so an eight-item tuple can print its Rest inline).
    internal interface IValueTupleInternal
    {
        string ToStringEnd();
    }

    internal static class TupleSupport
    {
        internal static string Text<T>(T item) { return item == null ? "" : item.ToString(); }

        internal static int Hash<T>(T item) { return item == null ? 0 : item.GetHashCode(); }

        internal static int Combine(int h1, int h2) { return ((h1 << 5) + h1) ^ h2; }

        internal static ArgumentException WrongType(object tuple, string paramName)
        {
            return new ArgumentException("Argument must be of type " + tuple.GetType() + ".", paramName);
        }
    }

    // The tuple of no items, and the factory of the others (C# `(a, b)` syntax builds them directly).
    public struct ValueTuple : IEquatable<ValueTuple>, IComparable, IComparable<ValueTuple>, IValueTupleInternal, ITuple
    {
        public override bool Equals(object obj) { return obj is ValueTuple; }
        public bool Equals(ValueTuple other) { return true; }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple)) throw TupleSupport.WrongType(this, "other");
            return 0;
        }

        public int CompareTo(ValueTuple other) { return 0; }
        public override int GetHashCode() { return 0; }
        public override string ToString() { return "()"; }
        string IValueTupleInternal.ToStringEnd() { return ")"; }
        int ITuple.Length { get { return 0; } }
        object ITuple.this[int index] { get { throw new IndexOutOfRangeException(); } }

        public static ValueTuple Create() { return new ValueTuple(); }

        public static ValueTuple<T1> Create<T1>(T1 item1) { return new ValueTuple<T1>(item1); }

        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new ValueTuple<T1, T2>(item1, item2); }

        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new ValueTuple<T1, T2, T3>(item1, item2, item3);
        }

        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5,
            T6 item6)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4,
            T5 item5, T6 item6, T7 item7)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2,
            T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7,
                new ValueTuple<T8>(item8));
        }
    }

    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1> && Equals((ValueTuple<T1>)obj); }

        public bool Equals(ValueTuple<T1> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1>)other);
        }

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 1; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2> && Equals((ValueTuple<T1, T2>)obj); }

        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2>)other);
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 2; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3> && Equals((ValueTuple<T1, T2, T3>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 3; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4> && Equals((ValueTuple<T1, T2, T3, T4>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(Item3, other.Item3)) != 0) return c;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item4));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ", " + TupleSupport.Text(Item4) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 4; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5> && Equals((ValueTuple<T1, T2, T3, T4, T5>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(Item3, other.Item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(Item4, other.Item4)) != 0) return c;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item5));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ", " + TupleSupport.Text(Item4) + ", " + TupleSupport.Text(Item5) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 5; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(Item3, other.Item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(Item4, other.Item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(Item5, other.Item5)) != 0) return c;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item6));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ", " + TupleSupport.Text(Item4) + ", " + TupleSupport.Text(Item5) + ", " + TupleSupport.Text(Item6) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 6; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(Item3, other.Item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(Item4, other.Item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(Item5, other.Item5)) != 0) return c;
            if ((c = Comparer<T6>.Default.Compare(Item6, other.Item6)) != 0) return c;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item6));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item7));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ", " + TupleSupport.Text(Item4) + ", " + TupleSupport.Text(Item5) + ", " + TupleSupport.Text(Item6) + ", " + TupleSupport.Text(Item7) + ")"; }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 7; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    // Eight or more items: Rest holds the others as a ValueTuple, and ToString and ITuple see through it.
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal, ITuple where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!((object)rest is IValueTupleInternal)) throw new ArgumentException("The last element of an eight element ValueTuple must be a ValueTuple.", "rest");
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj); }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7)
                && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) throw TupleSupport.WrongType(this, "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c;
            if ((c = Comparer<T1>.Default.Compare(Item1, other.Item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(Item2, other.Item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(Item3, other.Item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(Item4, other.Item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(Item5, other.Item5)) != 0) return c;
            if ((c = Comparer<T6>.Default.Compare(Item6, other.Item6)) != 0) return c;
            if ((c = Comparer<T7>.Default.Compare(Item7, other.Item7)) != 0) return c;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(Item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item6));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Item7));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(Rest));
            return hash;
        }

        public override string ToString() { return "(" + ItemsAndClose(); }

        private string ItemsAndClose() { return TupleSupport.Text(Item1) + ", " + TupleSupport.Text(Item2) + ", " + TupleSupport.Text(Item3) + ", " + TupleSupport.Text(Item4) + ", " + TupleSupport.Text(Item5) + ", " + TupleSupport.Text(Item6) + ", " + TupleSupport.Text(Item7) + ", " + ((IValueTupleInternal)Rest).ToStringEnd(); }

        string IValueTupleInternal.ToStringEnd() { return ItemsAndClose(); }

        int ITuple.Length { get { return 7 + ((ITuple)Rest).Length; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                }
                if (index < 7) throw new IndexOutOfRangeException();
                return ((ITuple)Rest)[index - 7];
            }
        }
    }
}
