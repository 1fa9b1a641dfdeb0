using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text;

// A reflection-based JSON serializer and deserializer over public properties (issue 18's Proof): what the reflection
// metadata of such a program weighs (ReflectionSizeTest, README "Reflection"). Not a differential program: the
// reflection/ programs compare behaviour with Mono.
class Address
{
    public string Street { get; set; }
    public string City { get; set; }
    public int Zip { get; set; }
}

class Order
{
    public int Id { get; set; }
    public string Customer { get; set; }
    public double Total { get; set; }
    public bool Paid { get; set; }
    public Address ShipTo { get; set; }
    public List<string> Items { get; set; }
}

static class Json
{
    public static string Serialize(object value)
    {
        StringBuilder sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    static void Write(StringBuilder sb, object value)
    {
        if (value == null) { sb.Append("null"); return; }
        if (value is string s) { sb.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"'); return; }
        if (value is bool b) { sb.Append(b ? "true" : "false"); return; }
        if (value is int || value is double) { sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); return; }
        if (value is System.Collections.IEnumerable list)
        {
            sb.Append('[');
            bool first = true;
            foreach (object item in list) { if (!first) sb.Append(','); first = false; Write(sb, item); }
            sb.Append(']');
            return;
        }
        sb.Append('{');
        bool firstProperty = true;
        foreach (PropertyInfo p in value.GetType().GetProperties())
        {
            if (!firstProperty) sb.Append(',');
            firstProperty = false;
            sb.Append('"').Append(p.Name).Append("\":");
            Write(sb, p.GetValue(value, null));
        }
        sb.Append('}');
    }

    public static T Deserialize<T>(string text) where T : new()
    {
        int pos = 0;
        return (T)Read(text, ref pos, typeof(T));
    }

    static object Read(string text, ref int pos, Type type)
    {
        char c = text[pos];
        if (c == 'n') { pos += 4; return null; }
        if (c == 't') { pos += 4; return true; }
        if (c == 'f') { pos += 5; return false; }
        if (c == '"')
        {
            int end = text.IndexOf('"', pos + 1);
            string s = text.Substring(pos + 1, end - pos - 1);
            pos = end + 1;
            return s;
        }
        if (c == '[')
        {
            pos++;
            object list = Activator.CreateInstance(type);
            Type element = type.GetGenericArguments()[0];
            MethodInfo add = type.GetMethod("Add");
            while (text[pos] != ']') { add.Invoke(list, new object[] { Read(text, ref pos, element) }); if (text[pos] == ',') pos++; }
            pos++;
            return list;
        }
        if (c == '{')
        {
            pos++;
            object target = Activator.CreateInstance(type);
            while (text[pos] != '}')
            {
                int end = text.IndexOf('"', pos + 1);
                string name = text.Substring(pos + 1, end - pos - 1);
                pos = end + 2;
                PropertyInfo p = type.GetProperty(name);
                p.SetValue(target, Read(text, ref pos, p.PropertyType), null);
                if (text[pos] == ',') pos++;
            }
            pos++;
            return target;
        }
        int start = pos;
        while (pos < text.Length && "-+.0123456789eE".IndexOf(text[pos]) >= 0) pos++;
        string number = text.Substring(start, pos - start);
        return type == typeof(int) ? (object)int.Parse(number, CultureInfo.InvariantCulture)
            : double.Parse(number, CultureInfo.InvariantCulture);
    }
}

static class Program
{
    static int Main()
    {
        Order order = new Order
        {
            Id = 7, Customer = "Ada", Total = 12.5, Paid = true,
            ShipTo = new Address { Street = "1 Loop Rd", City = "Kiln", Zip = 4242 },
            Items = new List<string> { "clay", "glaze" },
        };
        string json = Json.Serialize(order);
        Console.WriteLine(json);
        Order back = Json.Deserialize<Order>(json);
        Console.WriteLine(Json.Serialize(back) == json ? "round trip" : "differs: " + Json.Serialize(back));
        return 0;
    }
}
