using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    internal interface ITupleInternal
    {
        string ToStringEnd();
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) { return new Tuple<T1>(item1); }

        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new Tuple<T1, T2>(item1, item2); }

        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new Tuple<T1, T2, T3>(item1, item2, item3); }

        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5,
            T6 item6, T7 item7)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3,
            T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8));
        }
    }

    public class Tuple<T1> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;

        public Tuple(T1 item1)
        {
            m_item1 = item1;
        }

        public T1 Item1 { get { return m_item1; } }

        public override bool Equals(object obj)
        {
            Tuple<T1> other = obj as Tuple<T1>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1> other = obj as Tuple<T1>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            return Comparer<T1>.Default.Compare(m_item1, other.m_item1);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ")"; }

        int ITuple.Length { get { return 1; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_item1 = item1;
            m_item2 = item2;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2> other = obj as Tuple<T1, T2>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2> other = obj as Tuple<T1, T2>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            return Comparer<T2>.Default.Compare(m_item2, other.m_item2);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ")"; }

        int ITuple.Length { get { return 2; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3> other = obj as Tuple<T1, T2, T3>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3> other = obj as Tuple<T1, T2, T3>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            return Comparer<T3>.Default.Compare(m_item3, other.m_item3);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ")"; }

        int ITuple.Length { get { return 3; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;
        private readonly T4 m_item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
            m_item4 = item4;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }
        public T4 Item4 { get { return m_item4; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4> other = obj as Tuple<T1, T2, T3, T4>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3)
                && EqualityComparer<T4>.Default.Equals(m_item4, other.m_item4);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3, T4> other = obj as Tuple<T1, T2, T3, T4>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(m_item3, other.m_item3)) != 0) return c;
            return Comparer<T4>.Default.Compare(m_item4, other.m_item4);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item4));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ", " + TupleSupport.Text(m_item4) + ")"; }

        int ITuple.Length { get { return 4; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                    case 3: return m_item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;
        private readonly T4 m_item4;
        private readonly T5 m_item5;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
            m_item4 = item4;
            m_item5 = item5;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }
        public T4 Item4 { get { return m_item4; } }
        public T5 Item5 { get { return m_item5; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5> other = obj as Tuple<T1, T2, T3, T4, T5>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3)
                && EqualityComparer<T4>.Default.Equals(m_item4, other.m_item4)
                && EqualityComparer<T5>.Default.Equals(m_item5, other.m_item5);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3, T4, T5> other = obj as Tuple<T1, T2, T3, T4, T5>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(m_item3, other.m_item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(m_item4, other.m_item4)) != 0) return c;
            return Comparer<T5>.Default.Compare(m_item5, other.m_item5);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item5));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ", " + TupleSupport.Text(m_item4) + ", " + TupleSupport.Text(m_item5) + ")"; }

        int ITuple.Length { get { return 5; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                    case 3: return m_item4;
                    case 4: return m_item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;
        private readonly T4 m_item4;
        private readonly T5 m_item5;
        private readonly T6 m_item6;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
            m_item4 = item4;
            m_item5 = item5;
            m_item6 = item6;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }
        public T4 Item4 { get { return m_item4; } }
        public T5 Item5 { get { return m_item5; } }
        public T6 Item6 { get { return m_item6; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6> other = obj as Tuple<T1, T2, T3, T4, T5, T6>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3)
                && EqualityComparer<T4>.Default.Equals(m_item4, other.m_item4)
                && EqualityComparer<T5>.Default.Equals(m_item5, other.m_item5)
                && EqualityComparer<T6>.Default.Equals(m_item6, other.m_item6);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6> other = obj as Tuple<T1, T2, T3, T4, T5, T6>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(m_item3, other.m_item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(m_item4, other.m_item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(m_item5, other.m_item5)) != 0) return c;
            return Comparer<T6>.Default.Compare(m_item6, other.m_item6);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item6));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ", " + TupleSupport.Text(m_item4) + ", " + TupleSupport.Text(m_item5) + ", " + TupleSupport.Text(m_item6) + ")"; }

        int ITuple.Length { get { return 6; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                    case 3: return m_item4;
                    case 4: return m_item5;
                    case 5: return m_item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;
        private readonly T4 m_item4;
        private readonly T5 m_item5;
        private readonly T6 m_item6;
        private readonly T7 m_item7;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
            m_item4 = item4;
            m_item5 = item5;
            m_item6 = item6;
            m_item7 = item7;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }
        public T4 Item4 { get { return m_item4; } }
        public T5 Item5 { get { return m_item5; } }
        public T6 Item6 { get { return m_item6; } }
        public T7 Item7 { get { return m_item7; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3)
                && EqualityComparer<T4>.Default.Equals(m_item4, other.m_item4)
                && EqualityComparer<T5>.Default.Equals(m_item5, other.m_item5)
                && EqualityComparer<T6>.Default.Equals(m_item6, other.m_item6)
                && EqualityComparer<T7>.Default.Equals(m_item7, other.m_item7);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(m_item3, other.m_item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(m_item4, other.m_item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(m_item5, other.m_item5)) != 0) return c;
            if ((c = Comparer<T6>.Default.Compare(m_item6, other.m_item6)) != 0) return c;
            return Comparer<T7>.Default.Compare(m_item7, other.m_item7);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item6));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item7));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ", " + TupleSupport.Text(m_item4) + ", " + TupleSupport.Text(m_item5) + ", " + TupleSupport.Text(m_item6) + ", " + TupleSupport.Text(m_item7) + ")"; }

        int ITuple.Length { get { return 7; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                    case 3: return m_item4;
                    case 4: return m_item5;
                    case 5: return m_item6;
                    case 6: return m_item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    // Eight or more items: Rest holds the others as a Tuple, and ToString and ITuple see through it.
    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IComparable, ITupleInternal, ITuple
    {
        private readonly T1 m_item1;
        private readonly T2 m_item2;
        private readonly T3 m_item3;
        private readonly T4 m_item4;
        private readonly T5 m_item5;
        private readonly T6 m_item6;
        private readonly T7 m_item7;
        private readonly TRest m_rest;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!((object)rest is ITupleInternal)) throw new ArgumentException("The last element of an eight element tuple must be a Tuple.", "rest");
            m_item1 = item1;
            m_item2 = item2;
            m_item3 = item3;
            m_item4 = item4;
            m_item5 = item5;
            m_item6 = item6;
            m_item7 = item7;
            m_rest = rest;
        }

        public T1 Item1 { get { return m_item1; } }
        public T2 Item2 { get { return m_item2; } }
        public T3 Item3 { get { return m_item3; } }
        public T4 Item4 { get { return m_item4; } }
        public T5 Item5 { get { return m_item5; } }
        public T6 Item6 { get { return m_item6; } }
        public T7 Item7 { get { return m_item7; } }
        public TRest Rest { get { return m_rest; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (other == null) return false;
            return EqualityComparer<T1>.Default.Equals(m_item1, other.m_item1)
                && EqualityComparer<T2>.Default.Equals(m_item2, other.m_item2)
                && EqualityComparer<T3>.Default.Equals(m_item3, other.m_item3)
                && EqualityComparer<T4>.Default.Equals(m_item4, other.m_item4)
                && EqualityComparer<T5>.Default.Equals(m_item5, other.m_item5)
                && EqualityComparer<T6>.Default.Equals(m_item6, other.m_item6)
                && EqualityComparer<T7>.Default.Equals(m_item7, other.m_item7)
                && EqualityComparer<TRest>.Default.Equals(m_rest, other.m_rest);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (other == null) throw TupleSupport.WrongType(this, "other");
            int c;
            if ((c = Comparer<T1>.Default.Compare(m_item1, other.m_item1)) != 0) return c;
            if ((c = Comparer<T2>.Default.Compare(m_item2, other.m_item2)) != 0) return c;
            if ((c = Comparer<T3>.Default.Compare(m_item3, other.m_item3)) != 0) return c;
            if ((c = Comparer<T4>.Default.Compare(m_item4, other.m_item4)) != 0) return c;
            if ((c = Comparer<T5>.Default.Compare(m_item5, other.m_item5)) != 0) return c;
            if ((c = Comparer<T6>.Default.Compare(m_item6, other.m_item6)) != 0) return c;
            if ((c = Comparer<T7>.Default.Compare(m_item7, other.m_item7)) != 0) return c;
            return Comparer<TRest>.Default.Compare(m_rest, other.m_rest);
        }

        public override int GetHashCode()
        {
            int hash = TupleSupport.Hash(m_item1);
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item2));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item3));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item4));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item5));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item6));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_item7));
            hash = TupleSupport.Combine(hash, TupleSupport.Hash(m_rest));
            return hash;
        }

        public override string ToString() { return "(" + ((ITupleInternal)this).ToStringEnd(); }

        string ITupleInternal.ToStringEnd() { return TupleSupport.Text(m_item1) + ", " + TupleSupport.Text(m_item2) + ", " + TupleSupport.Text(m_item3) + ", " + TupleSupport.Text(m_item4) + ", " + TupleSupport.Text(m_item5) + ", " + TupleSupport.Text(m_item6) + ", " + TupleSupport.Text(m_item7) + ", " + ((ITupleInternal)m_rest).ToStringEnd(); }

        int ITuple.Length { get { return 7 + ((ITuple)m_rest).Length; } }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_item1;
                    case 1: return m_item2;
                    case 2: return m_item3;
                    case 3: return m_item4;
                    case 4: return m_item5;
                    case 5: return m_item6;
                    case 6: return m_item7;
                }
                if (index < 7) throw new IndexOutOfRangeException();
                return ((ITuple)m_rest)[index - 7];
            }
        }
    }
}
