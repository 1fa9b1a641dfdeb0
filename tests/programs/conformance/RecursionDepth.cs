// Self-checking: deep (but bounded) recursion, mutual recursion, recursion through virtual calls, delegates,
// generic methods and exceptions unwinding through many frames.
using System;

abstract class Expr { public abstract long Eval(); }
class Num : Expr { public long V; public Num(long v) { V = v; } public override long Eval() { return V; } }
class Add : Expr { public Expr L, R; public Add(Expr l, Expr r) { L = l; R = r; } public override long Eval() { return L.Eval() + R.Eval(); } }
class Mul : Expr { public Expr L, R; public Mul(Expr l, Expr r) { L = l; R = r; } public override long Eval() { return L.Eval() * R.Eval(); } }

class RecursionDepth
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static long SumTo(int n) { return n == 0 ? 0 : n + SumTo(n - 1); }
    static bool IsEven(int n) { return n == 0 || IsOdd(n - 1); }
    static bool IsOdd(int n) { return n != 0 && IsEven(n - 1); }
    static long Ackermann(long m, long n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }
    static int Depth<T>(T value, int n) { return n == 0 ? 0 : 1 + Depth(value, n - 1); }
    static long Hanoi(int n, int from, int to, int via) { return n == 0 ? 0 : Hanoi(n - 1, from, via, to) + 1 + Hanoi(n - 1, via, to, from); }
    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }
    static long Binomial(int n, int k, long[,] memo)
    {
        if (k == 0 || k == n) return 1;
        if (memo[n, k] != 0) return memo[n, k];
        return memo[n, k] = Binomial(n - 1, k - 1, memo) + Binomial(n - 1, k, memo);
    }
    static int ThrowAtDepth(int n) { if (n == 0) throw new InvalidOperationException("deep"); return ThrowAtDepth(n - 1) + 1; }
    static int FinallyCount;
    static void FinallyAtEveryLevel(int n)
    {
        try { if (n == 0) throw new FormatException(); FinallyAtEveryLevel(n - 1); }
        finally { FinallyCount++; }
    }

    static int Main()
    {
        Check("sum to 10000", SumTo(10000), 50005000);
        Check("mutual even", IsEven(5000) ? 1 : 0, 1);
        Check("mutual odd", IsOdd(4999) ? 1 : 0, 1);
        Check("ackermann(2,3)", Ackermann(2, 3), 9);
        Check("ackermann(3,3)", Ackermann(3, 3), 61);
        Check("ackermann(3,5)", Ackermann(3, 5), 253);
        Check("generic recursion", Depth("x", 3000), 3000);
        Check("generic recursion struct", Depth(1.5, 3000), 3000);
        Check("hanoi 20", Hanoi(20, 1, 3, 2), 1048575);
        Check("gcd", Gcd(1071, 462), 21);
        Check("binomial(60,30)", Binomial(60, 30, new long[61, 61]), 118264581564861424);

        // deep expression tree evaluated through virtual calls
        Expr e = new Num(0);
        for (int i = 1; i <= 2000; i++) e = new Add(e, new Mul(new Num(i), new Num(2)));
        Check("virtual recursion", e.Eval(), 2001 * 2000);

        // recursive delegate
        Func<int, long> fib = null;
        var memo = new long[91];
        fib = n => n < 2 ? n : memo[n] != 0 ? memo[n] : (memo[n] = fib(n - 1) + fib(n - 2));
        Check("delegate recursion fib 90", fib(90), 2880067194370816120);

        // exception unwinding through 5000 frames
        string msg = "";
        try { ThrowAtDepth(5000); } catch (InvalidOperationException ex) { msg = ex.Message; }
        Check("deep unwind", msg == "deep" ? 1 : 0, 1);
        try { FinallyAtEveryLevel(1000); } catch (FormatException) { }
        Check("finally at every level", FinallyCount, 1001);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
