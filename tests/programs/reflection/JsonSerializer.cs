using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text;

// A reflection-based JSON serializer and deserializer over public properties (issue 18's proof): objects are
// written property by property through PropertyInfo.GetValue in declaration order, read back through
// Activator.CreateInstance and PropertyInfo.SetValue; lists and arrays through IList, dictionaries through
// IDictionary, arrays through Array.CreateInstance, enums by name, nullable values, [JsonIgnore] and [JsonName]
// attributes.
[AttributeUsage(AttributeTargets.Property)]
class JsonIgnoreAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Property)]
class JsonNameAttribute : Attribute
{
    public readonly string Name;
    public JsonNameAttribute(string name) { Name = name; }
}

enum Role { Guest, Member, Admin }

class Address
{
    public string Street { get; set; }
    public string City { get; set; }
    public int Zip { get; set; }
}

class Person
{
    public int Id { get; set; }
    public string Name { get; set; }
    public bool Active { get; set; }
    public double Score { get; set; }
    public long Visits { get; set; }
    public Role Role { get; set; }
    public int? Age { get; set; }
    public decimal Balance { get; set; }
    public char Initial { get; set; }
    public Address Home { get; set; }
    public List<string> Tags { get; set; }
    public int[] Lucky { get; set; }
    public Dictionary<string, int> Counts { get; set; }
    public List<Address> Others { get; set; }
    [JsonName("e-mail")] public string Email { get; set; }
    [JsonIgnore] public string Secret { get; set; }
    public string ReadOnly { get { return "computed"; } }
    public static int Population { get; set; }
}

static class Json
{
    public static string Serialize(object value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object value)
    {
        if (value == null) { sb.Append("null"); return; }
        Type type = value.GetType();
        if (value is string) { WriteString(sb, (string)value); return; }
        if (value is char) { WriteString(sb, value.ToString()); return; }
        if (value is bool) { sb.Append((bool)value ? "true" : "false"); return; }
        if (type.IsEnum) { WriteString(sb, value.ToString()); return; }
        if (value is double) { sb.Append(((double)value).ToString("R", CultureInfo.InvariantCulture)); return; }
        if (type.IsPrimitive || value is decimal) { sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); return; }
        if (value is IDictionary)
        {
            sb.Append('{');
            bool first = true;
            foreach (DictionaryEntry e in (IDictionary)value)
            {
                if (!first) sb.Append(',');
                first = false;
                WriteString(sb, e.Key.ToString());
                sb.Append(':');
                Write(sb, e.Value);
            }
            sb.Append('}');
            return;
        }
        if (value is IEnumerable)
        {
            sb.Append('[');
            bool first = true;
            foreach (object item in (IEnumerable)value)
            {
                if (!first) sb.Append(',');
                first = false;
                Write(sb, item);
            }
            sb.Append(']');
            return;
        }
        sb.Append('{');
        bool firstProperty = true;
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || !p.CanWrite || p.IsDefined(typeof(JsonIgnoreAttribute), true)) continue;
            if (!firstProperty) sb.Append(',');
            firstProperty = false;
            WriteString(sb, NameOf(p));
            sb.Append(':');
            Write(sb, p.GetValue(value, null));
        }
        sb.Append('}');
    }

    private static string NameOf(PropertyInfo p)
    {
        var name = (JsonNameAttribute)Attribute.GetCustomAttribute(p, typeof(JsonNameAttribute));
        return name != null ? name.Name : p.Name;
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    public static T Deserialize<T>(string text)
    {
        int position = 0;
        object value = Read(text, ref position, typeof(T));
        SkipSpace(text, ref position);
        if (position != text.Length) throw new FormatException("Unexpected '" + text[position] + "' at " + position);
        return (T)value;
    }

    private static object Read(string text, ref int i, Type type)
    {
        SkipSpace(text, ref i);
        char c = text[i];
        if (c == 'n') { Expect(text, ref i, "null"); return null; }
        if (c == 't') { Expect(text, ref i, "true"); return true; }
        if (c == 'f') { Expect(text, ref i, "false"); return false; }
        Type underlying = Nullable.GetUnderlyingType(type);
        if (underlying != null) type = underlying;
        if (c == '"')
        {
            string s = ReadString(text, ref i);
            if (type.IsEnum) return Enum.Parse(type, s);
            if (type == typeof(char)) return s[0];
            return s;
        }
        if (c == '[') return ReadArray(text, ref i, type);
        if (c == '{') return ReadObject(text, ref i, type);
        int start = i;
        while (i < text.Length && "+-0123456789.eE".IndexOf(text[i]) >= 0) i++;
        string number = text.Substring(start, i - start);
        return Convert.ChangeType(number, type, CultureInfo.InvariantCulture);
    }

    private static object ReadArray(string text, ref int i, Type type)
    {
        Type element = type.IsArray ? type.GetElementType() : type.GetGenericArguments()[0];
        var items = new List<object>();
        i++;
        SkipSpace(text, ref i);
        if (text[i] == ']') i++;
        else
        {
            while (true)
            {
                items.Add(Read(text, ref i, element));
                SkipSpace(text, ref i);
                if (text[i++] == ']') break;
            }
        }
        if (type.IsArray)
        {
            Array array = Array.CreateInstance(element, items.Count);
            for (int k = 0; k < items.Count; k++) array.SetValue(items[k], k);
            return array;
        }
        var list = (IList)Activator.CreateInstance(type);
        foreach (object item in items) list.Add(item);
        return list;
    }

    private static object ReadObject(string text, ref int i, Type type)
    {
        object result = Activator.CreateInstance(type);
        var dictionary = result as IDictionary;
        Type valueType = dictionary != null ? type.GetGenericArguments()[1] : null;
        i++;
        SkipSpace(text, ref i);
        if (text[i] == '}') { i++; return result; }
        while (true)
        {
            SkipSpace(text, ref i);
            string key = ReadString(text, ref i);
            SkipSpace(text, ref i);
            i++; // ':'
            if (dictionary != null)
            {
                dictionary[key] = Read(text, ref i, valueType);
            }
            else
            {
                PropertyInfo property = Find(type, key);
                if (property == null) throw new InvalidOperationException("No property " + key + " on " + type.Name);
                property.SetValue(result, Read(text, ref i, property.PropertyType), null);
            }
            SkipSpace(text, ref i);
            if (text[i++] == '}') break;
        }
        return result;
    }

    private static PropertyInfo Find(Type type, string name)
    {
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (NameOf(p) == name) return p;
        return null;
    }

    private static string ReadString(string text, ref int i)
    {
        var sb = new StringBuilder();
        i++;
        while (text[i] != '"')
        {
            char c = text[i++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = text[i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append((char)int.Parse(text.Substring(i, 4), NumberStyles.HexNumber)); i += 4; break;
                default: sb.Append(e); break;
            }
        }
        i++;
        return sb.ToString();
    }

    private static void Expect(string text, ref int i, string word)
    {
        if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) throw new FormatException("Expected " + word + " at " + i);
        i += word.Length;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
    }
}

