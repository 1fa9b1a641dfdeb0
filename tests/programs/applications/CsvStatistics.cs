// A small CSV report: parse quoted fields, convert columns with TryParse (skipping bad rows), compute per-group
// statistics (count, sum, mean, min, max, median, standard deviation) and print an aligned table.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Row { public string City; public string Month; public double Temp; public int Rain; }

class CsvStatistics
{
    const string Data =
        "city,month,temp,rain\n" +
        "Oslo,Jan,-4.3,49\n" +
        "\"Rio de Janeiro\",Jan,26.5,137\n" +
        "Oslo,Feb,-4.0,36\n" +
        "\"Rio de Janeiro\",Feb,26.8,130\n" +
        "Cairo,Jan,14.0,5\n" +
        "Cairo,Feb,15.3,4\n" +
        "Oslo,Mar,-0.2,n/a\n" +
        "\"Quote, Town\",Jan,3.5,60\n" +
        "Cairo,Mar,17.7,4\n" +
        "broken line\n" +
        "Oslo,Apr,4.5,41\n" +
        "\"Rio de Janeiro\",Mar,26.0,135\n" +
        "\"Say \"\"hi\"\"\",Jan,10.75,12\n";

    static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var cur = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cur.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(cur.ToString()); cur.Clear(); }
            else cur.Append(c);
        }
        fields.Add(cur.ToString());
        return fields;
    }

    static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        int n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static int Main()
    {
        var rows = new List<Row>();
        var problems = new List<string>();
        string[] lines = Data.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < lines.Length; i++)
        {
            var f = ParseLine(lines[i]);
            if (f.Count != 4) { problems.Add("line " + (i + 1) + ": expected 4 fields, got " + f.Count); continue; }
            double temp;
            int rain;
            if (!double.TryParse(f[2], out temp)) { problems.Add("line " + (i + 1) + ": bad temp '" + f[2] + "'"); continue; }
            if (!int.TryParse(f[3], out rain)) { problems.Add("line " + (i + 1) + ": bad rain '" + f[3] + "'"); continue; }
            rows.Add(new Row { City = f[0], Month = f[1], Temp = temp, Rain = rain });
        }
        Console.WriteLine("parsed " + rows.Count + " rows, " + problems.Count + " problems");
        foreach (string p in problems) Console.WriteLine("  " + p);

        Console.WriteLine("{0,-16}|{1,3}|{2,8}|{3,7}|{4,7}|{5,7}|{6,7}|{7,6}", "city", "n", "meanT", "minT", "maxT", "median", "stdev", "rain");
        Console.WriteLine(new string('-', 70));
        foreach (var g in rows.GroupBy(r => r.City).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var temps = g.Select(r => r.Temp).ToList();
            double mean = temps.Average();
            double stdev = Math.Sqrt(temps.Sum(t => (t - mean) * (t - mean)) / temps.Count);
            Console.WriteLine("{0,-16}|{1,3}|{2,8:F2}|{3,7:F1}|{4,7:F1}|{5,7:F2}|{6,7:F3}|{7,6:N0}", g.Key, g.Count(), mean, temps.Min(), temps.Max(), Median(temps), stdev, g.Sum(r => r.Rain));
        }
        var wettest = rows.OrderByDescending(r => r.Rain).ThenBy(r => r.City).First();
        var coldest = rows.Aggregate((a, b) => b.Temp < a.Temp ? b : a);
        Console.WriteLine("wettest " + wettest.City + " in " + wettest.Month + " (" + wettest.Rain + "mm); coldest " + coldest.City + " " + coldest.Temp.ToString("0.0"));
        var byMonth = rows.GroupBy(r => r.Month).Select(g => new { Month = g.Key, Avg = g.Average(r => r.Temp), Cities = g.Select(r => r.City.Split(' ')[0]).Distinct().Count() });
        foreach (var m in byMonth) Console.WriteLine("{0}: avg {1,6:F2} over {2} cities", m.Month, m.Avg, m.Cities);
        var pivot = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            Dictionary<string, double> perMonth;
            if (!pivot.TryGetValue(r.City, out perMonth)) pivot[r.City] = perMonth = new Dictionary<string, double>();
            perMonth[r.Month] = r.Temp;
        }
        string[] months = { "Jan", "Feb", "Mar", "Apr" };
        Console.WriteLine("{0,-16}" + string.Concat(months.Select(m => string.Format("{0,7}", m))), "pivot");
        foreach (var kv in pivot)
        {
            var sb = new StringBuilder();
            sb.AppendFormat("{0,-16}", kv.Key);
            foreach (string m in months) { double v; sb.AppendFormat("{0,7}", kv.Value.TryGetValue(m, out v) ? v.ToString("0.0") : "-"); }
            Console.WriteLine(sb);
        }
        double total = rows.Sum(r => r.Temp);
        Console.WriteLine("total temp " + total.ToString("F2") + " histogram:");
        foreach (var bucket in rows.GroupBy(r => (int)Math.Floor(r.Temp / 10) * 10).OrderBy(g => g.Key))
            Console.WriteLine("{0,4}..{1,-4} {2}", bucket.Key, bucket.Key + 9, new string('*', bucket.Count()));
        return 100;
    }
}
