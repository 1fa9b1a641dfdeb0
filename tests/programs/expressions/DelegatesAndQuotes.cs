// Delegates inside expression trees: method groups (mcs builds them with MethodInfo.CreateDelegate), invoking a
// delegate parameter, multicast delegates, a lambda returned from a compiled lambda that captures its parameter, a
// quoted lambda that uses the enclosing lambda's parameter, and a multi-dimensional array read (T[,].Get).
using System;
using System.Linq.Expressions;

delegate int Transform(int value);

class Program
{
    static int Triple(int x) { return x * 3; }

    int offset = 100;
    int Shift(int x) { return x + offset; }

    static int calls;
    static void Count() { calls++; }

    static void Main()
    {
        Expression<Func<Transform>> group = () => Triple;
        Console.WriteLine(group.Body.NodeType);
        Console.WriteLine(group.Compile()()(14));

        Program p = new Program();
        Expression<Func<Program, Func<int, int>>> instanceGroup = q => q.Shift;
        Console.WriteLine(instanceGroup.Compile()(p)(1));

        Expression<Func<Transform, int, int>> apply = (t, v) => t(v) + t(1);
        Console.WriteLine(apply + " " + apply.Compile()(Triple, 5));

        Action both = Count;
        both += Count;
        Expression<Action<Action>> run = a => a();
        run.Compile()(both);
        Console.WriteLine(calls);

        Expression<Func<int, Func<int, int>>> adder = n => m => n * 10 + m;
        Func<int, int> addTo7 = adder.Compile()(7);
        Console.WriteLine(addTo7(3) + " " + adder.Compile()(1)(1));

        Expression<Func<string, Expression<Func<string>>>> quoted = s => () => s + "!";
        Expression<Func<string>> inner = quoted.Compile()("quoted");
        Console.WriteLine(quoted.Body.NodeType + " " + inner.Compile()());

        Expression<Func<int[,], int, int, int>> grid = (g, i, j) => g[i, j];
        Console.WriteLine(grid.Body.NodeType + " " + grid.Compile()(new int[,] { { 1, 2 }, { 3, 4 } }, 1, 0));
    }
}
