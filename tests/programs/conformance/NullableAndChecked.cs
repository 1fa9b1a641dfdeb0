// Nullable arithmetic and comparisons (lifted operators, three-valued bool logic, ?? and ?.), and overflow
// checking: checked/unchecked blocks and expressions, checked conversions, Math.Abs(int.MinValue) and decimal
// overflow, self-checking with a result of 100.
using System;
using System.Collections.Generic;

class Node { public int Value; public Node Next; public string Label; }

class NullableAndChecked
{
    static int failures;
    static void Check(string what, object got, object expected)
    {
        string g = got == null ? "null" : got.ToString(), e = expected == null ? "null" : expected.ToString();
        if (g != e) { Console.WriteLine("FAIL " + what + ": got " + g + ", expected " + e); failures++; }
    }

    static string Throws(Func<object> f)
    {
        try { return "value " + f(); }
        catch (OverflowException) { return "overflow"; }
        catch (DivideByZeroException) { return "divide by zero"; }
        catch (InvalidOperationException) { return "invalid operation"; }
        catch (NullReferenceException) { return "null reference"; }
    }

    static int? ParseOrNull(string s) { int v; return int.TryParse(s, out v) ? v : (int?)null; }

    static int Main()
    {
        int? a = 5, b = null, c = 7;
        Check("a+c", a + c, 12);
        Check("a+b", a + b, null);
        Check("a*b ?? -1", a * b ?? -1, -1);
        Check("-b", -b, null);
        Check("a<c", a < c, true);
        Check("a<b", a < b, false);
        Check("a>=b", a >= b, false);
        Check("b==null", b == null, true);
        Check("a!=b", a != b, true);
        Check("b==b", b == b, true);
        Check("chain", b ?? c ?? a, 7);
        Check("GetValueOrDefault", b.GetValueOrDefault() + b.GetValueOrDefault(9), 9);
        Check("HasValue", a.HasValue && !b.HasValue, true);
        Check("increment", ++a, 6);
        b++;
        Check("increment null", b, null);
        Check("compound", (c += a), 13);
        double? d = 2.5;
        Check("mixed", d * a, 15);
        long? big = int.MaxValue;
        Check("widen", big + 1, 2147483648L);

        bool? t = true, f = false, n = null;
        Check("t&n", t & n, null);
        Check("f&n", f & n, false);
        Check("t|n", t | n, true);
        Check("f|n", f | n, null);
        Check("t^n", t ^ n, null);
        Check("!n", !n, null);
        Check("n==false", n == false, false);
        Check("if n", n == true ? "yes" : "no", "no");

        object boxedNull = b;
        object boxedA = a;
        Check("box null", boxedNull == null, true);
        Check("box value type", boxedA.GetType().Name, "Int32");
        int? unboxed = (int?)boxedA;
        Check("unbox", unboxed, 6);
        Check("unbox null", (int?)boxedNull, null);
        Check("as", (boxedA as int?) + 1, 7);
        Check("is", boxedA is int, true);

        var list = new List<int?> { 3, null, 1 };
        list.Sort();
        Check("sorted nullables", string.Join(",", list), ",1,3");
        Check("parse or null", ParseOrNull("12") + ParseOrNull("x").GetValueOrDefault(), 12);
        Check("Value throws", Throws(() => b.Value), "invalid operation");

        Node head = new Node { Value = 1, Next = new Node { Value = 2, Label = "two" } };
        Check("?.", head.Next?.Label?.Length, 3);
        Check("?. null", head.Next.Next?.Label, null);
        Check("?. value", head.Next?.Next?.Value ?? -1, -1);
        Node nothing = null;
        Check("?. on null", nothing?.Value, null);
        string[] arr = null;
        Check("?[]", arr?[0], null);
        Check("?? throw", Throws(() => nothing ?? throw new InvalidOperationException()), "invalid operation");

        // overflow
        int max = int.MaxValue, min = int.MinValue;
        Check("unchecked wrap", unchecked(max + 1), int.MinValue);
        Check("checked add", Throws(() => checked(max + 1)), "overflow");
        Check("checked mul", Throws(() => checked(max * 2)), "overflow");
        Check("checked neg", Throws(() => checked(-min)), "overflow");
        Check("checked sub", Throws(() => { checked { int x = min; x--; return x; } }), "overflow");
        Check("checked long", Throws(() => checked(long.MaxValue + (long)max)), "overflow");
        uint zero = 0;
        int i300 = 300, minusOne = -1;
        double huge = 3e10, nan = double.NaN;
        long twoTo33 = 1L << 33;
        ulong umax = ulong.MaxValue;
        decimal dmax = decimal.MaxValue, dzero = 0m;
        Check("checked uint", Throws(() => checked(zero - 1)), "overflow");
        Check("unchecked uint", unchecked(zero - 1), uint.MaxValue);
        Check("checked cast", Throws(() => checked((byte)i300)), "overflow");
        Check("checked cast ok", checked((byte)255), 255);
        Check("checked double->int", Throws(() => checked((int)huge)), "overflow");
        Check("checked double NaN", Throws(() => checked((int)nan)), "overflow");
        Check("checked long->int", Throws(() => checked((int)twoTo33)), "overflow");
        Check("checked negative to uint", Throws(() => checked((uint)minusOne)), "overflow");
        Check("checked ulong->long", Throws(() => checked((long)umax)), "overflow");
        Check("unchecked narrowing", unchecked((short)70000), 4464);
        Check("Math.Abs min", Throws(() => Math.Abs(min)), "overflow");
        Check("Math.Abs long min", Throws(() => Math.Abs(long.MinValue)), "overflow");
        Check("decimal overflow", Throws(() => dmax + 1), "overflow");
        Check("decimal div zero", Throws(() => 1m / dzero), "divide by zero");
        int zeroInt = 0;
        Check("int div zero", Throws(() => 10 / zeroInt), "divide by zero");
        Check("int mod zero", Throws(() => 10 % zeroInt), "divide by zero");
        Check("double div zero", 1.0 / zeroInt, double.PositiveInfinity);
        Check("Convert.ToInt32 overflow", Throws(() => Convert.ToInt32(1e20)), "overflow");
        Check("Convert.ToUInt16 negative", Throws(() => Convert.ToUInt16(-1)), "overflow");
        int sum = 0;
        try { checked { for (int i = 0; i < 100; i++) sum += int.MaxValue / 10; } }
        catch (OverflowException) { Check("overflow at iteration sum", sum, 2147483640); }
        short s1 = short.MaxValue;
        s1++;
        Check("short wrap", s1, short.MinValue);
        byte by = 250;
        by += 10;
        Check("byte wrap", by, 4);
        Check("checked compound byte", Throws(() => { byte x = 250; checked { x += 10; } return x; }), "overflow");
        Console.WriteLine(failures == 0 ? "all checks passed" : failures + " failures");
        return failures == 0 ? 100 : 1;
    }
}
