using System;
using System.Text;

class FormattingAndText
{
    static void Main()
    {
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine(string.Format("[{0,5}] [{1,-5}] [{0:D4}]", 42, "ab"));
        Console.WriteLine(string.Format("{0:X} {0:x8} {1:N0} {1:N2} {2:F3}", 255, 1234567, 3.14159));
        Console.WriteLine(12345.678.ToString("F1") + " " + 0.5.ToString("0.00") + " " + 1234.5.ToString("#,##0.0"));
        Console.WriteLine(int.Parse("-123") + long.Parse("9000000000") + " " + double.Parse("2.5"));
        int value;
        Console.WriteLine(int.TryParse("12x", out value) + " " + int.TryParse(" 77 ", out value) + " " + value);
        Console.WriteLine("{{literal}} {0}", "x");
        string csv = "alpha, beta,,gamma ";
        string[] parts = csv.Split(',');
        Console.WriteLine(parts.Length + " [" + parts[1] + "] [" + parts[3].Trim() + "]");
        string[] nonEmpty = csv.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(nonEmpty.Length);
        Console.WriteLine(string.Join("|", nonEmpty));
        Console.WriteLine("Hello World".ToUpper() + " " + "Hello World".ToLower());
        Console.WriteLine("  padded  ".Trim() + "|" + "7".PadLeft(3, '0') + "|" + "x".PadRight(3) + "|");
        Console.WriteLine("banana".Replace("an", "AN") + " " + "banana".Replace('a', 'o'));
        Console.WriteLine("banana".IndexOf("na") + " " + "banana".LastIndexOf("na") + " " + "banana".Contains("nan"));
        Console.WriteLine("prefix-body".StartsWith("prefix") + " " + "prefix-body".EndsWith("body") + " " + "x".StartsWith("xy"));
        Console.WriteLine("abcdef".Insert(3, "-") + " " + "abcdef".Remove(2, 2));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(',');
        sb.Length--;
        sb.Insert(0, "[").Append(']');
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        sb.Clear().AppendFormat("{0}-{1}", "a", 1).AppendLine().Append(true);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(string.IsNullOrWhiteSpace("   ") + " " + string.IsNullOrWhiteSpace(" x "));
        Console.WriteLine(string.Compare("apple", "Banana") < 0);
        Console.WriteLine(255.ToString("X4") + " " + (-1).ToString("X") + " " + 1234.ToString("D6"));
    }
}
