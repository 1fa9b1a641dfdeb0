// A tiny JSON model (objects keep insertion order, arrays, strings with escapes, numbers, booleans, null),
// a recursive pretty-printer, a compact printer, a parser for the compact form, and a structural comparison.
using System;
using System.Collections.Generic;
using System.Text;

abstract class JValue
{
    public abstract void Write(StringBuilder sb, int indent, bool pretty);
    public string ToJson(bool pretty) { var sb = new StringBuilder(); Write(sb, 0, pretty); return sb.ToString(); }
}
class JNull : JValue { public static readonly JNull Instance = new JNull(); public override void Write(StringBuilder sb, int i, bool p) { sb.Append("null"); } }
class JBool : JValue { public bool V; public JBool(bool v) { V = v; } public override void Write(StringBuilder sb, int i, bool p) { sb.Append(V ? "true" : "false"); } }
class JNumber : JValue { public long V; public JNumber(long v) { V = v; } public override void Write(StringBuilder sb, int i, bool p) { sb.Append(V); } }
class JString : JValue
{
    public string V; public JString(string v) { V = v; }
    public override void Write(StringBuilder sb, int i, bool p)
    {
        sb.Append('"');
        foreach (char c in V)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("x4")); else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
class JArray : JValue
{
    public List<JValue> Items = new List<JValue>();
    public override void Write(StringBuilder sb, int indent, bool pretty)
    {
        if (Items.Count == 0) { sb.Append("[]"); return; }
        sb.Append('[');
        for (int k = 0; k < Items.Count; k++)
        {
            if (k > 0) sb.Append(',');
            if (pretty) sb.Append('\n').Append(' ', (indent + 1) * 2);
            Items[k].Write(sb, indent + 1, pretty);
        }
        if (pretty) sb.Append('\n').Append(' ', indent * 2);
        sb.Append(']');
    }
}
class JObject : JValue
{
    public List<KeyValuePair<string, JValue>> Members = new List<KeyValuePair<string, JValue>>();
    public JObject Add(string k, JValue v) { Members.Add(new KeyValuePair<string, JValue>(k, v)); return this; }
    public override void Write(StringBuilder sb, int indent, bool pretty)
    {
        if (Members.Count == 0) { sb.Append("{}"); return; }
        sb.Append('{');
        for (int k = 0; k < Members.Count; k++)
        {
            if (k > 0) sb.Append(',');
            if (pretty) sb.Append('\n').Append(' ', (indent + 1) * 2);
            new JString(Members[k].Key).Write(sb, 0, pretty);
            sb.Append(pretty ? ": " : ":");
            Members[k].Value.Write(sb, indent + 1, pretty);
        }
        if (pretty) sb.Append('\n').Append(' ', indent * 2);
        sb.Append('}');
    }
}

class JsonParser
{
    readonly string s; int p;
    public JsonParser(string s) { this.s = s; }
    public JValue Parse()
    {
        char c = s[p];
        if (c == '{') { p++; var o = new JObject(); if (s[p] == '}') { p++; return o; } while (true) { string k = ((JString)Parse()).V; p++; o.Add(k, Parse()); if (s[p++] == '}') return o; } }
        if (c == '[') { p++; var a = new JArray(); if (s[p] == ']') { p++; return a; } while (true) { a.Items.Add(Parse()); if (s[p++] == ']') return a; } }
        if (c == '"')
        {
            var sb = new StringBuilder();
            p++;
            while (s[p] != '"')
            {
                if (s[p] == '\\')
                {
                    p++;
                    char e = s[p++];
                    if (e == 'n') sb.Append('\n'); else if (e == 't') sb.Append('\t');
                    else if (e == 'u') { sb.Append((char)Convert4(s.Substring(p, 4))); p += 4; }
                    else sb.Append(e);
                }
                else sb.Append(s[p++]);
            }
            p++;
            return new JString(sb.ToString());
        }
        if (s.Substring(p).StartsWith("true")) { p += 4; return new JBool(true); }
        if (s.Substring(p).StartsWith("false")) { p += 5; return new JBool(false); }
        if (s.Substring(p).StartsWith("null")) { p += 4; return JNull.Instance; }
        int start = p;
        if (s[p] == '-') p++;
        while (p < s.Length && char.IsDigit(s[p])) p++;
        return new JNumber(long.Parse(s.Substring(start, p - start)));
    }
    static int Convert4(string hex) { int v = 0; foreach (char c in hex) v = v * 16 + (char.IsDigit(c) ? c - '0' : char.ToLower(c) - 'a' + 10); return v; }
}

class JsonPrinter
{
    static void Main()
    {
        var tags = new JArray();
        foreach (string t in new[] { "a", "b\"c", "tab\there" }) tags.Items.Add(new JString(t));
        var nested = new JObject().Add("deep", new JObject().Add("deeper", new JArray())).Add("empty", new JObject());
        var doc = new JObject()
            .Add("name", new JString("Kiln"))
            .Add("version", new JNumber(3))
            .Add("negative", new JNumber(-9007199254740993))
            .Add("active", new JBool(true))
            .Add("nothing", JNull.Instance)
            .Add("tags", tags)
            .Add("unicode", new JString("caf\u00e9 \u2603\nline"))
            .Add("nested", nested);
        string pretty = doc.ToJson(true);
        string compact = doc.ToJson(false);
        Console.WriteLine(pretty);
        Console.WriteLine(compact);
        JValue back = new JsonParser(compact).Parse();
        Console.WriteLine("round trip equal: " + (back.ToJson(false) == compact));
        Console.WriteLine("member count: " + ((JObject)back).Members.Count + ", first tag: " + ((JString)((JArray)((JObject)back).Members[5].Value).Items[1]).V);
    }
}
