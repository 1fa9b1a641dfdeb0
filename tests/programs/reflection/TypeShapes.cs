using System;
using System.Collections.Generic;
using System.Reflection;

// Generic types, interfaces and events through reflection: IsGenericType from the type itself, generic arguments
// and definitions, declared interfaces, events added and removed through EventInfo, and methods of generic types.
interface IShape { double Area(); }
interface INamed { string Name { get; } }

class Box<T> : IShape, INamed
{
    public T Value;
    public Box(T value) { Value = value; }
    public double Area() { return 1; }
    public string Name { get { return "box of " + typeof(T).Name; } }
    public T Get() { return Value; }
}

class Pair<A, B> { public A First; public B Second; }

class Button
{
    public event EventHandler Clicked;
    public event Action<int> Moved;
    public void Click() { if (Clicked != null) Clicked(this, EventArgs.Empty); }
    public void Move(int x) { if (Moved != null) Moved(x); }
}

static class Program
{
    static void OnClick(object sender, EventArgs e) { Console.WriteLine("clicked by " + sender.GetType().Name); }
    static void OnMove(int x) { Console.WriteLine("moved to " + x); }

    static int Main()
    {
        Type boxInt = typeof(Box<int>);
        Console.WriteLine(boxInt.IsGenericType + " " + boxInt.IsGenericTypeDefinition + " " + typeof(Button).IsGenericType
            + " " + typeof(Box<>).IsGenericType + " " + typeof(int[]).IsGenericType + " " + typeof(List<string>).IsGenericType);
        foreach (Type a in typeof(Pair<string, double>).GetGenericArguments()) Console.WriteLine("  argument " + a.FullName);
        Console.WriteLine("definition " + (boxInt.GetGenericTypeDefinition() == typeof(Box<>)) + " " + boxInt.GetGenericTypeDefinition().Name);
        Console.WriteLine("no arguments: " + typeof(Button).GetGenericArguments().Length);
        try { typeof(Button).GetGenericTypeDefinition(); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException for a non-generic type"); }
        List<string> names = new List<string>();
        foreach (Type i in boxInt.GetInterfaces()) names.Add(i.Name);
        names.Sort(StringComparer.Ordinal);
        Console.WriteLine("interfaces " + string.Join(",", names.ToArray()));
        object box = Activator.CreateInstance(boxInt, 41);
        Console.WriteLine(boxInt.GetMethod("Get").Invoke(box, null) + " " + boxInt.GetProperty("Name").GetValue(box, null)
            + " " + typeof(IShape).GetMethod("Area").Invoke(box, null) + " " + typeof(INamed).GetProperty("Name").GetValue(box, null));
        Console.WriteLine("field " + boxInt.GetField("Value").FieldType.Name + " = " + boxInt.GetField("Value").GetValue(box));
        Console.WriteLine("array " + typeof(Button).MakeArrayType().FullName + " " + (typeof(Button).MakeArrayType() == typeof(Button[])));

        Button b = new Button();
        EventInfo clicked = typeof(Button).GetEvent("Clicked");
        EventInfo moved = typeof(Button).GetEvent("Moved");
        Console.WriteLine("events " + typeof(Button).GetEvents().Length + ": " + clicked.Name + " " + clicked.EventHandlerType.Name + ", " + moved.Name);
        clicked.AddEventHandler(b, new EventHandler(OnClick));
        moved.AddEventHandler(b, new Action<int>(OnMove));
        b.Click();
        b.Move(5);
        moved.RemoveEventHandler(b, new Action<int>(OnMove));
        b.Move(6);
        Console.WriteLine("add method " + clicked.GetAddMethod().Name + ", remove " + clicked.GetRemoveMethod().Name);
        return 0;
    }
}
