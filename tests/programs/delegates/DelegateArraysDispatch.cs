using System;

class DelegateArraysDispatch
{
    static Func<long, long, long>[] ops = new Func<long, long, long>[128];

    static long Eval(string rpn)
    {
        long[] stack = new long[32];
        int sp = 0;
        long num = -1;
        for (int i = 0; i <= rpn.Length; i++)
        {
            char c = i < rpn.Length ? rpn[i] : ' ';
            if (char.IsDigit(c)) { num = (num < 0 ? 0 : num * 10) + (c - '0'); continue; }
            if (num >= 0) { stack[sp++] = num; num = -1; }
            if (c == ' ') continue;
            Func<long, long, long> op = ops[c];
            if (op == null) throw new FormatException("unknown op " + c);
            long b = stack[--sp], a = stack[--sp];
            stack[sp++] = op(a, b);
        }
        return stack[sp - 1];
    }

    static void Main()
    {
        ops['+'] = (a, b) => a + b;
        ops['-'] = (a, b) => a - b;
        ops['*'] = (a, b) => a * b;
        ops['/'] = (a, b) => a / b;
        ops['^'] = (a, b) => { long r = 1; for (long i = 0; i < b; i++) r *= a; return r; };
        string[] exprs = new string[] { "3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "100 7 /", "2 3 4 * 5 ^ *", "1 2 %" };
        for (int i = 0; i < exprs.Length; i++)
        {
            try { Console.WriteLine(exprs[i] + " = " + Eval(exprs[i])); }
            catch (FormatException e) { Console.WriteLine(exprs[i] + " : " + e.Message); }
        }
    }
}