class Program
{
    static void Main()
    {
        var person = new Person
        {
            Id = 7, Name = "Ada \"the first\" Lovelace", Active = true, Score = 0.1 + 0.2, Visits = 1L << 40, Role = Role.Admin,
            Age = 36, Balance = 1234.50m, Initial = 'A',
            Home = new Address { Street = "St. James's Square", City = "London", Zip = 10 },
            Tags = new List<string> { "math", "poetry\tscience" }, Lucky = new[] { 3, 7, 42 },
            Counts = new Dictionary<string, int> { { "papers", 1 }, { "notes", 65 } },
            Others = new List<Address> { new Address { City = "Paris" }, new Address { City = "Turin", Zip = 2 } },
            Email = "ada@example.org", Secret = "hidden"
        };
        Person.Population = 1;
        string json = Json.Serialize(person);
        Console.WriteLine(json);

        Person back = Json.Deserialize<Person>(json);
        Console.WriteLine(back.Id + " " + back.Name + " " + back.Active + " " + back.Score.ToString("R") + " " + back.Visits + " " + back.Role + " " + back.Age
            + " " + back.Balance + " " + back.Initial + " " + (back.Secret == null));
        Console.WriteLine(back.Home.Street + ", " + back.Home.City + " " + back.Home.Zip);
        Console.WriteLine(string.Join("|", back.Tags) + " " + string.Join(",", back.Lucky) + " " + back.Lucky.GetType().Name);
        foreach (var pair in back.Counts) Console.WriteLine(pair.Key + "=" + pair.Value);
        Console.WriteLine(back.Others.Count + " " + back.Others[1].City + " " + back.Others[0].Street);
        Console.WriteLine(Json.Serialize(back) == json);

        Person sparse = Json.Deserialize<Person>("{ \"Id\": 1, \"Age\": null, \"Role\": \"Member\", \"Tags\": [], \"e-mail\": \"x\\u0041y\" }");
        Console.WriteLine(Json.Serialize(sparse));
        Console.WriteLine(Json.Serialize(new object[] { 1, "two", 3.5, null, Role.Guest, new int[0] }));
        // the core library's List<T> and Dictionary<K, V> are created through their constructors, which Kiln has
        // compiled when the program creates such collections itself (Person's)
        Console.WriteLine(Json.Serialize(Json.Deserialize<int[]>("[1, 2, 3]")));
        Console.WriteLine(Json.Serialize(Json.Deserialize<List<Address>>("[{\"City\": \"Bern\", \"Zip\": 3000}]")));
        Console.WriteLine(Json.Serialize(Json.Deserialize<Dictionary<string, int>>("{\"a\": 1, \"b\": -2}")));
        try { Json.Deserialize<Address>("{\"Country\": \"CH\"}"); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
