using System;

delegate int BinaryOp(int a, int b);
delegate bool Check(string s);
delegate void RefAction(ref int x);
delegate string Formatter(string label, long value);

class CustomDelegateTypes
{
    static int Apply(BinaryOp op, int a, int b) { return op(a, b); }
    static void Twice(RefAction a, ref int x) { a(ref x); a(ref x); }
    static void Triple(ref int x) { x *= 3; }

    static void Main()
    {
        BinaryOp add = (a, b) => a + b;
        BinaryOp sub = delegate (int a, int b) { return a - b; };
        BinaryOp max = Math.Max;
        Console.WriteLine(Apply(add, 3, 4) + " " + Apply(sub, 3, 4) + " " + Apply(max, 3, 4));
        BinaryOp[] ops = new BinaryOp[] { add, sub, max, (a, b) => a * b };
        int acc = 1;
        for (int i = 0; i < ops.Length; i++) acc = ops[i](acc, i + 2);
        Console.WriteLine(acc);
        Check nonEmpty = s => !string.IsNullOrEmpty(s);
        Console.WriteLine(nonEmpty("") + " " + nonEmpty("a") + " " + nonEmpty(null));
        int v = 2;
        Twice(Triple, ref v);
        Console.WriteLine(v);
        Twice((ref int x) => x += 100, ref v);
        Console.WriteLine(v);
        Formatter f = (l, val) => l + "=" + val;
        Console.WriteLine(f("big", 1L << 50));
        Console.WriteLine(add.Invoke(10, 20));
    }
}
