using System;

class StringComparisons
{
    static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

    static void Main()
    {
        string a = "apple", b = "app" + "le".ToString(), c = "Apple";
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(string.Equals(a, c));
        Console.WriteLine(object.ReferenceEquals(a, "apple"));
        Console.WriteLine(a != c);
        Console.WriteLine(Sign(string.CompareOrdinal(a, b)) + " " + Sign(string.CompareOrdinal(a, c)) + " " + Sign(string.CompareOrdinal(c, a)));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "abcd")) + " " + Sign(string.CompareOrdinal("b", "abcd")) + " " + Sign(string.CompareOrdinal("", "")));
        string n = null;
        Console.WriteLine(n == null);
        Console.WriteLine(string.Equals(n, null));
        Console.WriteLine(string.IsNullOrEmpty(n) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" "));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        object boxed = a;
        Console.WriteLine(boxed.Equals(b));
        Console.WriteLine("abc".Length + "".Length);
        string[] names = new string[] { "pear", "Apple", "banana", "apple", "Banana", "cherry" };
        for (int i = 1; i < names.Length; i++)
            for (int j = i; j > 0 && string.CompareOrdinal(names[j - 1], names[j]) > 0; j--) { string t = names[j]; names[j] = names[j - 1]; names[j - 1] = t; }
        string joined = "";
        for (int i = 0; i < names.Length; i++) joined += names[i] + " ";
        Console.WriteLine(joined);
    }
}
