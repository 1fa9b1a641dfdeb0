// Expression trees of each node kind mcs emits for an expression lambda: built, printed (.NET's ToString), their
// NodeType and Type, then compiled (an interpreter behind a delegate of the lambda's type) and run.
using System;
using System.Collections.Generic;
using System.Linq.Expressions;

class Animal
{
    public virtual string Sound() { return "..."; }
}

class Dog : Animal
{
    public override string Sound() { return "woof"; }
}

class Program
{
    static void Show<T>(Expression<T> e)
    {
        Console.WriteLine(e + "  [" + e.Body.NodeType + ": " + e.Body.Type + "]");
    }

    static void Main()
    {
        Expression<Func<int, int, int>> add = (a, b) => a + b;
        Show(add);
        Console.WriteLine(add.Compile()(2, 3));

        Expression<Func<int, int>> ops = x => (x * 3 - 4) / 2 % 5;
        Show(ops);
        Console.WriteLine(ops.Compile()(7));

        Expression<Func<int, int, int>> bits = (a, b) => (a & b) | (a ^ b) << 2 >> 1;
        Show(bits);
        Console.WriteLine(bits.Compile()(12, 10));

        Expression<Func<int, int>> neg = x => -x;
        Expression<Func<int, int>> not = x => ~x;
        Expression<Func<bool, bool>> lnot = b => !b;
        Show(neg); Show(not); Show(lnot);
        Console.WriteLine(neg.Compile()(5) + " " + not.Compile()(5) + " " + lnot.Compile()(true));

        Expression<Func<int, string>> cond = x => x > 0 ? "positive" : "not positive";
        Show(cond);
        Console.WriteLine(cond.Compile()(1) + " " + cond.Compile()(-1));

        Expression<Func<int, long>> widen = x => x;
        Show(widen);
        Console.WriteLine(widen.Compile()(int.MaxValue) + 1);

        Expression<Func<double, int>> narrow = d => (int)d;
        Show(narrow);
        Console.WriteLine(narrow.Compile()(3.99));

        Expression<Func<object, bool>> isString = o => o is string;
        Expression<Func<object, string>> asString = o => o as string;
        Show(isString); Show(asString);
        Console.WriteLine(isString.Compile()("s") + " " + isString.Compile()(1) + " " + (asString.Compile()(2) == null));

        Expression<Func<string, string, string>> coalesce = (a, b) => a ?? b;
        Show(coalesce);
        Console.WriteLine(coalesce.Compile()(null, "fallback") + " " + coalesce.Compile()("first", "fallback"));

        Expression<Func<int[], int, int>> index = (arr, i) => arr[i];
        Expression<Func<int[], int>> length = arr => arr.Length;
        Show(index); Show(length);
        int[] data = { 10, 20, 30 };
        Console.WriteLine(index.Compile()(data, 2) + " " + length.Compile()(data));

        Expression<Func<int, int[]>> array = x => new[] { x, x + 1, x + 2 };
        Show(array);
        Console.WriteLine(string.Join(",", array.Compile()(7)));

        Expression<Func<int, string[]>> bounds = n => new string[n];
        Show(bounds);
        Console.WriteLine(bounds.Compile()(4).Length);

        Expression<Func<Animal, string>> virt = a => a.Sound();
        Show(virt);
        Console.WriteLine(virt.Compile()(new Dog()) + " " + virt.Compile()(new Animal()));

        Expression<Func<Func<int, int>, int, int>> invoke = (f, x) => f(x);
        Show(invoke);
        Console.WriteLine(invoke.Compile()(v => v * v, 9));

        Expression<Func<int, Func<int, int>>> nested = x => y => x + y;
        Show(nested);
        Console.WriteLine(nested.Compile()(100)(23));

        Expression<Func<Expression<Func<int, int>>>> quote = () => z => z + 1;
        Show(quote);
        Console.WriteLine(quote.Compile()().Compile()(1));

        Expression<Action<List<int>>> action = l => l.Add(5);
        Show(action);
        List<int> list = new List<int>();
        action.Compile()(list);
        Console.WriteLine(list.Count + " " + list[0]);

        Expression<Func<string>> constant = () => "text";
        Expression<Func<object>> nothing = () => null;
        Expression<Func<char>> letter = () => 'q';
        Expression<Func<bool>> flag = () => true;
        Show(constant); Show(nothing); Show(letter); Show(flag);
        Console.WriteLine(constant.Compile()() + " " + (nothing.Compile()() == null) + " " + letter.Compile()() + " " + flag.Compile()());

        Console.WriteLine(add.Parameters.Count + " " + add.Parameters[0].Name + " " + add.Parameters[1].Type + " " + add.ReturnType + " " + add.Type);
        BinaryExpression body = (BinaryExpression)add.Body;
        Console.WriteLine(body.Left + " " + body.Right + " " + body.Method + " " + body.IsLifted);
    }
}
