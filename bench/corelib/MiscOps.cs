// Enum, DateTime formatting, Math, boxing-heavy object collections, delegates and lambdas in the core-library suite
// (bench/corelib/Ops.cs has the harness and the shared inputs).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

static partial class Ops
{
    internal static readonly bool miscellaneousArea = Area("Miscellaneous", Miscellaneous);

    static void Miscellaneous()
    {
        Run("Enum.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Color)(i % 6)).ToString().Length; return s; });
        Run("Enum.ToString(Flags)", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Access)(i & 15)).ToString().Length; return s; });
        Run("Enum.HasFlag", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Access)(i & 15)).HasFlag(Access.Write) ? 1 : 0; return s; });
        var date = new DateTime(2024, 3, 15, 13, 45, 30, 123);
        Run("DateTime.ToString(custom)", n => { long s = 0; for (int i = 0; i < n; i++) s += date.AddMinutes(i & 1023).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).Length; return s; });
        Run("DateTime.ToString(o)", n => { long s = 0; for (int i = 0; i < n; i++) s += date.AddMinutes(i & 1023).ToString("o", CultureInfo.InvariantCulture).Length; return s; });
        Run("Math.Sin+Exp+Log", n => { double s = 0; for (int i = 0; i < n; i++) { double x = (i & 1023) * 0.001 + 0.5; s += Math.Sin(x) + Math.Exp(x) + Math.Log(x); } return (long)s; });
        Run("Math.Pow+Sqrt", n => { double s = 0; for (int i = 0; i < n; i++) { double x = (i & 1023) * 0.001 + 0.5; s += Math.Pow(x, 1.7) + Math.Sqrt(x); } return (long)s; });
        Func<int, int> square = x => x * x;
        Run("Func<int,int> invoke", n => { long s = 0; for (int i = 0; i < n; i++) s += square(i); return s; });
        Run("closure create+invoke", n => { long s = 0; for (int i = 0; i < n; i++) { int k = i; Func<int> f = () => k + 1; s += f(); } return s; });
        Action<int> multicast = x => checksum += x;
        multicast += x => checksum -= x;
        Run("multicast Action invoke", n => { for (int i = 0; i < n; i++) multicast(i); return 0; });
        Run("List<object> boxed sum 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var list = new List<object>();
                for (int j = 0; j < Size; j++) list.Add(j);
                foreach (object o in list) s += (int)o;
            }
            return s;
        });
        var boxed = ints.Select(x => (object)x).ToArray();
        Run("object.Equals/GetHashCode boxed", n => { long s = 0; for (int i = 0; i < n; i++) { object a = boxed[i % Size]; s += a.GetHashCode() + (a.Equals(boxed[(i + 1) % Size]) ? 1 : 0); } return s; });
    }
}
