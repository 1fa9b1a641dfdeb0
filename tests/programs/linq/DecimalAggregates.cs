// Min/Max/Sum/Average over decimal and decimal? (the overloads System.Core declares, which assemblies built
// against it call), with scales kept and empty sequences as .NET handles them.
using System; using System.Linq; using System.Collections.Generic;
class D { static void Main() {
 var a = new decimal[]{1.0m, 3m, 1.00m, -2.5m, 3.00m}; Console.WriteLine(a.Min()+" "+a.Max()+" "+a.Sum()+" "+a.Average());
 var n = new decimal?[]{null, 2m, null, 5.5m}; Console.WriteLine(n.Min()+" "+n.Max()+" "+n.Sum()+" "+n.Average());
 var e = new decimal?[0]; Console.WriteLine((e.Min()==null)+" "+(e.Average()==null)+" "+e.Sum());
 Console.WriteLine(a.Select(x=>new{V=x}).Max(x=>x.V) + " " + n.Select(x=>new{V=x}).Min(x=>x.V));
 try { new decimal[0].Max(); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
}}
