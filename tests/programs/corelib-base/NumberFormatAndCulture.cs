// expect-stdout-file: NumberFormatAndCulture.out
// .NET's invariant culture has the three-letter ISO name "ivl" (Mono: "IVL", .NET's ThreeLetterWindowsLanguageName).
// The invariant culture's NumberFormatInfo, DateTimeFormatInfo, CompareInfo and TextInfo; read-only shared
// instances and writable clones; IFormatProvider.GetFormat; culture names.
using System;
using System.Globalization;

class NumberFormatAndCulture
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static string Sizes(int[] sizes) { return "{" + string.Join(",", sizes) + "}"; }

    static void ShowNumberFormat(NumberFormatInfo n)
    {
        Console.WriteLine("dec[" + n.NumberDecimalSeparator + "] grp[" + n.NumberGroupSeparator + "] neg[" + n.NegativeSign + "] pos[" + n.PositiveSign
            + "] pct[" + n.PercentSymbol + "] nan[" + n.NaNSymbol + "] +inf[" + n.PositiveInfinitySymbol + "] -inf[" + n.NegativeInfinitySymbol + "]");
        Console.WriteLine("digits " + n.NumberDecimalDigits + " " + n.CurrencyDecimalDigits + " " + n.PercentDecimalDigits + " sizes " + Sizes(n.NumberGroupSizes)
            + Sizes(n.CurrencyGroupSizes) + Sizes(n.PercentGroupSizes) + " cur[" + n.CurrencyDecimalSeparator + n.CurrencyGroupSeparator + "] code " + (int)n.CurrencySymbol[0]
            + " pct[" + n.PercentDecimalSeparator + n.PercentGroupSeparator + "] permille " + (int)n.PerMilleSymbol[0]);
        Console.WriteLine("patterns " + n.NumberNegativePattern + " " + n.CurrencyPositivePattern + " " + n.CurrencyNegativePattern + " " + n.PercentPositivePattern
            + " " + n.PercentNegativePattern + " readonly " + n.IsReadOnly + " native " + string.Join("", n.NativeDigits));
    }

    static void Main()
    {
        NumberFormatInfo inv = NumberFormatInfo.InvariantInfo;
        ShowNumberFormat(inv);
        Console.WriteLine(object.ReferenceEquals(inv, NumberFormatInfo.InvariantInfo) + " " + NumberFormatInfo.CurrentInfo.NumberDecimalSeparator
            + " " + (NumberFormatInfo.GetInstance(null) != null) + " " + object.ReferenceEquals(NumberFormatInfo.GetInstance(inv), inv)
            + " " + object.ReferenceEquals(inv.GetFormat(typeof(NumberFormatInfo)), inv) + " " + (inv.GetFormat(typeof(string)) == null));
        Try("set on invariant", () => inv.NumberDecimalSeparator = ",");
        Try("set NegativeSign on invariant", () => inv.NegativeSign = "~");
        NumberFormatInfo copy = (NumberFormatInfo)inv.Clone();
        copy.NumberDecimalSeparator = ",";
        copy.NumberGroupSeparator = " ";
        copy.NumberDecimalDigits = 3;
        copy.NumberGroupSizes = new int[] { 3, 2 };
        copy.PercentSymbol = "pc";
        ShowNumberFormat(copy);
        Console.WriteLine(inv.NumberDecimalSeparator + " " + Sizes(inv.NumberGroupSizes));
        Try("null separator", () => copy.NumberDecimalSeparator = null);
        Try("empty decimal separator", () => copy.NumberDecimalSeparator = "");
        Try("digits 100", () => copy.NumberDecimalDigits = 100);
        Try("digits -1", () => copy.NumberDecimalDigits = -1);
        Try("group sizes 10", () => copy.NumberGroupSizes = new int[] { 10 });
        Try("group sizes 0 first", () => copy.NumberGroupSizes = new int[] { 0, 3 });
        Try("group sizes trailing 0", () => copy.NumberGroupSizes = new int[] { 3, 0 });
        Try("NumberNegativePattern 5", () => copy.NumberNegativePattern = 5);
        NumberFormatInfo ro = NumberFormatInfo.ReadOnly(copy);
        Console.WriteLine(ro.IsReadOnly + " " + copy.IsReadOnly + " " + ro.NumberDecimalSeparator + " " + object.ReferenceEquals(NumberFormatInfo.ReadOnly(ro), ro));
        Try("set on ReadOnly copy", () => ro.PercentSymbol = "%");
        Console.WriteLine(new NumberFormatInfo().IsReadOnly + " " + new NumberFormatInfo().NumberDecimalSeparator);

        // formatting and parsing with the invariant providers
        Console.WriteLine(1234.5.ToString("N2", inv) + " " + (-42).ToString(CultureInfo.InvariantCulture) + " " + 0.25.ToString("P0", NumberFormatInfo.InvariantInfo)
            + " " + double.Parse("1,234.5", NumberStyles.Float | NumberStyles.AllowThousands, inv) + " " + int.Parse("-17", NumberStyles.Integer, CultureInfo.InvariantCulture));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:F3}|{1}", Math.PI, 1e21) + " " + 3.5m.ToString(CultureInfo.InvariantCulture)
            + " " + Convert.ToDouble("2.5", CultureInfo.InvariantCulture) + " " + Convert.ToString(1.5, CultureInfo.InvariantCulture));

        // CultureInfo
        CultureInfo ic = CultureInfo.InvariantCulture;
        Console.WriteLine("[" + ic.Name + "] " + ic.DisplayName + " | " + ic.EnglishName + " | " + ic.NativeName + " | " + ic.TwoLetterISOLanguageName
            + " " + ic.ThreeLetterISOLanguageName + " " + ic.LCID + " " + ic.IsNeutralCulture + " " + ic.IsReadOnly + " [" + ic.ToString() + "] [" + ic.Parent.Name + "]");
        Console.WriteLine(object.ReferenceEquals(CultureInfo.InvariantCulture, ic) + " " + CultureInfo.CurrentCulture.Name.Length + " " + CultureInfo.CurrentUICulture.Name.Length
            + " " + CultureInfo.GetCultureInfo("").Name.Length + " " + CultureInfo.GetCultureInfo("").IsReadOnly + " " + ic.NumberFormat.IsReadOnly + " " + ic.DateTimeFormat.IsReadOnly
            + " " + ic.Equals(new CultureInfo("")) + " " + (ic.GetHashCode() == new CultureInfo("").GetHashCode()));
        CultureInfo fresh = new CultureInfo("");
        Console.WriteLine(fresh.IsReadOnly + " " + fresh.NumberFormat.IsReadOnly + " " + fresh.DateTimeFormat.IsReadOnly + " " + fresh.Name.Length);
        fresh.NumberFormat.NumberDecimalSeparator = ";";
        Console.WriteLine(fresh.NumberFormat.NumberDecimalSeparator + " " + ic.NumberFormat.NumberDecimalSeparator);
        Try("set NumberFormat on invariant", () => ic.NumberFormat = new NumberFormatInfo());
        fresh.NumberFormat = copy;
        Console.WriteLine(object.ReferenceEquals(fresh.NumberFormat, copy) + " " + object.ReferenceEquals(fresh.GetFormat(typeof(NumberFormatInfo)), copy)
            + " " + (ic.GetFormat(typeof(NumberFormatInfo)) is NumberFormatInfo) + " " + (ic.GetFormat(typeof(DateTimeFormatInfo)) is DateTimeFormatInfo) + " " + (ic.GetFormat(typeof(int)) == null));
        CultureInfo cloned = (CultureInfo)ic.Clone();
        Console.WriteLine(cloned.IsReadOnly + " " + cloned.NumberFormat.IsReadOnly + " " + CultureInfo.ReadOnly(cloned).IsReadOnly);
        IFormatProvider provider = ic;
        Console.WriteLine(object.ReferenceEquals(NumberFormatInfo.GetInstance(provider), ic.NumberFormat) + " " + object.ReferenceEquals(DateTimeFormatInfo.GetInstance(ic), ic.DateTimeFormat));
        Try("new CultureInfo(null)", () => new CultureInfo((string)null));

        // DateTimeFormatInfo
        DateTimeFormatInfo d = DateTimeFormatInfo.InvariantInfo;
        Console.WriteLine(d.ShortDatePattern + " | " + d.LongDatePattern + " | " + d.ShortTimePattern + " | " + d.LongTimePattern + " | " + d.FullDateTimePattern);
        Console.WriteLine(d.MonthDayPattern + " | " + d.YearMonthPattern + " | " + d.RFC1123Pattern + " | " + d.SortableDateTimePattern + " | " + d.UniversalSortableDateTimePattern);
        Console.WriteLine(d.AMDesignator + " " + d.PMDesignator + " " + d.DateSeparator + " " + d.TimeSeparator + " " + d.FirstDayOfWeek + " " + d.CalendarWeekRule + " " + d.IsReadOnly);
        Console.WriteLine(string.Join(",", d.DayNames) + " | " + string.Join(",", d.AbbreviatedDayNames) + " | " + string.Join(",", d.ShortestDayNames));
        Console.WriteLine(string.Join(",", d.MonthNames) + "| " + d.MonthNames.Length + " " + string.Join(",", d.AbbreviatedMonthNames) + "|");
        Console.WriteLine(d.GetMonthName(2) + " " + d.GetAbbreviatedMonthName(12) + " [" + d.GetMonthName(13) + "] " + d.GetDayName(DayOfWeek.Wednesday) + " " + d.GetAbbreviatedDayName(DayOfWeek.Saturday));
        Try("GetMonthName(0)", () => d.GetMonthName(0));
        Try("set on invariant dtfi", () => d.ShortDatePattern = "yyyy");
        DateTimeFormatInfo dc = (DateTimeFormatInfo)d.Clone();
        dc.LongTimePattern = "HH.mm";
        Console.WriteLine(dc.IsReadOnly + " " + dc.FullDateTimePattern + " " + d.LongTimePattern);
        DateTime when = new DateTime(2024, 3, 9, 14, 5, 7);
        Console.WriteLine(when.ToString(d.FullDateTimePattern, CultureInfo.InvariantCulture) + " | " + when.ToString("d", d) + " | " + when.ToString(CultureInfo.InvariantCulture));

        // CompareInfo
        CompareInfo ci = ic.CompareInfo;
        Console.WriteLine(ci.Compare("apple", "Banana") + " " + ci.Compare("apple", "Banana", CompareOptions.Ordinal) + " " + ci.Compare("ABC", "abc", CompareOptions.IgnoreCase)
            + " " + ci.Compare("ABC", "abc", CompareOptions.OrdinalIgnoreCase) + " " + ci.Compare("abc", "ABC") + " " + ci.Compare(null, "a") + " " + ci.Compare("a", null) + " " + ci.Compare(null, null));
        Console.WriteLine(ci.IndexOf("Hello World", "world", CompareOptions.IgnoreCase) + " " + ci.IndexOf("Hello World", "world") + " " + ci.IndexOf("Hello World", 'o')
            + " " + ci.IndexOf("Hello World", "o", 5, CompareOptions.Ordinal) + " " + ci.LastIndexOf("Hello World", "o") + " " + ci.LastIndexOf("Hello World", 'l'));
        Console.WriteLine(ci.IsPrefix("Hello", "he") + " " + ci.IsPrefix("Hello", "he", CompareOptions.IgnoreCase) + " " + ci.IsSuffix("Hello", "LLO", CompareOptions.OrdinalIgnoreCase)
            + " " + ci.IsSuffix("Hello", "llo") + " " + ci.IsPrefix("Hello", "") + " " + ci.Compare("abcdef", 1, 2, "xbcx", 1, 2) + " " + ci.Name.Length);
        Try("Compare bad flags", () => ci.Compare("a", "b", CompareOptions.Ordinal | CompareOptions.IgnoreCase));
        Try("IndexOf null source", () => ci.IndexOf(null, "a"));
        Try("IsPrefix null", () => ci.IsPrefix("a", null));

        // TextInfo
        TextInfo ti = ic.TextInfo;
        Console.WriteLine(ti.ToUpper("hello, World") + " " + ti.ToLower("HeLLo") + " " + ti.ToUpper('q') + ti.ToLower('Q') + " [" + ti.ListSeparator + "] " + ti.IsRightToLeft);
        foreach (string s in new[] { "hello world", "HELLO WORLD", "the USA and NASA", "o'neil's dog", "mIxEd cAsE wOrDs", "3rd place, 2nd-best", "tab\tseparated_words here", "" })
            Console.WriteLine("[" + ti.ToTitleCase(s) + "]");
        Try("ToTitleCase null", () => ti.ToTitleCase(null));
    }
}
