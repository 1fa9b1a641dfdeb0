using System;

class Outer<T>
{
    public class Inner<U>
    {
        public T A; public U B;
        public string Show() { return A + "&" + B; }
    }
    public static Inner<U> Make<U>(T a, U b) { Inner<U> i = new Inner<U>(); i.A = a; i.B = b; return i; }
    public static int Instances;
    public Outer() { Instances++; }
}

class GenericNestedTypes
{
    static void Main()
    {
        Outer<int>.Inner<string> x = Outer<int>.Make(5, "five");
        Console.WriteLine(x.Show());
        Outer<string>.Inner<char> y = new Outer<string>.Inner<char>();
        y.A = "s"; y.B = 'c';
        Console.WriteLine(y.Show());
        new Outer<int>(); new Outer<int>(); new Outer<string>();
        Console.WriteLine(Outer<int>.Instances + " " + Outer<string>.Instances + " " + Outer<bool>.Instances);
        Outer<long>.Inner<Outer<long>.Inner<int>> deep = Outer<long>.Make(1L, Outer<long>.Make(2L, 3));
        Console.WriteLine(deep.A + " " + deep.B.Show());
    }
}
