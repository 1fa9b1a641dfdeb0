// Checked and unchecked arithmetic and conversions in compiled expression trees (OverflowException, wrap-around,
// DivideByZeroException), small integer types, unsigned shifts, and nullable lifting: lifted arithmetic, comparisons
// (false or null), bool? three-valued logic, ?? on Nullable<T>, conversions to and from T?.
using System;
using System.Linq.Expressions;

class Program
{
    static void Try<T>(string what, Func<T> run)
    {
        try
        {
            Console.WriteLine(what + " = " + run());
        }
        catch (Exception e)
        {
            Console.WriteLine(what + " threw " + e.GetType().Name);
        }
    }

    static string Show(object o) { return o == null ? "null" : o.ToString(); }

    static void Main()
    {
        Expression<Func<int, int, int>> checkedAdd = (a, b) => checked(a + b);
        Expression<Func<int, int, int>> uncheckedAdd = (a, b) => unchecked(a + b);
        Expression<Func<long, long, long>> checkedMul = (a, b) => checked(a * b);
        Expression<Func<int, int>> checkedNeg = a => checked(-a);
        Expression<Func<long, int>> checkedNarrow = v => checked((int)v);
        Expression<Func<long, int>> uncheckedNarrow = v => unchecked((int)v);
        Expression<Func<double, byte>> checkedDouble = d => checked((byte)d);
        Expression<Func<int, int, int>> divide = (a, b) => a / b;
        Console.WriteLine(checkedAdd + " | " + uncheckedAdd + " | " + checkedMul + " | " + checkedNeg);
        Console.WriteLine(checkedNarrow + " | " + uncheckedNarrow + " | " + checkedDouble);
        Console.WriteLine(checkedAdd.Body.NodeType + " " + uncheckedAdd.Body.NodeType + " " + checkedNarrow.Body.NodeType);
        Try("checked add", () => checkedAdd.Compile()(int.MaxValue, 1));
        Try("unchecked add", () => uncheckedAdd.Compile()(int.MaxValue, 1));
        Try("checked mul", () => checkedMul.Compile()(long.MaxValue, 2));
        Try("checked mul ok", () => checkedMul.Compile()(1L << 40, 3));
        Try("checked neg", () => checkedNeg.Compile()(int.MinValue));
        Try("checked narrow", () => checkedNarrow.Compile()(1L << 33));
        Try("unchecked narrow", () => uncheckedNarrow.Compile()((1L << 33) + 7));
        Try("checked double", () => checkedDouble.Compile()(300.5));
        Try("checked double ok", () => checkedDouble.Compile()(255.9));
        Try("divide", () => divide.Compile()(7, 0));
        Try("divide ok", () => divide.Compile()(-7, 2));

        Expression<Func<byte, byte, int>> bytes = (a, b) => a + b;
        Expression<Func<short, short>> shorts = s => (short)(s * 2);
        Expression<Func<uint, int, uint>> shift = (u, n) => u >> n;
        Expression<Func<ulong, ulong, ulong>> ulongs = (a, b) => a - b;
        Expression<Func<char, int>> chars = c => c + 1;
        Console.WriteLine(bytes + " | " + shorts + " | " + shift + " | " + ulongs + " | " + chars);
        Try("bytes", () => bytes.Compile()(200, 100));
        Try("shorts", () => shorts.Compile()(20000));
        Try("shift", () => shift.Compile()(0x80000000u, 33));
        Try("ulongs", () => ulongs.Compile()(1, 2));
        Try("chars", () => chars.Compile()('A'));

        Expression<Func<int?, int?, int?>> liftedAdd = (a, b) => a + b;
        Expression<Func<int?, int?, bool>> liftedLess = (a, b) => a < b;
        Expression<Func<int?, int?, bool>> liftedEqual = (a, b) => a == b;
        Expression<Func<int?, int, bool>> liftedNotEqual = (a, b) => a != b;
        Expression<Func<bool?, bool?, bool?>> liftedAnd = (a, b) => a & b;
        Expression<Func<bool?, bool?, bool?>> liftedOr = (a, b) => a | b;
        Expression<Func<int?, int>> coalesce = a => a ?? -1;
        Expression<Func<int, int?>> wrap = a => a;
        Expression<Func<int?, int>> unwrap = a => (int)a;
        Expression<Func<int?, long?>> widen = a => a;
        Console.WriteLine(liftedAdd + " | " + liftedLess + " | " + liftedEqual + " | " + liftedNotEqual);
        Console.WriteLine(liftedAnd + " | " + liftedOr + " | " + coalesce + " | " + wrap + " | " + unwrap + " | " + widen);
        BinaryExpression add = (BinaryExpression)liftedAdd.Body;
        BinaryExpression less = (BinaryExpression)liftedLess.Body;
        Console.WriteLine(add.IsLifted + " " + add.IsLiftedToNull + " " + add.Type + " " + less.IsLifted + " " + less.IsLiftedToNull + " " + less.Type);
        Console.WriteLine(Show(liftedAdd.Compile()(1, 2)) + " " + Show(liftedAdd.Compile()(1, null)));
        Console.WriteLine(liftedLess.Compile()(1, 2) + " " + liftedLess.Compile()(null, 2));
        Console.WriteLine(liftedEqual.Compile()(null, null) + " " + liftedEqual.Compile()(1, null) + " " + liftedEqual.Compile()(3, 3));
        Console.WriteLine(liftedNotEqual.Compile()(null, 1) + " " + liftedNotEqual.Compile()(1, 1));
        bool?[] values = { true, false, null };
        foreach (bool? a in values)
        {
            foreach (bool? b in values)
            {
                Console.WriteLine(Show(a) + " & " + Show(b) + " = " + Show(liftedAnd.Compile()(a, b)) + ", | = " + Show(liftedOr.Compile()(a, b)));
            }
        }
        Console.WriteLine(coalesce.Compile()(null) + " " + coalesce.Compile()(8));
        Console.WriteLine(Show(wrap.Compile()(5)) + " " + Show(widen.Compile()(null)) + " " + Show(widen.Compile()(9)));
        Try("unwrap null", () => unwrap.Compile()(null));
        Try("unwrap", () => unwrap.Compile()(12));

        Expression<Func<double, double, bool>> nan = (a, b) => a == b;
        Console.WriteLine(nan.Compile()(double.NaN, double.NaN) + " " + nan.Compile()(0.0, -0.0));
        Expression<Func<float, float, float>> floats = (a, b) => a / b;
        Console.WriteLine(floats.Compile()(1f, 4f) + " " + floats.Compile()(1f, 0f));
        Expression<Func<DayOfWeek, bool>> enums = d => d == DayOfWeek.Friday;
        Console.WriteLine(enums + " " + enums.Compile()(DayOfWeek.Friday) + " " + enums.Compile()(DayOfWeek.Monday));
        Expression<Func<int, DayOfWeek>> toEnum = i => (DayOfWeek)i;
        Console.WriteLine(toEnum + " " + toEnum.Compile()(3));
    }
}
