// Infix to postfix with the shunting-yard algorithm (precedence, right-associative ^, parentheses, unary minus),
// evaluation of the postfix form with a stack of longs, and error reporting for malformed input.
using System;
using System.Collections.Generic;

class RpnAndShuntingYard
{
    static int Prec(string op) { switch (op) { case "+": case "-": return 1; case "*": case "/": case "%": return 2; case "^": return 3; case "neg": return 4; } return 0; }
    static bool RightAssoc(string op) { return op == "^" || op == "neg"; }

    static List<string> ToPostfix(string expr)
    {
        var output = new List<string>();
        var ops = new Stack<string>();
        bool expectOperand = true;
        for (int i = 0; i < expr.Length; i++)
        {
            char c = expr[i];
            if (c == ' ') continue;
            if (char.IsDigit(c))
            {
                int start = i;
                while (i + 1 < expr.Length && char.IsDigit(expr[i + 1])) i++;
                output.Add(expr.Substring(start, i - start + 1));
                expectOperand = false;
            }
            else if (c == '(') { ops.Push("("); expectOperand = true; }
            else if (c == ')')
            {
                while (ops.Count > 0 && ops.Peek() != "(") output.Add(ops.Pop());
                if (ops.Count == 0) throw new FormatException("unbalanced ) at " + i);
                ops.Pop();
                expectOperand = false;
            }
            else
            {
                string op = c.ToString();
                if (op == "-" && expectOperand) op = "neg";
                else if ("+-*/%^".IndexOf(c) < 0) throw new FormatException("unexpected '" + c + "' at " + i);
                else if (expectOperand) throw new FormatException("missing operand before '" + c + "' at " + i);
                while (ops.Count > 0 && ops.Peek() != "(" && (Prec(ops.Peek()) > Prec(op) || (Prec(ops.Peek()) == Prec(op) && !RightAssoc(op))))
                    output.Add(ops.Pop());
                ops.Push(op);
                expectOperand = true;
            }
        }
        if (expectOperand) throw new FormatException("expression ends with an operator");
        while (ops.Count > 0)
        {
            string op = ops.Pop();
            if (op == "(") throw new FormatException("unbalanced (");
            output.Add(op);
        }
        return output;
    }

    static long Eval(List<string> postfix)
    {
        var st = new Stack<long>();
        foreach (string t in postfix)
        {
            if (char.IsDigit(t[0])) { st.Push(long.Parse(t)); continue; }
            if (t == "neg") { st.Push(-st.Pop()); continue; }
            long b = st.Pop(), a = st.Pop();
            switch (t)
            {
                case "+": st.Push(a + b); break;
                case "-": st.Push(a - b); break;
                case "*": st.Push(a * b); break;
                case "/": st.Push(a / b); break;
                case "%": st.Push(a % b); break;
                case "^": { long r = 1; for (long k = 0; k < b; k++) r *= a; st.Push(r); break; }
            }
        }
        return st.Pop();
    }

    static void Main()
    {
        string[] inputs = { "3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "-3 - -4", "10 % 4 * 3", "-(2 + 3) * 4",
            "100 / 7 / 2", "1 - 2 - 3", "2 * (3 + 4) * (5 - 1)", "7 / 0", "(1 + 2", "1 + 2)", "4 + * 5", "3 $ 4", "5 -" };
        foreach (string e in inputs)
        {
            try
            {
                var pf = ToPostfix(e);
                Console.WriteLine(e + "  =>  " + string.Join(" ", pf) + "  =  " + Eval(pf));
            }
            catch (FormatException ex) { Console.WriteLine(e + "  =>  error: " + ex.Message); }
            catch (DivideByZeroException) { Console.WriteLine(e + "  =>  division by zero"); }
        }
    }
}
