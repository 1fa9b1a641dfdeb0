// Array.GetValue/SetValue on arrays of references, primitives, structs and enums, one- and multi-dimensional:
// boxing, unboxing, the stelem check and bounds, compared with Mono.
using System;
struct Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } public override string ToString() { return "(" + X + "," + Y + ")"; } }
enum Color { Red, Green }
class ArrayGetSetValue { static void Main() {
  int[] a = { 5, 3, 8 }; Console.WriteLine(a.GetValue(1) + " " + a.GetValue(2).GetType().Name);
  a.SetValue(42, 0); Console.WriteLine(a[0]);
  string[] s = { "x", "y" }; s.SetValue("z", 1); Console.WriteLine(s.GetValue(1) + " " + (s.GetValue(0) as string));
  Pt[] p = new Pt[2]; p.SetValue(new Pt(1, 2), 1); Console.WriteLine(p.GetValue(1) + " " + p.GetValue(0));
  Array arr = new Color[] { Color.Green }; Console.WriteLine(arr.GetValue(0));
  int[,] g = new int[2, 3]; g.SetValue(7, 1, 2); Console.WriteLine(g.GetValue(1, 2) + " " + g[1, 2]);
  double[,] d = new double[2, 2]; d[0, 1] = 1.5; Console.WriteLine(d.GetValue(0, 1));
  object[] o = new string[1]; try { o.SetValue(3, 0); } catch (InvalidCastException) { Console.WriteLine("ice"); }
  try { a.GetValue(3); } catch (IndexOutOfRangeException) { Console.WriteLine("ioor"); }
  p.SetValue(null, 1); Console.WriteLine(p[1]);
  Array e = Enum.GetValues(typeof(Color)); Console.WriteLine(e.GetValue(1) + " " + e.Length);
} }
