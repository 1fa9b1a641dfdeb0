// System.Json (Mono's) as its users drive it: parse a document, navigate it, build one, print both.
using System;
using System.Collections.Generic;
using System.Json;
using System.Linq;

class JsonTour {
    const string Document = "{\"name\": \"kiln\", \"version\": [0, 1, 2], \"tags\": [\"aot\", \"llvm\", \"gc\"],"
        + " \"nested\": {\"ok\": true, \"ratio\": 0.25, \"none\": null, \"text\": \"line\\nbreak \\\"quoted\\\" \\u00e9\"},"
        + " \"count\": -42, \"big\": 1234567890123}";

    static int Main() {
        JsonValue doc = JsonValue.Parse(Document);
        Console.WriteLine(doc.JsonType + " with " + doc.Count + " members");
        Console.WriteLine("name: " + (string)doc["name"]);
        JsonArray version = (JsonArray)doc["version"];
        Console.WriteLine("version: " + string.Join(".", version.Select(v => ((int)v).ToString())));
        Console.WriteLine("tags: " + string.Join("|", ((JsonArray)doc["tags"]).Select(t => (string)t)));
        JsonObject nested = (JsonObject)doc["nested"];
        foreach (KeyValuePair<string, JsonValue> member in nested.OrderBy(p => p.Key, StringComparer.Ordinal)) {
            Console.WriteLine("  " + member.Key + ": " + (member.Value == null ? "null" : member.Value.JsonType + " " + member.Value.ToString()));
        }
        Console.WriteLine("ok && ratio: " + ((bool)nested["ok"] && (double)nested["ratio"] < 1));
        Console.WriteLine("count + big: " + ((int)doc["count"] + (long)doc["big"]));
        Console.WriteLine("has 'missing': " + doc.ContainsKey("missing"));

        var built = new JsonObject();
        built["title"] = "built";
        built["sizes"] = new JsonArray(new JsonPrimitive(1), new JsonPrimitive(2.5), new JsonPrimitive(true), new JsonPrimitive("three"));
        var inner = new JsonObject();
        inner["empty"] = new JsonArray();
        inner["quote"] = "say \"hi\"";
        built["inner"] = inner;
        built.Add("char", new JsonPrimitive('x'));
        ((JsonArray)built["sizes"]).Add(new JsonPrimitive(-7L));
        Console.WriteLine(built.ToString());
        Console.WriteLine(JsonValue.Parse(built.ToString()).ToString() == built.ToString() ? "round trip: same" : "round trip: differs");
        Console.WriteLine(doc["version"].ToString());

        foreach (string bad in new[] { "{\"a\": }", "[1, 2", "tru" }) {
            try {
                JsonValue.Parse(bad);
                Console.WriteLine(bad + " parsed?");
            } catch (ArgumentException e) {
                Console.WriteLine(bad + " -> " + e.GetType().Name);
            }
        }
        return built.Count;
    }
}
