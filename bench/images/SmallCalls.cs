using System;
using System.Text;
class SmallCalls {
    static int Main(string[] args) {
        long sum = 0;
        string s = "hello, world";
        var sb = new StringBuilder();
        for (int i = 0; i < 100000000; i++) {
            sum += Math.Max(i & 1023, 17) + s.Length + (char.IsDigit((char)('0' + (i & 15))) ? 1 : 0);
            sum += Math.Abs(-i & 7);
        }
        sb.Append(sum);
        Console.WriteLine(sb.ToString());
        return 0;
    }
}
