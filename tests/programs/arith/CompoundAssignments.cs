using System;

class Holder { public int F; public long L; public int[] Arr = new int[3]; public static int S; }

class CompoundAssignments
{
    static int calls;
    static int Index() { calls++; return 1; }

    static void Main()
    {
        int x = 10;
        x += 5; x -= 3; x *= 4; x /= 3; x %= 7; x <<= 3; x >>= 1; x |= 0x100; x &= 0x1FF; x ^= 0xFF;
        Console.WriteLine(x);
        Holder h = new Holder();
        h.F += 7; h.F *= 6; h.F--; ++h.F; h.F++;
        Console.WriteLine(h.F);
        h.L = long.MaxValue; h.L += 1;
        Console.WriteLine(h.L);
        Holder.S += 100; Holder.S /= 3;
        Console.WriteLine(Holder.S);
        h.Arr[Index()] += 10;
        h.Arr[Index()] *= 3;
        h.Arr[Index()]++;
        Console.WriteLine(h.Arr[1] + " calls=" + calls);
        int a = 5;
        int b = a++ + ++a;
        Console.WriteLine(a + " " + b);
        int c = 5;
        c = c++ * 2;
        Console.WriteLine(c);
        byte by = 200; by += 100;
        Console.WriteLine(by);
        char ch = 'a'; ch += (char)2; ch++;
        Console.WriteLine(ch);
        string s = "a"; s += 1; s += 'b'; s += true;
        Console.WriteLine(s);
        int[] arr = new int[] { 1, 2, 3 };
        int i = 0;
        arr[i++] += arr[i++] * 10;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + i);
    }
}
