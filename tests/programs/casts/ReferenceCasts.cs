using System;

class Vehicle { public virtual string Kind() { return "vehicle"; } }
class Car : Vehicle { public override string Kind() { return "car"; } }
class SportsCar : Car { public override string Kind() { return "sportscar"; } }
class Boat : Vehicle { }

class ReferenceCasts
{
    static string Try(Vehicle v)
    {
        string r = v.Kind() + ":";
        r += (v is Car ? " isCar" : "") + (v is SportsCar ? " isSports" : "") + (v is Boat ? " isBoat" : "");
        try { Car c = (Car)v; r += " cast->" + c.Kind(); }
        catch (InvalidCastException) { r += " castfail"; }
        SportsCar s = v as SportsCar;
        r += s == null ? " as-null" : " as-ok";
        return r;
    }

    static void Main()
    {
        Vehicle[] vs = new Vehicle[] { new Vehicle(), new Car(), new SportsCar(), new Boat() };
        for (int i = 0; i < vs.Length; i++) Console.WriteLine(Try(vs[i]));
        object o = vs[2];
        Vehicle v = (Vehicle)o;
        Car c = (Car)v;
        Console.WriteLine(c.Kind() + " " + (o is object) + " " + (o is string));
        object s = "text";
        try { Vehicle bad = (Vehicle)s; Console.WriteLine(bad.Kind()); }
        catch (InvalidCastException) { Console.WriteLine("string is not a vehicle"); }
    }
}
