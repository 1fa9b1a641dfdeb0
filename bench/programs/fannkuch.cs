using System;

// fannkuch-redux: for every permutation of 1..n, count the prefix reversals ("flips") until 1 is in front;
// report a checksum over all permutations and the maximum number of flips.
class Fannkuch
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7;
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0, r = n;
        while (true)
        {
            for (; r != 1; r--) count[r - 1] = r;
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            for (int k = perm[0]; k != 0; k = perm[0])
            {
                for (int i = 0, j = k; i < j; i++, j--)
                {
                    int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += (permCount & 1) == 0 ? flips : -flips;
            // next permutation (rotate the first r+1 elements, counting)
            while (true)
            {
                if (r == n)
                {
                    Console.WriteLine(checksum);
                    Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = first;
                if (--count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }
}
