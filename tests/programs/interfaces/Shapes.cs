using System;
interface IShape { int Area(); string Name { get; } }
interface IScalable : IShape { void Scale(int f); }
class Sq : IScalable { int s; public Sq(int s) { this.s = s; } public int Area() { return s * s; } public string Name { get { return "sq"; } } public void Scale(int f) { s *= f; } }
class Circle : IShape { public int Area() { return 3; } string IShape.Name { get { return "circle"; } } }
class Unused : IShape { public int Area() { return 99; } public string Name { get { return "unused"; } } }
class Base : IShape { public virtual int Area() { return 1; } public string Name { get { return "base"; } } }
class Derived : Base { public override int Area() { return 2; } }
class Program {
  static int Total(IShape[] shapes) { int t = 0; foreach (IShape s in shapes) t += s.Area(); return t; }
  static void Main() {
    IShape[] shapes = { new Sq(3), new Circle(), new Derived() };
    Console.WriteLine(Total(shapes));
    foreach (IShape s in shapes) Console.WriteLine(s.Name);
    IScalable sc = new Sq(2); sc.Scale(5); Console.WriteLine(sc.Area());
    object o = shapes[1];
    Console.WriteLine(o is IShape);
    Console.WriteLine(o is IScalable);
    IScalable x = shapes[0] as IScalable; Console.WriteLine(x != null);
  }
}
