using System;

class CaseConversion
{
    static string Upper(string s) { char[] cs = s.ToCharArray(); for (int i = 0; i < cs.Length; i++) cs[i] = char.ToUpper(cs[i]); return new string(cs); }
    static string TitleCase(string s)
    {
        char[] cs = s.ToCharArray();
        bool start = true;
        for (int i = 0; i < cs.Length; i++)
        {
            if (char.IsLetter(cs[i])) { cs[i] = start ? char.ToUpper(cs[i]) : char.ToLower(cs[i]); start = false; }
            else start = true;
        }
        return new string(cs);
    }
    static string CamelToSnake(string s)
    {
        string r = "";
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsUpper(s[i])) { if (i > 0) r += "_"; r += char.ToLower(s[i]); }
            else r += s[i];
        }
        return r;
    }
    static string SnakeToCamel(string s)
    {
        string r = "";
        bool up = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '_') { up = true; continue; }
            r += up ? char.ToUpper(s[i]) : s[i];
            up = false;
        }
        return r;
    }

    static void Main()
    {
        Console.WriteLine(Upper("Hello, World 42!"));
        Console.WriteLine(TitleCase("the qUICK bROWN-fox's tale"));
        Console.WriteLine(CamelToSnake("parseHttpRequestHeader"));
        Console.WriteLine(CamelToSnake("XmlReader"));
        Console.WriteLine(SnakeToCamel("parse_http_request_header"));
        Console.WriteLine(SnakeToCamel(CamelToSnake("roundTripValue")));
    }
}
