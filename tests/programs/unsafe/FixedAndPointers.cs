// Unsafe code as mcs compiles it: fixed over arrays (empty and null too) and strings, stackalloc, pointer
// arithmetic and comparisons, pointers to structs, and pointer/native-int conversions.
using System;

struct Point
{
    public int X;
    public int Y;
}

unsafe class Program
{
    static int Sum(byte[] data)
    {
        int sum = 0;
        fixed (byte* p = data)
        {
            if (p == null)
                return -1;
            byte* end = p + data.Length;
            for (byte* q = p; q < end; q++)
                sum += *q;
        }
        return sum;
    }

    static int CountChar(string s, char c)
    {
        int count = 0;
        fixed (char* p = s)
        {
            for (char* q = p; *q != '\0'; q++)
                if (*q == c)
                    count++;
        }
        return count;
    }

    static long Distance(int* a, int* b)
    {
        return b - a;
    }

    static void Fill(Point* points, int n)
    {
        for (int i = 0; i < n; i++)
        {
            points[i].X = i;
            (points + i)->Y = i * i;
        }
    }

    static int Checksum(int[] values)
    {
        fixed (int* start = &values[0])
        {
            int* p = start;
            int* last = start + values.Length - 1;
            int total = 0;
            while (p <= last)
            {
                total = total * 31 + *p;
                p += 1;
            }
            return total;
        }
    }

    static void Main()
    {
        Console.WriteLine(Sum(new byte[] { 1, 2, 3, 250 }));
        Console.WriteLine(Sum(new byte[0]));
        Console.WriteLine(Sum(null));
        Console.WriteLine(CountChar("hello, world", 'o'));
        Console.WriteLine(CountChar("", 'o'));

        int* buffer = stackalloc int[16];
        for (int i = 0; i < 16; i++)
            buffer[i] = i * 3;
        Console.WriteLine(Distance(buffer, buffer + 5));
        Console.WriteLine(Distance(buffer + 7, buffer + 2));
        Console.WriteLine(buffer[15] + *(buffer + 2));
        int* middle = buffer + 8;
        Console.WriteLine(middle > buffer);
        Console.WriteLine(middle >= buffer + 9);
        Console.WriteLine(middle != buffer);
        Console.WriteLine(middle - 8 == buffer);

        Point* points = stackalloc Point[4];
        Fill(points, 4);
        Console.WriteLine(points[3].X + "," + points[3].Y + " " + (*(points + 2)).Y);

        IntPtr address = (IntPtr)middle;
        int* back = (int*)address;
        Console.WriteLine(*back);
        ulong unsignedAddress = (ulong)(buffer + 1);
        Console.WriteLine(*(int*)unsignedAddress);
        long raw = (long)(buffer + 4);
        Console.WriteLine(*(int*)raw);
        Console.WriteLine(((long)(buffer + 3) - (long)buffer) / sizeof(int));
        Console.WriteLine((ulong)middle % 4);

        Console.WriteLine(Checksum(new[] { 3, 1, 4, 1, 5, 9, 2, 6 }));

        byte* bytes = stackalloc byte[8];
        *(long*)bytes = 0x0102030405060708L;
        Console.WriteLine(bytes[0] + " " + bytes[7]);
        void* untyped = bytes;
        Console.WriteLine(*((short*)untyped + 1));

        int value = 41;
        int* pv = &value;
        *pv += 1;
        Console.WriteLine(value);
        Point local;
        Point* pl = &local;
        pl->X = 5;
        pl->Y = pl->X * 2;
        Console.WriteLine(local.X + local.Y);
    }
}
