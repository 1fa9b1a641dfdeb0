using System.Text;

namespace System
{
    // A time zone as a TZif file (RFC 8536, tzfile(5)) describes it: the instants (seconds since 1970, UTC) at which
    // the local time type changes, the types (offset east of UTC, daylight flag, abbreviation), and for version 2 and
    // later the POSIX TZ string that continues the table past its last transition. Version 1 files are read from
    // their 32-bit block; later versions from the 64-bit block after it.
    internal sealed class TzifData
    {
        internal long[] Transitions;      // ascending
        internal byte[] TransitionTypes;  // the type each transition switches to
        internal int[] Offsets;
        internal bool[] IsDaylight;
        internal string[] Abbreviations;
        internal PosixTimeZoneRule Footer; // null when the file has none (or one this parser cannot read)

        private readonly byte[] _data;
        private int _pos;

        private TzifData(byte[] data) { _data = data; }

        // null when the bytes are not a TZif file.
        internal static TzifData Parse(byte[] data)
        {
            if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') return null;
            var tz = new TzifData(data);
            try
            {
                tz.Read();
            }
            catch (IndexOutOfRangeException)
            {
                return null; // truncated
            }
            return tz.TransitionTypes != null && tz.Offsets.Length > 0 ? tz : null;
        }

        private void Read()
        {
            byte version = _data[4];
            _pos = 20;
            int isUtcCount = ReadInt32(), isStdCount = ReadInt32(), leapCount = ReadInt32();
            int timeCount = ReadInt32(), typeCount = ReadInt32(), charCount = ReadInt32();
            if (version >= '2')
            {
                // skip the version 1 block and the second header's magic, version and reserved bytes
                _pos += timeCount * 4 + timeCount + typeCount * 6 + charCount + leapCount * 8 + isStdCount + isUtcCount;
                _pos += 20;
                isUtcCount = ReadInt32(); isStdCount = ReadInt32(); leapCount = ReadInt32();
                timeCount = ReadInt32(); typeCount = ReadInt32(); charCount = ReadInt32();
                ReadBlock(8, timeCount, typeCount, charCount);
                _pos += leapCount * 12 + isStdCount + isUtcCount;
                Footer = ReadFooter();
            }
            else
            {
                ReadBlock(4, timeCount, typeCount, charCount);
            }
        }

        private void ReadBlock(int timeSize, int timeCount, int typeCount, int charCount)
        {
            if (timeCount < 0 || typeCount <= 0 || charCount < 0) throw new IndexOutOfRangeException();
            Transitions = new long[timeCount];
            for (int i = 0; i < timeCount; i++) Transitions[i] = timeSize == 8 ? ReadInt64() : ReadInt32();
            TransitionTypes = new byte[timeCount];
            for (int i = 0; i < timeCount; i++)
            {
                TransitionTypes[i] = _data[_pos++];
                if (TransitionTypes[i] >= typeCount) throw new IndexOutOfRangeException();
            }
            Offsets = new int[typeCount];
            IsDaylight = new bool[typeCount];
            var nameIndexes = new int[typeCount];
            for (int i = 0; i < typeCount; i++)
            {
                Offsets[i] = ReadInt32();
                IsDaylight[i] = _data[_pos++] != 0;
                nameIndexes[i] = _data[_pos++];
            }
            int chars = _pos;
            _pos += charCount;
            if (_pos > _data.Length) throw new IndexOutOfRangeException();
            Abbreviations = new string[typeCount];
            for (int i = 0; i < typeCount; i++)
            {
                int start = chars + nameIndexes[i], end = start;
                while (end < chars + charCount && _data[end] != 0) end++;
                Abbreviations[i] = Encoding.ASCII.GetString(_data, start, end - start);
            }
        }

        // "\nTZ string\n" at the end of the file.
        private PosixTimeZoneRule ReadFooter()
        {
            if (_pos >= _data.Length || _data[_pos] != '\n') return null;
            int start = _pos + 1, end = start;
            while (end < _data.Length && _data[end] != '\n') end++;
            return PosixTimeZoneRule.Parse(Encoding.ASCII.GetString(_data, start, end - start));
        }

        private int ReadInt32()
        {
            int value = (_data[_pos] << 24) | (_data[_pos + 1] << 16) | (_data[_pos + 2] << 8) | _data[_pos + 3];
            _pos += 4;
            return value;
        }

        private long ReadInt64()
        {
            long high = (uint)ReadInt32();
            long low = (uint)ReadInt32();
            return (high << 32) | low;
        }
    }
}
