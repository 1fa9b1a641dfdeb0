using System;

// mandelbrot: the Mandelbrot set on an n×n grid as a bitmap (8 pixels a byte); prints a checksum of the bytes.
class Mandelbrot
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200;
        int bytesPerRow = (n + 7) / 8;
        byte[] bitmap = new byte[bytesPerRow * n];
        for (int y = 0; y < n; y++)
        {
            double ci = 2.0 * y / n - 1.0;
            for (int x = 0; x < n; x++)
            {
                double cr = 2.0 * x / n - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                for (; i < 50 && tr + ti <= 4.0; i++)
                {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                }
                if (tr + ti <= 4.0) bitmap[y * bytesPerRow + x / 8] |= (byte)(0x80 >> (x % 8));
            }
        }
        long sum = 0;
        for (int i = 0; i < bitmap.Length; i++) sum = sum * 31 + bitmap[i];
        Console.WriteLine(n + " " + sum);
    }
}
