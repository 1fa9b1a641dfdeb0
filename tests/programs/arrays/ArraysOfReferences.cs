using System;

class Item
{
    public string Name; public int Qty;
    public Item(string n, int q) { Name = n; Qty = q; }
}

class ArraysOfReferences
{
    static Item[] Filter(Item[] items, Predicate<Item> p)
    {
        int n = 0;
        Item[] tmp = new Item[items.Length];
        for (int i = 0; i < items.Length; i++) if (items[i] != null && p(items[i])) tmp[n++] = items[i];
        Item[] r = new Item[n];
        for (int i = 0; i < n; i++) r[i] = tmp[i];
        return r;
    }

    static void Main()
    {
        Item[] inv = new Item[6];
        inv[0] = new Item("bolt", 100);
        inv[1] = new Item("nut", 0);
        inv[3] = new Item("screw", 42);
        inv[5] = new Item("washer", 7);
        Item[] inStock = Filter(inv, it => it.Qty > 0);
        for (int i = 0; i < inStock.Length; i++) Console.WriteLine(inStock[i].Name + " " + inStock[i].Qty);
        inStock[0].Qty -= 1;
        Console.WriteLine(inv[0].Qty);
        Item[] shallow = new Item[inv.Length];
        for (int i = 0; i < inv.Length; i++) shallow[i] = inv[i];
        shallow[3].Name = "renamed";
        shallow[5] = null;
        Console.WriteLine(inv[3].Name + " " + (inv[5] != null));
        int nulls = 0;
        for (int i = 0; i < shallow.Length; i++) if (shallow[i] == null) nulls++;
        Console.WriteLine("nulls " + nulls);
    }
}
