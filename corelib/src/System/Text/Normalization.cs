namespace System.Text
{
    public enum NormalizationForm
    {
        FormC = 1,
        FormD = 2,
        FormKC = 5,
        FormKD = 6,
    }

    // Unicode normalization (UAX #15): full canonical or compatibility decomposition (Hangul syllables by
    // arithmetic), canonical ordering by combining class, and for forms C and KC canonical composition of primary
    // composites. The tables are NormalizationData.cs, generated from the Unicode Character Database.
    internal static class Normalization
    {
        private const int HangulBase = 0xac00, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11a7;
        private const int LeadCount = 19, VowelCount = 21, TrailCount = 28;
        private const int VowelTrailCount = VowelCount * TrailCount, SyllableCount = LeadCount * VowelTrailCount;

        private enum QuickCheck { Yes, No, Maybe }

        internal static string Normalize(string s, NormalizationForm form)
        {
            bool compatibility = IsCompatibility(form);
            if (Check(s, form) == QuickCheck.Yes) return s;
            CodePoints buffer = Decompose(s, compatibility);
            if (form == NormalizationForm.FormC || form == NormalizationForm.FormKC) Compose(buffer);
            string result = buffer.ToUtf16();
            return string.Equals(result, s) ? s : result;
        }

        internal static bool IsNormalized(string s, NormalizationForm form)
        {
            IsCompatibility(form);
            QuickCheck answer = Check(s, form);
            if (answer != QuickCheck.Maybe) return answer == QuickCheck.Yes;
            return (object)Normalize(s, form) == (object)s;
        }

        // The quick check of UAX #15 section 9, from the decomposition and composition tables: Yes when the string
        // is certainly normalized, No when certainly not, Maybe when a character might compose with one before it.
        private static QuickCheck Check(string s, NormalizationForm form)
        {
            bool compose = form == NormalizationForm.FormC || form == NormalizationForm.FormKC;
            bool compatibility = IsCompatibility(form);
            Validate(s);
            QuickCheck result = QuickCheck.Yes;
            int lastClass = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int codePoint = s[i];
                if (codePoint < 0xa0) { lastClass = 0; continue; }
                if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = CodePointAt(s, i++);
                int combiningClass = CombiningClass(codePoint);
                if (combiningClass != 0 && lastClass > combiningClass) return QuickCheck.No;
                lastClass = combiningClass;
                if (compatibility && Find(NormalizationData.CompatibilityKeys, codePoint) >= 0) return QuickCheck.No;
                if ((uint)(codePoint - HangulBase) < SyllableCount)
                {
                    if (!compose) return QuickCheck.No;
                    continue;
                }
                if (Find(NormalizationData.CanonicalKeys, codePoint) >= 0
                    && (!compose || Find(NormalizationData.SortedComposites, codePoint) < 0)) return QuickCheck.No;
                if (compose && ((uint)(codePoint - VowelBase) < VowelCount || (uint)(codePoint - TrailBase - 1) < TrailCount - 1
                    || Find(NormalizationData.CompositionSeconds, codePoint) >= 0)) result = QuickCheck.Maybe;
            }
            return result;
        }

        // The code point of the surrogate pair at index (Validate has seen that it is one).
        private static int CodePointAt(string s, int index) { return char.ConvertToUtf32(s[index], s[index + 1]); }

        // As .NET (over ICU) does, a lone surrogate or the noncharacter U+FFFE makes the string invalid to normalize.
        private static void Validate(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0xd800) continue;
                bool pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                if (c == '\ufffe' || (char.IsSurrogate(c) && !pair))
                    throw new ArgumentException("String contains invalid Unicode code points.", "strInput");
                if (pair) i++;
            }
        }

        private static bool IsCompatibility(NormalizationForm form)
        {
            switch (form)
            {
                case NormalizationForm.FormC:
                case NormalizationForm.FormD: return false;
                case NormalizationForm.FormKC:
                case NormalizationForm.FormKD: return true;
            }
            throw new ArgumentException("Invalid normalization form.", "normalizationForm");
        }

        private static CodePoints Decompose(string s, bool compatibility)
        {
            CodePoints buffer = new CodePoints(s.Length + 8);
            for (int i = 0; i < s.Length; i++)
            {
                int codePoint = s[i];
                if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = CodePointAt(s, i++);
                AppendDecomposition(buffer, codePoint, compatibility);
            }
            buffer.SortMarks();
            return buffer;
        }

        private static void AppendDecomposition(CodePoints buffer, int codePoint, bool compatibility)
        {
            int syllable = codePoint - HangulBase;
            if ((uint)syllable < SyllableCount)
            {
                buffer.Add(LeadBase + syllable / VowelTrailCount);
                buffer.Add(VowelBase + syllable % VowelTrailCount / TrailCount);
                if (syllable % TrailCount != 0) buffer.Add(TrailBase + syllable % TrailCount);
                return;
            }
            if (codePoint < 0xa0) { buffer.Add(codePoint); return; }  // the first decomposable code point is U+00A0
            if (compatibility && AppendMapping(buffer, codePoint, NormalizationData.CompatibilityKeys,
                    NormalizationData.CompatibilityOffsets, NormalizationData.CompatibilityData)) return;
            if (AppendMapping(buffer, codePoint, NormalizationData.CanonicalKeys, NormalizationData.CanonicalOffsets,
                    NormalizationData.CanonicalData)) return;
            buffer.Add(codePoint);
        }

        private static bool AppendMapping(CodePoints buffer, int codePoint, int[] keys, ushort[] offsets, string data)
        {
            int found = Find(keys, codePoint);
            if (found < 0) return false;
            int start = offsets[found], end = offsets[found + 1];
            for (int k = start; k < end; k++)
            {
                char c = data[k];
                if (char.IsHighSurrogate(c)) buffer.Add(char.ConvertToUtf32(c, data[++k]));
                else buffer.Add(c);
            }
            return true;
        }

        // Canonical composition (UAX #15 section 3.11): each character joins the last starter when no character
        // between them has a combining class as high as its own.
        private static void Compose(CodePoints buffer)
        {
            int count = buffer.Count;
            if (count == 0) return;
            int starterIndex = 0, starter = buffer[0];
            int lastClass = CombiningClass(starter) == 0 ? 0 : 256;
            int kept = 1;
            for (int i = 1; i < count; i++)
            {
                int c = buffer[i];
                int combiningClass = CombiningClass(c);
                int composite = Composite(starter, c);
                if (composite >= 0 && (lastClass < combiningClass || lastClass == 0))
                {
                    buffer[starterIndex] = composite;
                    starter = composite;
                    continue;
                }
                if (combiningClass == 0)
                {
                    starterIndex = kept;
                    starter = c;
                }
                lastClass = combiningClass;
                buffer[kept++] = c;
            }
            buffer.Count = kept;
        }

        private static int Composite(int first, int second)
        {
            int lead = first - LeadBase, vowel = second - VowelBase;
            if ((uint)lead < LeadCount && (uint)vowel < VowelCount)
                return HangulBase + (lead * VowelCount + vowel) * TrailCount;
            int syllable = first - HangulBase, trail = second - TrailBase;
            if ((uint)syllable < SyllableCount && syllable % TrailCount == 0 && trail > 0 && trail < TrailCount)
                return first + trail;
            if (first < 0x3c || second < 0x300) return -1;  // no primary composite starts lower (the generator's tables)
            int found = Find(NormalizationData.CompositionPairs, (long)first << 21 | (long)second);
            return found < 0 ? -1 : NormalizationData.Composites[found];
        }

        // Binary searches of the sorted tables (Array.BinarySearch would go through a comparer).
        private static int Find(int[] sorted, int value)
        {
            int lo = 0, hi = sorted.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (sorted[mid] == value) return mid;
                if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private static int Find(long[] sorted, long value)
        {
            int lo = 0, hi = sorted.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (sorted[mid] == value) return mid;
                if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        internal static int CombiningClass(int codePoint)
        {
            if (codePoint < 0x300) return 0;
            int[] runs = NormalizationData.CombiningClassRuns;
            int lo = 0, hi = runs.Length / 3 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (runs[mid * 3 + 1] < codePoint) lo = mid + 1;
                else if (runs[mid * 3] > codePoint) hi = mid - 1;
                else return runs[mid * 3 + 2];
            }
            return 0;
        }

        // A growable list of code points.
        private sealed class CodePoints
        {
            private int[] _items;
            internal int Count;

            internal CodePoints(int capacity) { _items = new int[capacity]; }

            internal int this[int index]
            {
                get { return _items[index]; }
                set { _items[index] = value; }
            }

            internal void Add(int codePoint)
            {
                if (Count == _items.Length)
                {
                    int[] larger = new int[_items.Length * 2];
                    Array.Copy(_items, larger, Count);
                    _items = larger;
                }
                _items[Count++] = codePoint;
            }

            // Canonical ordering: a stable sort of each run of non-starters by combining class.
            internal void SortMarks()
            {
                for (int i = 1; i < Count; i++)
                {
                    int c = _items[i], combiningClass = CombiningClass(c);
                    if (combiningClass == 0) continue;
                    int j = i;
                    while (j > 0 && CombiningClass(_items[j - 1]) > combiningClass)
                    {
                        _items[j] = _items[j - 1];
                        j--;
                    }
                    _items[j] = c;
                }
            }

            internal string ToUtf16()
            {
                StringBuilder result = new StringBuilder(Count);
                for (int i = 0; i < Count; i++)
                {
                    int c = _items[i];
                    if (c >= 0x10000)
                    {
                        result.Append((char)(0xd800 + ((c - 0x10000) >> 10)));
                        result.Append((char)(0xdc00 + ((c - 0x10000) & 0x3ff)));
                    }
                    else result.Append((char)c);
                }
                return result.ToString();
            }
        }
    }
}
