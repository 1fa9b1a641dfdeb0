// [MethodImpl(NoInlining)] keeps a method's own frame (it shows in a stack trace), AggressiveInlining is accepted,
// and RuntimeHelpers.GetHashCode is the identity hash whatever GetHashCode the type overrides.
using System; using System.Runtime.CompilerServices;
class K { public override int GetHashCode() { return 7; } }
class Ni {
  [MethodImpl(MethodImplOptions.NoInlining)] static int Leaf(int x) { if (x < 0) throw new InvalidOperationException("neg"); return x + 1; }
  [MethodImpl(MethodImplOptions.AggressiveInlining)] static int Hot(int x) { return x * 2; }
  static void Main() {
    try { Leaf(-1); } catch (Exception e) { Console.WriteLine(e.StackTrace.Contains("Leaf") ? "Leaf frame shown" : "Leaf frame missing"); }
    Console.WriteLine(Hot(Leaf(20)));
    var k = new K(); Console.WriteLine(k.GetHashCode() + " " + (RuntimeHelpers.GetHashCode(k) == RuntimeHelpers.GetHashCode(k)) + " " + RuntimeHelpers.GetHashCode(null));
  }
}
