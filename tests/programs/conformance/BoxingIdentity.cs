// Self-checking: boxing makes a new object per box; unboxing copies; interfaces on boxed structs mutate the box.
using System;

interface IBump { void Bump(); int Get(); }

struct Cell : IBump
{
    public int V;
    public void Bump() { V++; }
    public int Get() { return V; }
    public override string ToString() { return "Cell(" + V + ")"; }
}

enum Color : byte { Red = 1, Green = 2 }

class BoxingIdentity
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static object BoxIt<T>(T value) { return value; }
    static T Unbox<T>(object o) { return (T)o; }
    static bool SameBox(object a, object b) { return ReferenceEquals(a, b); }
    static void BumpGeneric<T>(T value) where T : IBump { value.Bump(); }
    static void BumpGenericRef<T>(ref T value) where T : IBump { value.Bump(); }
    static int GetViaInterface(IBump b) { return b.Get(); }

    static int Main()
    {
        int i = 42;
        object o1 = i, o2 = i;
        Check("two boxes are different objects", !ReferenceEquals(o1, o2));
        Check("boxes are Equal", o1.Equals(o2));
        Check("== on object compares references", !(o1 == o2));
        object alias = o1;
        Check("alias same object", ReferenceEquals(alias, o1));
        Check("unbox", (int)o1 == 42);
        i = 7;
        Check("box is a snapshot", (int)o1 == 42);

        // mutation through interface on a boxed struct
        Cell c = new Cell();
        IBump boxed = c;
        boxed.Bump();
        boxed.Bump();
        Check("boxed interface mutates box", boxed.Get() == 2);
        Check("original untouched", c.V == 0);
        Cell unboxed = (Cell)boxed;
        unboxed.Bump();
        Check("unboxed copy", unboxed.V == 3 && boxed.Get() == 2);
        object asObj = boxed;
        Check("interface and object refs same box", ReferenceEquals(asObj, boxed));

        // generic constrained calls on value types do not box
        Cell g = new Cell();
        BumpGeneric(g);
        Check("generic by value copies", g.V == 0);
        BumpGenericRef(ref g);
        BumpGenericRef(ref g);
        Check("generic by ref mutates", g.V == 2);
        Check("interface param boxes a copy", GetViaInterface(g) == 2);

        // generic boxing
        object gb = BoxIt(5);
        Check("generic box type", gb.GetType() == typeof(int));
        Check("generic box of reference is identity", SameBox(BoxIt("s"), BoxIt("s")));
        string str = "abc";
        Check("BoxIt(string) same ref", ReferenceEquals(BoxIt(str), str));

        // nullable boxing
        int? some = 3, none = null;
        object bs = some, bn = none;
        Check("boxed nullable with value is int", bs is int && bs.GetType() == typeof(int));
        Check("boxed empty nullable is null", bn == null);
        int? back = (int?)bs;
        Check("unbox to nullable", back.HasValue && back.Value == 3);
        int? backNull = (int?)bn;
        Check("unbox null to nullable", !backNull.HasValue);

        // unboxing type checks
        object boxedInt = 1;
        bool threw = false;
        try { long l = (long)boxedInt; Check("unreached " + l, false); } catch (InvalidCastException) { threw = true; }
        Check("unbox int as long throws", threw);
        threw = false;
        try { int x = (int)(object)null; Check("unreached " + x, false); } catch (NullReferenceException) { threw = true; }
        Check("unbox null throws NullReferenceException", threw);

        // enums box as their own type but unbox to underlying type
        object be = Color.Green;
        Check("boxed enum type", be.GetType() == typeof(Color));
        Check("boxed enum ToString", be.ToString() == "Green");
        Check("unbox enum to underlying", (byte)be == 2);
        Check("boxed enum is Enum", be is Enum && be is ValueType);
        object bb = (byte)1;
        Check("unbox byte to byte-based enum", (Color)bb == Color.Red);
        Check("unbox enum via generic", Unbox<byte>(be) == 2 && Unbox<Color>(bb) == Color.Red);
        Check("isinst is exact for enums", !(be is byte) && !(bb is Color));
        threw = false;
        try { sbyte sb = (sbyte)be; Check("unreached " + sb, false); } catch (InvalidCastException) { threw = true; }
        Check("unbox enum to other-signed underlying throws", threw);
        threw = false;
        try { uint u = (uint)boxedInt; Check("unreached " + u, false); } catch (InvalidCastException) { threw = true; }
        Check("unbox int as uint throws", threw);

        // Equals across boxes of different types
        object bi = 1, bl = 1L, bsh = (short)1;
        Check("int box != long box", !bi.Equals(bl) && !bl.Equals(bi) && !bi.Equals(bsh));
        Check("double boxes", ((object)1.5).Equals(1.5));

        // boxed struct ToString and virtual calls
        object bc = new Cell { V = 9 };
        Check("boxed ToString override", bc.ToString() == "Cell(9)");
        Check("boxed struct is ValueType", bc is ValueType && !(bc is string));

        // arrays of objects holding boxes
        object[] mixed = { 1, "two", 3.0, 'c', true, null, Color.Red };
        int ints = 0, strings = 0, nulls = 0, valueTypes = 0;
        foreach (object m in mixed)
        {
            if (m == null) nulls++;
            else if (m is int) ints++;
            else if (m is string) strings++;
            if (m is ValueType) valueTypes++;
        }
        Check("mixed counts", ints == 1 && strings == 1 && nulls == 1 && valueTypes == 5);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
