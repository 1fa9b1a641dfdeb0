// expect-stdout-file: NetCoreNumberFormatting.out
// exit: 100
// Number formatting where .NET Core 3.0+ and Mono differ (see dotnet/runtime issues 1640, 13712, 32458, 59570):
// a negative double or float that rounds to zero keeps its sign in custom and fixed formats ("-0"), decimals do
// not; standard fixed formats round the exact binary value, ties to even.
using System;

class NetCoreNumberFormatting
{
    static int Main()
    {
        Console.WriteLine((-0.1).ToString("0") + " " + (-0.1f).ToString("0") + " " + (-0.1m).ToString("0"));
        Console.WriteLine((-0.01).ToString("0.#;-0.#") + " " + (-0.0305441935).ToString("f1") + " " + (-0.0).ToString());
        Console.WriteLine(0.5.ToString("F0") + " " + 1.5.ToString("F0") + " " + 2.5.ToString("F0") + " " + 3.5.ToString("F0"));
        Console.WriteLine(0.25.ToString("F1") + " " + 10.25.ToString("F1") + " " + 0.125.ToString("F2") + " " + 0.375.ToString("F2"));
        Console.WriteLine(12.345.ToString("F2") + " " + 1.005.ToString("F2") + " " + 2.675.ToString("F2"));
        return 100;
    }
}
