// Self-checking: arbitrary-precision non-negative integers in base 10^9 arrays — addition, subtraction,
// multiplication, division by small numbers, comparison — checked with factorials, powers and Fibonacci numbers.
using System;
using System.Text;

class Big
{
    const uint Base = 1000000000;
    readonly uint[] limbs; // little endian
    public Big(uint[] l) { int n = l.Length; while (n > 1 && l[n - 1] == 0) n--; limbs = new uint[n]; Array.Copy(l, limbs, n); }
    public static Big Of(ulong v)
    {
        var l = new uint[3];
        for (int i = 0; i < 3; i++) { l[i] = (uint)(v % Base); v /= Base; }
        return new Big(l);
    }

    public static Big operator +(Big a, Big b)
    {
        int n = Math.Max(a.limbs.Length, b.limbs.Length) + 1;
        var r = new uint[n];
        ulong carry = 0;
        for (int i = 0; i < n; i++)
        {
            ulong s = carry + (i < a.limbs.Length ? a.limbs[i] : 0u) + (i < b.limbs.Length ? b.limbs[i] : 0u);
            r[i] = (uint)(s % Base);
            carry = s / Base;
        }
        return new Big(r);
    }

    public static Big operator -(Big a, Big b)
    {
        if (Compare(a, b) < 0) throw new InvalidOperationException("negative result");
        var r = new uint[a.limbs.Length];
        long borrow = 0;
        for (int i = 0; i < r.Length; i++)
        {
            long d = (long)a.limbs[i] - borrow - (i < b.limbs.Length ? b.limbs[i] : 0u);
            borrow = d < 0 ? 1 : 0;
            if (d < 0) d += Base;
            r[i] = (uint)d;
        }
        return new Big(r);
    }

    public static Big operator *(Big a, Big b)
    {
        var acc = new ulong[a.limbs.Length + b.limbs.Length + 1];
        for (int i = 0; i < a.limbs.Length; i++)
        {
            ulong carry = 0;
            for (int j = 0; j < b.limbs.Length; j++)
            {
                ulong cur = acc[i + j] + (ulong)a.limbs[i] * b.limbs[j] + carry;
                acc[i + j] = cur % Base;
                carry = cur / Base;
            }
            int k = i + b.limbs.Length;
            while (carry > 0) { ulong cur = acc[k] + carry; acc[k] = cur % Base; carry = cur / Base; k++; }
        }
        var r = new uint[acc.Length];
        for (int i = 0; i < acc.Length; i++) r[i] = (uint)acc[i];
        return new Big(r);
    }

    public Big DivSmall(uint d, out uint remainder)
    {
        var r = new uint[limbs.Length];
        ulong rem = 0;
        for (int i = limbs.Length - 1; i >= 0; i--)
        {
            ulong cur = rem * Base + limbs[i];
            r[i] = (uint)(cur / d);
            rem = cur % d;
        }
        remainder = (uint)rem;
        return new Big(r);
    }

    public static int Compare(Big a, Big b)
    {
        if (a.limbs.Length != b.limbs.Length) return a.limbs.Length < b.limbs.Length ? -1 : 1;
        for (int i = a.limbs.Length - 1; i >= 0; i--)
            if (a.limbs[i] != b.limbs[i]) return a.limbs[i] < b.limbs[i] ? -1 : 1;
        return 0;
    }

    public int DigitSum() { int s = 0; foreach (char c in ToString()) s += c - '0'; return s; }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(limbs[limbs.Length - 1]);
        for (int i = limbs.Length - 2; i >= 0; i--) sb.Append(limbs[i].ToString().PadLeft(9, '0'));
        return sb.ToString();
    }
}

class BigNumberMath
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static Big Factorial(int n) { Big r = Big.Of(1); for (int i = 2; i <= n; i++) r = r * Big.Of((ulong)i); return r; }
    static Big Pow(Big b, int e) { Big r = Big.Of(1); while (e > 0) { if ((e & 1) == 1) r = r * b; b = b * b; e >>= 1; } return r; }

    static int Main()
    {
        Check("20!", Factorial(20).ToString(), "2432902008176640000");
        Check("25!", Factorial(25).ToString(), "15511210043330985984000000");
        Check("50!", Factorial(50).ToString(), "30414093201713378043612608166064768844377641568960512000000000000");
        Check("100! digit sum", Factorial(100).DigitSum().ToString(), "648");
        Check("100! length", Factorial(100).ToString().Length.ToString(), "158");
        Check("2^64", Pow(Big.Of(2), 64).ToString(), "18446744073709551616");
        Check("2^100", Pow(Big.Of(2), 100).ToString(), "1267650600228229401496703205376");
        Check("2^1000 digit sum", Pow(Big.Of(2), 1000).DigitSum().ToString(), "1366");
        Check("3^50", Pow(Big.Of(3), 50).ToString(), "717897987691852588770249");
        Check("ulong max + 1", (Big.Of(ulong.MaxValue) + Big.Of(1)).ToString(), "18446744073709551616");
        Check("carry chain", (Big.Of(999999999999999999UL) + Big.Of(1)).ToString(), "1000000000000000000");
        Check("borrow chain", (Pow(Big.Of(10), 30) - Big.Of(1)).ToString(), "999999999999999999999999999999");
        Check("sub to zero", (Factorial(30) - Factorial(30)).ToString(), "0");

        // Fibonacci(300)
        Big a = Big.Of(0), b = Big.Of(1);
        for (int i = 0; i < 300; i++) { Big t = a + b; a = b; b = t; }
        Check("fib 300", a.ToString(), "222232244629420445529739893461909967206666939096499764990979600");

        // division by small numbers undoes multiplication
        Big f = Factorial(40);
        uint rem;
        Big q = f.DivSmall(40, out rem);
        Check("40!/40 == 39!", (Big.Compare(q, Factorial(39)) == 0) + "/" + rem, "True/0");
        q = Pow(Big.Of(10), 20).DivSmall(7, out rem);
        Check("10^20 / 7", q + " r " + rem, "14285714285714285714 r 2");
        Check("compare", Big.Compare(Factorial(21), Pow(Big.Of(2), 65)) + "," + Big.Compare(Big.Of(5), Big.Of(5)) + "," + Big.Compare(Big.Of(4), Big.Of(5)), "1,0,-1");

        bool threw = false;
        try { var x = Big.Of(1) - Big.Of(2); Check("unreached", x.ToString(), ""); } catch (InvalidOperationException) { threw = true; }
        Check("negative subtraction throws", threw.ToString(), "True");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
