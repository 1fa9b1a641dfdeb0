using System;

// spectral-norm: the largest eigenvalue of an infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power iteration.
class SpectralNorm
{
    static double A(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

    static void MultiplyAv(double[] v, double[] av, int n)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void MultiplyAtv(double[] v, double[] atv, int n)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void MultiplyAtAv(double[] v, double[] atav, double[] tmp, int n)
    {
        MultiplyAv(v, tmp, n);
        MultiplyAtv(tmp, atav, n);
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++)
        {
            MultiplyAtAv(u, v, tmp, n);
            MultiplyAtAv(v, u, tmp, n);
        }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        Console.WriteLine(Math.Sqrt(vbv / vv).ToString("F9"));
    }
}
