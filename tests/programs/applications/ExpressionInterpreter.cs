// A small recursive-descent parser and tree-walking interpreter for arithmetic with variables, precedence,
// unary minus, parentheses and assignment; prints each statement's result or its error.
using System;
using System.Collections.Generic;

abstract class Node { public abstract long Eval(Dictionary<string, long> env); }
class Lit : Node { long v; public Lit(long v) { this.v = v; } public override long Eval(Dictionary<string, long> env) { return v; } }
class Var : Node
{
    string name;
    public Var(string n) { name = n; }
    public override long Eval(Dictionary<string, long> env)
    {
        long v;
        if (!env.TryGetValue(name, out v)) throw new KeyNotFoundException("undefined variable " + name);
        return v;
    }
}
class Bin : Node
{
    char op; Node l, r;
    public Bin(char op, Node l, Node r) { this.op = op; this.l = l; this.r = r; }
    public override long Eval(Dictionary<string, long> env)
    {
        long a = l.Eval(env), b = r.Eval(env);
        switch (op)
        {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/': if (b == 0) throw new DivideByZeroException(); return a / b;
            case '%': if (b == 0) throw new DivideByZeroException(); return a % b;
            case '^': { long r = 1; for (long i = 0; i < b; i++) r *= a; return r; }
        }
        throw new InvalidOperationException("bad operator " + op);
    }
}
class Neg : Node { Node e; public Neg(Node e) { this.e = e; } public override long Eval(Dictionary<string, long> env) { return -e.Eval(env); } }
class Assign : Node
{
    string name; Node e;
    public Assign(string n, Node e) { name = n; this.e = e; }
    public override long Eval(Dictionary<string, long> env) { long v = e.Eval(env); env[name] = v; return v; }
}

class Parser
{
    readonly string s; int pos;
    public Parser(string s) { this.s = s; }
    void Skip() { while (pos < s.Length && s[pos] == ' ') pos++; }
    bool Eat(char c) { Skip(); if (pos < s.Length && s[pos] == c) { pos++; return true; } return false; }
    public Node Statement()
    {
        Skip();
        int save = pos;
        if (pos < s.Length && char.IsLetter(s[pos]))
        {
            string name = Ident();
            if (Eat('=')) return End(new Assign(name, Expr()));
            pos = save;
        }
        return End(Expr());
    }
    Node End(Node n) { Skip(); if (pos != s.Length) throw new FormatException("unexpected '" + s[pos] + "' at " + pos); return n; }
    Node Expr()
    {
        Node n = Term();
        while (true)
        {
            if (Eat('+')) n = new Bin('+', n, Term());
            else if (Eat('-')) n = new Bin('-', n, Term());
            else return n;
        }
    }
    Node Term()
    {
        Node n = Power();
        while (true)
        {
            if (Eat('*')) n = new Bin('*', n, Power());
            else if (Eat('/')) n = new Bin('/', n, Power());
            else if (Eat('%')) n = new Bin('%', n, Power());
            else return n;
        }
    }
    Node Power() { Node b = Unary(); return Eat('^') ? new Bin('^', b, Power()) : b; }
    Node Unary() { return Eat('-') ? new Neg(Unary()) : Atom(); }
    Node Atom()
    {
        Skip();
        if (Eat('(')) { Node n = Expr(); if (!Eat(')')) throw new FormatException("missing ) at " + pos); return n; }
        if (pos < s.Length && char.IsDigit(s[pos]))
        {
            long v = 0;
            while (pos < s.Length && char.IsDigit(s[pos])) v = v * 10 + (s[pos++] - '0');
            return new Lit(v);
        }
        if (pos < s.Length && char.IsLetter(s[pos])) return new Var(Ident());
        throw new FormatException(pos < s.Length ? "unexpected '" + s[pos] + "' at " + pos : "unexpected end");
    }
    string Ident() { int start = pos; while (pos < s.Length && char.IsLetterOrDigit(s[pos])) pos++; return s.Substring(start, pos - start); }
}

class ExpressionInterpreter
{
    static void Main()
    {
        var env = new Dictionary<string, long>();
        string[] program = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * x - 1", "y / 7", "y % 7",
            "z + 1", "10 / (x - 10)", "3 +", "(4 * 5", "a1 = b = 3", "2 * -x", "big = 2 ^ 62 + (2 ^ 62 - 1)", "big + 1" };
        foreach (string line in program)
        {
            try
            {
                long v = new Parser(line).Statement().Eval(env);
                Console.WriteLine(line + " => " + v);
            }
            catch (FormatException e) { Console.WriteLine(line + " => syntax error: " + e.Message); }
            catch (KeyNotFoundException e) { Console.WriteLine(line + " => " + e.Message); }
            catch (DivideByZeroException) { Console.WriteLine(line + " => division by zero"); }
        }
        var names = new List<string>(env.Keys);
        names.Sort(string.CompareOrdinal);
        foreach (string n in names) Console.WriteLine(n + " = " + env[n]);
    }
}
