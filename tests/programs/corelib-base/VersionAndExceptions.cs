// expect-stdout-file: VersionAndExceptions.out
// .NET writes a parameter name as " (Parameter 'input')" where Mono starts a new line, words a FormatException with
// the input ("The input string 'a' was not in a correct format."), lets `null < v` be true where Mono throws, and
// bounds Version.ToString(-1) by 4 (Mono: 2).
// System.Version (constructors, parsing, formatting, comparison) and the loading exceptions (BadImageFormat,
// FileNotFound, FileLoad, TypeLoad, Missing*, DllNotFound, EntryPointNotFound) with their file names and messages.
using System;
using System.IO;

class VersionAndExceptions
{
    static void Show(Version v)
    {
        Console.WriteLine(v + " M=" + v.Major + " m=" + v.Minor + " b=" + v.Build + " r=" + v.Revision
            + " MR=" + v.MajorRevision + " mR=" + v.MinorRevision + " hash=" + v.GetHashCode());
    }

    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Show(new Version());
        Show(new Version(1, 2));
        Show(new Version(1, 2, 3));
        Show(new Version(1, 2, 3, 4));
        Show(new Version(4, 5, 6, 0x12345));
        Show(new Version("10.20.30.40"));
        Show(Version.Parse(" 1 . 2 "));
        Show(Version.Parse("+3.4.5"));
        Version c = (Version)new Version(7, 8, 9).Clone();
        Show(c);

        Version t;
        foreach (string s in new[] { "1.0", "1.2.3.4", "1", "1.2.3.4.5", "a.b", "1.-2", "1..2", "", "99999999999.1", null })
            Console.WriteLine("TryParse(" + (s ?? "null") + ") = " + Version.TryParse(s, out t) + " " + (t == null ? "null" : t.ToString()));
        Try("Parse 1", () => Version.Parse("1"));
        Try("Parse 1.2.3.4.5", () => Version.Parse("1.2.3.4.5"));
        Try("Parse a.b", () => Version.Parse("a.b"));
        Try("Parse overflow", () => Version.Parse("99999999999.1"));
        Try("Parse null", () => Version.Parse(null));
        Try("ctor -1", () => new Version(-1, 0));
        Try("ctor build -1", () => new Version(1, 0, -1));
        Try("ctor revision -1", () => new Version(1, 0, 0, -1));

        Version v2 = new Version(1, 2), v3 = new Version(1, 2, 3), v4 = new Version(1, 2, 3, 4);
        for (int n = 0; n <= 5; n++)
        {
            int k = n;
            Try("v4.ToString(" + k + ")", () => Console.Write(v4.ToString(k) + " "));
        }
        Try("v2.ToString(3)", () => v2.ToString(3));
        Try("v3.ToString(4)", () => v3.ToString(4));
        Try("v2.ToString(-1)", () => v2.ToString(-1));

        Version[] all = { v4, v2, new Version(1, 2, 0), v3, new Version(0, 9), new Version(1, 2) };
        foreach (Version a in all)
        {
            foreach (Version b in all) Console.Write(a.CompareTo(b) + (a == b ? "=" : "") + (a < b ? "<" : "") + (a >= b ? ">=" : "") + " ");
            Console.WriteLine("| null:" + a.CompareTo(null) + " " + a.CompareTo((object)null) + " eq:" + a.Equals((object)new Version(1, 2)));
        }
        Version nv = null;
        Console.WriteLine((nv == null) + " " + (nv != v2) + " " + (nv < v2) + " " + (nv <= v2) + " " + (v2 > nv) + " " + (v2 < nv));
        Array.Sort(all);
        Console.WriteLine(string.Join(", ", (object[])all));
        Try("CompareTo(string)", () => v2.CompareTo("1.2"));
        IComparable<Version> cmp = v3;
        IEquatable<Version> eq = v3;
        Console.WriteLine(cmp.CompareTo(v4) + " " + eq.Equals(new Version(1, 2, 3)));

        // exceptions
        Exception[] es =
        {
            new BadImageFormatException("bad image"),
            new BadImageFormatException("bad image", "lib.dll"),
            new BadImageFormatException("bad image", "lib.dll", new InvalidOperationException("inner")),
            new BadImageFormatException("with inner", new Exception("x")),
            new FileNotFoundException("no file"),
            new FileNotFoundException("no file", "a.txt"),
            new FileNotFoundException("no file", "a.txt", new Exception("inner")),
            new FileLoadException("cannot load"),
            new FileLoadException("cannot load", "b.dll"),
            new TypeLoadException("no type"),
            new MissingMethodException("no method"),
            new MissingFieldException("no field"),
            new MissingMemberException("no member"),
            new DllNotFoundException("no dll"),
            new EntryPointNotFoundException("no entry"),
            new MemberAccessException("no access"),
            new FieldAccessException("field access"),
            new MethodAccessException("method access"),
            new PlatformNotSupportedException("platform"),
            new IOException("io"),
            new DirectoryNotFoundException("dir"),
            new PathTooLongException("long"),
        };
        foreach (Exception e in es)
        {
            Console.WriteLine(e.GetType().FullName + " | " + e.Message + " | inner " + (e.InnerException == null ? "-" : e.InnerException.Message));
            // (with an inner exception .NET's ToString goes on with " ---> " and the inner one's text)
            if (e.InnerException == null) Console.WriteLine("  " + e.ToString().Replace("\n", "\\n"));
        }
        Console.WriteLine(new BadImageFormatException("m", "f").FileName + " " + (new BadImageFormatException().FileName == null) + " " + (new FileNotFoundException("m", "g").FusionLog == null));
        Console.WriteLine(new FileNotFoundException("m", "g").FileName + " " + new FileLoadException("m", "h").FileName + " [" + new TypeLoadException("m").TypeName + "]");
        Console.WriteLine((new FileNotFoundException() is IOException) + " " + (new DllNotFoundException() is TypeLoadException) + " " + (new MissingFieldException() is MissingMemberException)
            + " " + (new MissingMethodException() is MemberAccessException) + " " + (new FieldAccessException() is MemberAccessException));
        try { throw new FileNotFoundException("Could not find file 'x'", "x"); }
        catch (IOException e) { Console.WriteLine("caught as IOException: " + e.Message); }
        try { throw new MissingMethodException("Method not found: 'Void A.B()'."); }
        catch (MemberAccessException e) { Console.WriteLine("caught as MemberAccessException: " + e.Message); }
    }
}
