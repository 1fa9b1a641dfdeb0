using System;

class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

delegate T Factory<out T>();
delegate void Sink<in T>(T item);

class DelegateVariance
{
    static Cat MakeCat() { return new Cat(); }
    static void Describe(Animal a) { Console.WriteLine("describe " + a.Name); }
    static object Boxed() { return "boxed"; }

    static void Main()
    {
        Func<Cat> fc = () => new Cat();
        Func<Animal> fa = fc;
        Console.WriteLine(fa().Name);
        Func<object> fo = fc;
        Console.WriteLine(((Animal)fo()).Name);
        Action<Animal> aa = a => Console.WriteLine("action on " + a.Name);
        Action<Cat> ac = aa;
        ac(new Cat());
        Func<Animal> group = MakeCat;
        Console.WriteLine(group().Name);
        Action<Cat> describeCat = Describe;
        describeCat(new Cat());
        Factory<Cat> f1 = MakeCat;
        Factory<Animal> f2 = f1;
        Console.WriteLine(f2().Name);
        Sink<Animal> s1 = Describe;
        Sink<Cat> s2 = s1;
        s2(new Cat());
        Func<string, object> conv = s => s.Length;
        Console.WriteLine(conv("four"));
        object check = fc;
        Console.WriteLine((check is Func<Cat>) + " " + (check is Func<Animal>));
    }
}
