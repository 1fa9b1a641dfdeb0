// Comparer<T>.Default and EqualityComparer<T>.Default over structs and classes implementing IComparable<T> and
// IEquatable<T> (null handling), enums, nullables, strings and object: what sorting, dictionaries and sets see.
using System;
using System.Collections.Generic;
using System.Linq;
struct P : IComparable<P>, IEquatable<P> { public int X; public P(int x){X=x;} public int CompareTo(P o){return X.CompareTo(o.X);} public bool Equals(P o){return X==o.X;} public override int GetHashCode(){return X;} public override string ToString(){return "P"+X;} }
class N : IComparable<N>, IEquatable<N> { public int X; public N(int x){X=x;} public int CompareTo(N o){ return o == null ? 1 : X.CompareTo(o.X);} public bool Equals(N o){return o != null && X==o.X;} public override int GetHashCode(){return X;} public override string ToString(){return "N"+X;} }
enum E { A, B, C }
class Cmp {
  static void Main() {
    var ps = new[] { new P(3), new P(1), new P(2) }; Array.Sort(ps); Console.WriteLine(string.Join(",", ps));
    var ns = new[] { new N(3), null, new N(1) }; Array.Sort(ns); Console.WriteLine(string.Join(",", ns.Select(n => n == null ? "null" : n.ToString())));
    Console.WriteLine(Comparer<N>.Default.Compare(null, new N(1)) + " " + Comparer<N>.Default.Compare(new N(1), null) + " " + Comparer<N>.Default.Compare(null, null));
    Console.WriteLine(EqualityComparer<N>.Default.Equals(null, null) + " " + EqualityComparer<N>.Default.Equals(new N(2), new N(2)) + " " + EqualityComparer<N>.Default.GetHashCode(null));
    Console.WriteLine(EqualityComparer<P>.Default.Equals(new P(2), new P(2)) + " " + Comparer<int>.Default.Compare(1, 2) + " " + Comparer<string>.Default.Compare("a", "b") + " " + EqualityComparer<string>.Default.Equals("x", "x"));
    Console.WriteLine(Comparer<E>.Default.Compare(E.C, E.A) + " " + EqualityComparer<E>.Default.Equals(E.B, E.B) + " " + Comparer<int?>.Default.Compare(null, 1) + " " + EqualityComparer<int?>.Default.Equals(null, null));
    var d = new Dictionary<P, int> { { new P(1), 10 }, { new P(2), 20 } }; Console.WriteLine(d[new P(2)]);
    var h = new HashSet<N> { new N(1), new N(1), null }; Console.WriteLine(h.Count);
    Console.WriteLine(Comparer<object>.Default.Compare(1, 2) + " " + Comparer<Version>.Default.Compare(new Version(1,2), new Version(1,3)));
  }
}
