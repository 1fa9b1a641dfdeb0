// ASCII encoding of strings with leading ASCII runs of every length around the 4- and 8-unit steps, non-ASCII units,
// surrogate pairs (two '?', as .NET's replacement fallback and Mono) and lone surrogates.
using System; using System.Text;
class Asc { static void Main() {
  foreach (var s in new[] { "", "a", "abcdefgh", "abcdefghijklmnopq\u00e9", "\ud83d\ude00x", "x\ud83d", "\u00e9abcdefghijklmnop", new string('z', 37) + "\u20ac" + new string('y', 9), "ab\udc00cd" })
    Console.WriteLine(BitConverter.ToString(Encoding.ASCII.GetBytes(s)) + " " + Encoding.ASCII.GetByteCount(s));
} }
