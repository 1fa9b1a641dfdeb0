using System.Collections.Generic;
using System.Text;

namespace System.Diagnostics
{
    // ProcessStartInfo.Arguments into argv, by the rules .NET follows on every platform (those of the Microsoft C
    // runtime): spaces and tabs separate arguments outside double quotes; 2n backslashes before a quote are n
    // backslashes and the quote delimits, 2n+1 are n and a literal quote; other backslashes are literal; "" inside
    // quotes is a literal quote.
    internal static class ProcessArguments
    {
        internal static void ParseInto(string arguments, List<string> results)
        {
            int i = 0;
            while (true)
            {
                while (i < arguments.Length && (arguments[i] == ' ' || arguments[i] == '\t')) i++;
                if (i == arguments.Length) return;
                results.Add(Next(arguments, ref i));
            }
        }

        private static string Next(string arguments, ref int i)
        {
            StringBuilder current = new StringBuilder();
            bool inQuotes = false;
            while (i < arguments.Length)
            {
                int backslashes = 0;
                while (i < arguments.Length && arguments[i] == '\\')
                {
                    i++;
                    backslashes++;
                }
                if (backslashes > 0)
                {
                    if (i >= arguments.Length || arguments[i] != '"')
                    {
                        current.Append('\\', backslashes);
                    }
                    else
                    {
                        current.Append('\\', backslashes / 2);
                        if (backslashes % 2 != 0)
                        {
                            current.Append('"');
                            i++;
                        }
                    }
                    continue;
                }
                char c = arguments[i];
                if (c == '"')
                {
                    if (inQuotes && i < arguments.Length - 1 && arguments[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = !inQuotes;
                    }
                    i++;
                    continue;
                }
                if ((c == ' ' || c == '\t') && !inQuotes) break;
                current.Append(c);
                i++;
            }
            return current.ToString();
        }
    }
}
