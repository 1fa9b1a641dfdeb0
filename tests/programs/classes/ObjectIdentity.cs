using System;

class Token { public string Text; public Token(string t) { Text = t; } }

class ObjectIdentity
{
    static Token cached;
    static Token Get(string t) { if (cached == null || cached.Text != t) cached = new Token(t); return cached; }

    static void Main()
    {
        Token a = Get("x"), b = Get("x"), c = Get("y");
        Console.WriteLine(object.ReferenceEquals(a, b) + " " + object.ReferenceEquals(a, c) + " " + (a == b));
        Console.WriteLine(a.Equals(b) + " " + a.Equals(new Token("x")));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        object o1 = new object(), o2 = new object();
        Console.WriteLine(o1.Equals(o2) + " " + o1.Equals(o1) + " " + (o1 == o2));
        Console.WriteLine(object.ReferenceEquals(null, null) + " " + object.ReferenceEquals(o1, null));
        int h1 = o1.GetHashCode(), h1b = o1.GetHashCode();
        Console.WriteLine(h1 == h1b);
        string s1 = "ab", s2 = "a";
        s2 += "b";
        Console.WriteLine((s1 == s2) + " " + s1.Equals(s2) + " " + (s1.GetHashCode() == s2.GetHashCode()));
        object boxed1 = 7, boxed2 = 7;
        Console.WriteLine(object.ReferenceEquals(boxed1, boxed2) + " " + boxed1.Equals(boxed2) + " " + (boxed1.GetHashCode() == boxed2.GetHashCode()));
    }
}
