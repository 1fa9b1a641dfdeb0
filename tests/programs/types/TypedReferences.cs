// TypedReference: __makeref of locals, array elements, fields of every kind (int, string, struct, class, enum, double),
// __reftype, __refvalue read and written through, TypedReference.ToObject/GetTargetType, and a wrong __refvalue type.
using System;
struct Pair { public int A; public string B; public override string ToString() { return A + "/" + B; } }
class Box { public long Value = 5; }
enum Color { Red, Green }
class TypedRefs
{
    static void Bump(TypedReference r)
    {
        Type t = __reftype(r);
        if (t == typeof(int)) __refvalue(r, int) += 1;
        else if (t == typeof(string)) __refvalue(r, string) += "!";
        else if (t == typeof(Pair)) { __refvalue(r, Pair).A *= 10; __refvalue(r, Pair).B = "changed"; }
        else if (t == typeof(Box)) __refvalue(r, Box).Value += 100;
        else Console.WriteLine("other: " + t.Name);
    }
    static int Main()
    {
        int i = 41; string s = "hi"; Pair p = new Pair { A = 2, B = "b" }; Box b = new Box(); double d = 1.5; Color c = Color.Green;
        Bump(__makeref(i)); Bump(__makeref(s)); Bump(__makeref(p)); Bump(__makeref(b)); Bump(__makeref(d));
        Console.WriteLine(i + " " + s + " " + p + " " + b.Value + " " + d);
        int[] array = { 1, 2, 3 };
        Bump(__makeref(array[1]));
        Console.WriteLine(string.Join(",", array));
        TypedReference r = __makeref(p);
        Console.WriteLine(TypedReference.ToObject(r) + " " + TypedReference.GetTargetType(r).Name + " " + TypedReference.ToObject(__makeref(c)) + " " + TypedReference.ToObject(__makeref(s)));
        object boxed = TypedReference.ToObject(__makeref(i));
        Console.WriteLine(boxed is int ? "int " + boxed : "not int");
        try { int wrong = __refvalue(__makeref(s), int); Console.WriteLine(wrong); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        return 0;
    }
}
