// An ASCII Mandelbrot set: double arithmetic in a tight loop, escape-time iteration counts mapped to characters,
// plus a histogram of iteration counts and the area estimate from the sampled grid.
using System;
using System.Text;

class MandelbrotAscii
{
    static int Escape(double cr, double ci, int limit)
    {
        double zr = 0, zi = 0;
        for (int i = 0; i < limit; i++)
        {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) return i;
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
        }
        return limit;
    }

    static void Main()
    {
        const string shades = " .:-=+*%#@";
        const int cols = 64, rows = 24, limit = 200;
        int inside = 0;
        int[] histogram = new int[10];
        for (int r = 0; r < rows; r++)
        {
            var line = new StringBuilder();
            double ci = 1.2 - 2.4 * r / (rows - 1);
            for (int c = 0; c < cols; c++)
            {
                double cr = -2.1 + 2.8 * c / (cols - 1);
                int n = Escape(cr, ci, limit);
                if (n == limit) { inside++; line.Append('@'); histogram[9]++; continue; }
                int bucket = Math.Min(8, (int)Math.Sqrt(n));
                histogram[bucket]++;
                line.Append(shades[bucket]);
            }
            Console.WriteLine(line.ToString().TrimEnd());
        }
        Console.WriteLine("inside: " + inside + " of " + cols * rows);
        Console.WriteLine("histogram: " + string.Join(" ", histogram));
        double cellArea = (2.8 / (cols - 1)) * (2.4 / (rows - 1));
        Console.WriteLine("area estimate: " + (inside * cellArea).ToString("F3"));
        Console.WriteLine("escape(0.25, 0.5) = " + Escape(0.25, 0.5, 1000) + ", escape(-1, 0) = " + Escape(-1, 0, 1000) + ", escape(1, 1) = " + Escape(1, 1, 1000));
    }
}
