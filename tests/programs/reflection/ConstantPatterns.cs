// Reflection calls with constant arguments, which Kiln's dataflow analysis follows through locals to keep exactly
// the members they name: nothing else calls Calculator's methods, constructors or accessors.
using System;
using System.Reflection;

class Calculator
{
    public int Total;
    public string Label = "calc";
    public Calculator() { Total = 1; }
    public Calculator(int start) { Total = start; }
    public int Add(int a, int b) { Total += a + b; return Total; }
    public static string Describe(int x) { return "x=" + x; }
    public int Doubled { get { return Total * 2; } set { Total = value / 2; } }
    public event EventHandler Changed;
    public void Raise() { if (Changed != null) Changed(this, EventArgs.Empty); }
}

class Shape { public virtual string Name() { return "shape"; } }
class Circle : Shape
{
    public override string Name() { return "circle"; }
    public double Radius() { return 1.5; }
}

class Pair<A, B>
{
    public A First; public B Second;
    public override string ToString() { return "Pair<" + typeof(A).Name + "," + typeof(B).Name + ">(" + First + "," + Second + ")"; }
}

struct Point { public int X; public int Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }

static class Program
{
    static int Main()
    {
        Type calc = typeof(Calculator);
        object c = Activator.CreateInstance(calc);
        MethodInfo add = calc.GetMethod("Add");
        Console.WriteLine(add.Invoke(c, new object[] { 2, 3 }));
        Console.WriteLine(typeof(Calculator).GetMethod("Describe", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { 9 }));
        PropertyInfo doubled = calc.GetProperty("Doubled");
        doubled.SetValue(c, 40, null);
        Console.WriteLine(doubled.GetValue(c, null));
        FieldInfo label = calc.GetField("Label");
        Console.WriteLine(label.GetValue(c));
        ConstructorInfo withStart = calc.GetConstructor(new Type[] { typeof(int) });
        object d = withStart.Invoke(new object[] { 100 });
        Console.WriteLine(calc.GetField("Total").GetValue(d));
        EventInfo changed = calc.GetEvent("Changed");
        changed.AddEventHandler(d, new EventHandler(delegate (object s, EventArgs e) { Console.WriteLine("changed " + ((Calculator)s).Total); }));
        calc.GetMethod("Raise").Invoke(d, null);

        // every method of a type: GetMethods() keeps all of them (declared ones only, in declaration order)
        foreach (MethodInfo m in typeof(Circle).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            Console.WriteLine("Circle." + m.Name + " -> " + m.Invoke(new Circle(), null));
        Shape shape = (Shape)Activator.CreateInstance(typeof(Circle));
        Console.WriteLine(shape.Name());

        // MakeGenericType with constant type arguments: the instantiation is compiled for it
        Type pair = typeof(Pair<,>).MakeGenericType(typeof(int), typeof(string));
        object p = Activator.CreateInstance(pair);
        pair.GetField("First").SetValue(p, 7);
        pair.GetField("Second").SetValue(p, "seven");
        Console.WriteLine(p);
        Console.WriteLine(pair.IsGenericType + " " + (pair.GetGenericTypeDefinition() == typeof(Pair<,>)));

        object pt = Activator.CreateInstance(typeof(Point));
        typeof(Point).GetField("X").SetValue(pt, 4);
        Console.WriteLine(pt);
        return 0;
    }
}
