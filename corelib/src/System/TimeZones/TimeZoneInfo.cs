using System.Collections.Generic;

namespace System
{
    // A time zone from the system's tz database, as .NET on Linux has it: FindSystemTimeZoneById reads
    // $TZDIR (else /usr/share/zoneinfo)/ID, Local is the zone $TZ names (empty: UTC) or else /etc/localtime, and the
    // rules are the file's transitions followed by its POSIX TZ footer (TzifData, PosixTimeZoneRule). Conversions
    // follow .NET's: a local time in a spring-forward gap is invalid (ConvertTime throws; offset queries give the
    // standard offset before the change), one in a fall-back overlap is ambiguous and takes the standard offset. The names
    // are what .NET gives without ICU data: the tz abbreviations, and "(UTC+01:00) Europe/Berlin" as display name.
    public sealed class TimeZoneInfo : IEquatable<TimeZoneInfo>
    {
        private const string UtcId = "UTC";
        private const string UtcDisplayName = "Coordinated Universal Time";

        private readonly string _id;
        private readonly string _displayName, _standardName, _daylightName;
        private readonly TimeSpan _baseUtcOffset;
        private readonly bool _supportsDaylightSavingTime;
        private readonly TzifData _rules; // null: a fixed offset
        private readonly int _earlyType;  // the type before the first transition

        private static readonly TimeZoneInfo s_utc = new TimeZoneInfo(UtcId, TimeSpan.Zero, "(UTC) " + UtcDisplayName, UtcDisplayName, UtcDisplayName);
        private static TimeZoneInfo s_local;
        private static Dictionary<string, TimeZoneInfo> s_systemZones = new Dictionary<string, TimeZoneInfo>();

        private TimeZoneInfo(string id, TimeSpan baseUtcOffset, string displayName, string standardName, string daylightName)
        {
            _id = id;
            _baseUtcOffset = baseUtcOffset;
            _displayName = displayName;
            _standardName = standardName;
            _daylightName = daylightName;
        }

        private TimeZoneInfo(string id, TzifData rules)
        {
            _id = id;
            _rules = rules;
            _earlyType = 0;
            for (int i = 0; i < rules.Offsets.Length; i++)
            {
                if (!rules.IsDaylight[i]) { _earlyType = i; break; }
            }
            // the standard and daylight types of the transitions up to now, as .NET picks its base offset and names
            int standard = _earlyType, daylight = -1;
            long now = (DateTime.UtcNow.Ticks - DateTime.UnixEpochTicks) / TimeSpan.TicksPerSecond;
            for (int i = 0; i < rules.Transitions.Length && rules.Transitions[i] <= now; i++)
            {
                int type = rules.TransitionTypes[i];
                if (rules.IsDaylight[type]) daylight = type;
                else standard = type;
            }
            int baseOffset = rules.Offsets[standard];
            _standardName = rules.Abbreviations[standard];
            _daylightName = daylight >= 0 ? rules.Abbreviations[daylight] : null;
            PosixTimeZoneRule footer = rules.Footer;
            if (footer != null && (rules.Transitions.Length == 0 || rules.Transitions[rules.Transitions.Length - 1] <= now))
            {
                baseOffset = footer.StandardOffset;
                _standardName = footer.StandardName;
                if (footer.HasDaylightSaving) _daylightName = footer.DaylightName;
            }
            _baseUtcOffset = new TimeSpan(baseOffset * TimeSpan.TicksPerSecond);
            for (int i = 0; i < rules.IsDaylight.Length; i++) _supportsDaylightSavingTime |= rules.IsDaylight[i];
            _supportsDaylightSavingTime |= footer != null && footer.HasDaylightSaving;
            if (_daylightName == null) _daylightName = _standardName;
            _displayName = "(UTC" + FormatOffset(_baseUtcOffset) + ") " + id;
        }

        private static string FormatOffset(TimeSpan offset)
        {
            long minutes = offset.Ticks / TimeSpan.TicksPerMinute;
            char sign = minutes < 0 ? '-' : '+';
            if (minutes < 0) minutes = -minutes;
            return sign + (minutes / 60).ToString("00") + ":" + (minutes % 60).ToString("00");
        }

        public string Id { get { return _id; } }
        public string DisplayName { get { return _displayName; } }
        public string StandardName { get { return _standardName; } }
        public string DaylightName { get { return _daylightName; } }
        public TimeSpan BaseUtcOffset { get { return _baseUtcOffset; } }
        public bool SupportsDaylightSavingTime { get { return _supportsDaylightSavingTime; } }
        public bool HasIanaId { get { return true; } }

        public static TimeZoneInfo Utc { get { return s_utc; } }

        public static TimeZoneInfo Local
        {
            get
            {
                TimeZoneInfo local = s_local;
                if (local == null) s_local = local = TimeZoneSource.LoadLocal();
                return local;
            }
        }

        public static void ClearCachedData()
        {
            s_local = null;
            s_systemZones = new Dictionary<string, TimeZoneInfo>();
        }

        public static TimeZoneInfo FindSystemTimeZoneById(string id)
        {
            if (id == null) throw new ArgumentNullException("id");
            if (string.Equals(id, UtcId, StringComparison.OrdinalIgnoreCase)) return s_utc;
            TimeZoneInfo zone;
            if (s_systemZones.TryGetValue(id, out zone)) return zone;
            zone = FromFile(id, TimeZoneSource.ReadSystemZone(id));
            s_systemZones[id] = zone;
            return zone;
        }

        internal static TimeZoneInfo FromFile(string id, byte[] data)
        {
            TzifData rules = TzifData.Parse(data);
            if (rules == null)
                throw new InvalidTimeZoneException("The time zone ID '" + id + "' was found on the local computer, but the file at '"
                    + TimeZoneSource.ZonePath(id) + "' was corrupt.");
            return new TimeZoneInfo(id, rules);
        }

        internal static TimeZoneInfo FromRules(string id, TzifData rules) { return new TimeZoneInfo(id, rules); }

        internal static TimeZoneInfo CreateUtc(string id) { return new TimeZoneInfo(id, TimeSpan.Zero, "(UTC) " + UtcDisplayName, UtcDisplayName, UtcDisplayName); }

        public static TimeZoneInfo CreateCustomTimeZone(string id, TimeSpan baseUtcOffset, string displayName, string standardDisplayName)
        {
            if (id == null) throw new ArgumentNullException("id");
            if (id.Length == 0) throw new ArgumentException("The specified ID parameter '' is not supported.", "id");
            if (baseUtcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
                throw new ArgumentException("The TimeSpan parameter cannot be specified more precisely than whole minutes.", "baseUtcOffset");
            if (baseUtcOffset > TimeSpan.FromHours(14) || baseUtcOffset < TimeSpan.FromHours(-14))
                throw new ArgumentOutOfRangeException("baseUtcOffset", "The TimeSpan parameter must be within plus or minus 14.0 hours.");
            return new TimeZoneInfo(id, baseUtcOffset, displayName, standardDisplayName, standardDisplayName);
        }

        // ---- the rules: instants in seconds since 1970 (UTC), offsets in seconds east of UTC ----

        private void LookupUtc(long utcSeconds, out int offset, out bool isDaylight)
        {
            if (_rules == null)
            {
                offset = (int)(_baseUtcOffset.Ticks / TimeSpan.TicksPerSecond);
                isDaylight = false;
                return;
            }
            long[] transitions = _rules.Transitions;
            int n = transitions.Length;
            string abbreviation;
            if (_rules.Footer != null && (n == 0 || utcSeconds >= transitions[n - 1]))
            {
                _rules.Footer.Lookup(utcSeconds, out offset, out isDaylight, out abbreviation);
                return;
            }
            int type = _earlyType;
            if (n > 0 && utcSeconds >= transitions[0])
            {
                int lo = 0, hi = n - 1; // the last transition at or before the instant
                while (lo < hi)
                {
                    int mid = (lo + hi + 1) >> 1;
                    if (transitions[mid] <= utcSeconds) lo = mid;
                    else hi = mid - 1;
                }
                type = _rules.TransitionTypes[lo];
            }
            offset = _rules.Offsets[type];
            isDaylight = _rules.IsDaylight[type];
        }

        private int OffsetAtUtc(long utcSeconds)
        {
            int offset;
            bool isDaylight;
            LookupUtc(utcSeconds, out offset, out isDaylight);
            return offset;
        }

        // Which offset a local wall-clock time has. Around one change, from offset `before` to `after`: the change
        // happens at local time T + min(before, after), so a repeated time (ambiguous) takes the smaller, standard
        // offset, as .NET's adjustment rules resolve them; a skipped one (invalid) the offset before the change.
        private LocalResolution ResolveLocal(long localSeconds)
        {
            var result = new LocalResolution();
            if (_rules == null)
            {
                result.Offset = OffsetAtUtc(0);
                return result;
            }
            int before = OffsetAtUtc(localSeconds - 15 * 3600), after = OffsetAtUtc(localSeconds + 13 * 3600);
            LookupUtc(localSeconds - Math.Min(before, after), out result.Offset, out result.IsDaylight);
            if (before != after)
            {
                bool beforeFits = OffsetAtUtc(localSeconds - before) == before, afterFits = OffsetAtUtc(localSeconds - after) == after;
                result.IsInvalid = !beforeFits && !afterFits;
                result.IsAmbiguous = beforeFits && afterFits;
                // the other reading of a repeated time: the larger (daylight) offset
                if (result.IsAmbiguous) LookupUtc(localSeconds - Math.Max(before, after), out result.LaterOffset, out result.LaterIsDaylight);
                // a skipped time reports the offset before the change (the standard one), as .NET does
                if (result.IsInvalid) LookupUtc(localSeconds - 15 * 3600, out result.Offset, out result.IsDaylight);
            }
            return result;
        }

        private struct LocalResolution
        {
            internal int Offset;
            internal bool IsDaylight, IsInvalid, IsAmbiguous;
            internal int LaterOffset;       // for an ambiguous time: the daylight reading
            internal bool LaterIsDaylight;

            // A DateTime that came from a daylight-time instant in the repeated hour (.NET's LocalAmbiguousDst)
            // takes the daylight reading.
            internal void Prefer(bool ambiguousDaylight)
            {
                if (!IsAmbiguous || !ambiguousDaylight) return;
                Offset = LaterOffset;
                IsDaylight = LaterIsDaylight;
            }
        }

        private static long Seconds(long ticks) { return PosixTimeZoneRule.FloorDiv(ticks - DateTime.UnixEpochTicks, TimeSpan.TicksPerSecond); }

        internal long UtcOffsetTicksAtUtc(long utcTicks) { return OffsetAtUtc(Seconds(utcTicks)) * TimeSpan.TicksPerSecond; }

        internal long UtcOffsetTicksAtLocal(long localTicks, bool ambiguousDaylight)
        {
            LocalResolution local = ResolveLocal(Seconds(localTicks));
            local.Prefer(ambiguousDaylight);
            return local.Offset * TimeSpan.TicksPerSecond;
        }

        // A UTC instant as a DateTime of this zone with the given kind, remembering when it is the daylight reading
        // of a repeated local time.
        internal DateTime FromUtc(long utcTicks, DateTimeKind kind)
        {
            int offset;
            bool isDaylight;
            LookupUtc(Seconds(utcTicks), out offset, out isDaylight);
            long local = Clamp(utcTicks + offset * TimeSpan.TicksPerSecond);
            bool ambiguousDaylight = isDaylight && kind == DateTimeKind.Local && ResolveLocal(Seconds(local)).IsAmbiguous;
            return new DateTime(local, kind, ambiguousDaylight);
        }

        // A DateTime as this zone sees it: its UTC instant (converted from the local zone when it is Local and this
        // zone is not) or its wall-clock time in this zone.
        private LocalResolution Resolve(DateTime dateTime, out bool fromUtc, out long utcTicks)
        {
            utcTicks = 0;
            fromUtc = false;
            if (dateTime.Kind == DateTimeKind.Utc || (dateTime.Kind == DateTimeKind.Local && this != Local))
            {
                fromUtc = true;
                utcTicks = dateTime.Kind == DateTimeKind.Utc ? dateTime.Ticks
                    : dateTime.Ticks - Local.UtcOffsetTicksAtLocal(dateTime.Ticks, dateTime.IsAmbiguousDaylightSavingTime);
                var result = new LocalResolution();
                LookupUtc(Seconds(utcTicks), out result.Offset, out result.IsDaylight);
                return result;
            }
            LocalResolution resolution = ResolveLocal(Seconds(dateTime.Ticks));
            if (dateTime.Kind == DateTimeKind.Local) resolution.Prefer(dateTime.IsAmbiguousDaylightSavingTime);
            return resolution;
        }

        public TimeSpan GetUtcOffset(DateTime dateTime)
        {
            bool fromUtc;
            long utcTicks;
            return new TimeSpan(Resolve(dateTime, out fromUtc, out utcTicks).Offset * TimeSpan.TicksPerSecond);
        }

        public TimeSpan GetUtcOffset(DateTimeOffset dateTimeOffset) { return new TimeSpan(UtcOffsetTicksAtUtc(dateTimeOffset.UtcTicks)); }

        public bool IsDaylightSavingTime(DateTime dateTime)
        {
            if (!_supportsDaylightSavingTime) return false;
            bool fromUtc;
            long utcTicks;
            return Resolve(dateTime, out fromUtc, out utcTicks).IsDaylight;
        }

        public bool IsDaylightSavingTime(DateTimeOffset dateTimeOffset)
        {
            if (!_supportsDaylightSavingTime) return false;
            int offset;
            bool isDaylight;
            LookupUtc(Seconds(dateTimeOffset.UtcTicks), out offset, out isDaylight);
            return isDaylight;
        }

        public bool IsInvalidTime(DateTime dateTime)
        {
            if (dateTime.Kind == DateTimeKind.Utc || (dateTime.Kind == DateTimeKind.Local && this != Local)) return false;
            return ResolveLocal(Seconds(dateTime.Ticks)).IsInvalid;
        }

        public bool IsAmbiguousTime(DateTime dateTime)
        {
            if (!_supportsDaylightSavingTime) return false;
            DateTime local = dateTime.Kind == DateTimeKind.Utc || (dateTime.Kind == DateTimeKind.Local && this != Local)
                ? ConvertTime(dateTime, this) : dateTime;
            return ResolveLocal(Seconds(local.Ticks)).IsAmbiguous;
        }

        public bool IsAmbiguousTime(DateTimeOffset dateTimeOffset) { return IsAmbiguousTime(ConvertTime(dateTimeOffset, this).DateTime); }

        // ---- conversions ----

        private const string ConvertMismatch = "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.";
        private const string DateTimeIsInvalid = "The supplied DateTime represents an invalid time.  For example, when the clock is adjusted forward, any time in the period that is skipped is invalid.";

        // The DateTimeKind a zone's times carry: Utc and Local for those two zones, Unspecified for all others.
        private static DateTimeKind KindOf(TimeZoneInfo zone)
        {
            if ((object)zone == s_utc) return DateTimeKind.Utc;
            if ((object)zone == Local) return DateTimeKind.Local;
            return DateTimeKind.Unspecified;
        }

        public static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo destinationTimeZone)
        {
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            return Convert(dateTime, dateTime.Kind == DateTimeKind.Utc ? s_utc : Local, destinationTimeZone, true);
        }

        public static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo sourceTimeZone, TimeZoneInfo destinationTimeZone)
        {
            return Convert(dateTime, sourceTimeZone, destinationTimeZone, true);
        }

        public static DateTimeOffset ConvertTime(DateTimeOffset dateTimeOffset, TimeZoneInfo destinationTimeZone)
        {
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            long utc = dateTimeOffset.UtcTicks;
            long offset = destinationTimeZone.UtcOffsetTicksAtUtc(utc);
            long local = Clamp(utc + offset);
            return new DateTimeOffset(local, new TimeSpan(offset));
        }

        public static DateTime ConvertTimeFromUtc(DateTime dateTime, TimeZoneInfo destinationTimeZone)
        {
            return Convert(dateTime, s_utc, destinationTimeZone, true);
        }

        public static DateTime ConvertTimeToUtc(DateTime dateTime)
        {
            if (dateTime.Kind == DateTimeKind.Utc) return dateTime;
            return Convert(dateTime, Local, s_utc, true);
        }

        public static DateTime ConvertTimeToUtc(DateTime dateTime, TimeZoneInfo sourceTimeZone)
        {
            return Convert(dateTime, sourceTimeZone, s_utc, true);
        }

        public static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string destinationTimeZoneId)
        {
            return ConvertTime(dateTime, FindSystemTimeZoneById(destinationTimeZoneId));
        }

        public static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string sourceTimeZoneId, string destinationTimeZoneId)
        {
            if (dateTime.Kind == DateTimeKind.Local && string.Equals(sourceTimeZoneId, Local.Id, StringComparison.OrdinalIgnoreCase))
                return Convert(dateTime, Local, FindSystemTimeZoneById(destinationTimeZoneId), true);
            if (dateTime.Kind == DateTimeKind.Utc && string.Equals(sourceTimeZoneId, UtcId, StringComparison.OrdinalIgnoreCase))
                return Convert(dateTime, s_utc, FindSystemTimeZoneById(destinationTimeZoneId), true);
            return Convert(dateTime, FindSystemTimeZoneById(sourceTimeZoneId), FindSystemTimeZoneById(destinationTimeZoneId), true);
        }

        public static DateTimeOffset ConvertTimeBySystemTimeZoneId(DateTimeOffset dateTimeOffset, string destinationTimeZoneId)
        {
            return ConvertTime(dateTimeOffset, FindSystemTimeZoneById(destinationTimeZoneId));
        }

        private static DateTime Convert(DateTime dateTime, TimeZoneInfo source, TimeZoneInfo destination, bool throwOnInvalid)
        {
            if (source == null) throw new ArgumentNullException("sourceTimeZone");
            if (destination == null) throw new ArgumentNullException("destinationTimeZone");
            DateTimeKind sourceKind = KindOf(source);
            if (throwOnInvalid && dateTime.Kind != DateTimeKind.Unspecified && dateTime.Kind != sourceKind)
                throw new ArgumentException(ConvertMismatch, "sourceTimeZone");
            long sourceOffset;
            if (dateTime.Kind == DateTimeKind.Utc) sourceOffset = 0;
            else
            {
                LocalResolution local = source.ResolveLocal(Seconds(dateTime.Ticks));
                if (throwOnInvalid && local.IsInvalid) throw new ArgumentException(DateTimeIsInvalid, "dateTime");
                if (dateTime.Kind == DateTimeKind.Local) local.Prefer(dateTime.IsAmbiguousDaylightSavingTime);
                sourceOffset = local.Offset * TimeSpan.TicksPerSecond;
            }
            DateTimeKind targetKind = KindOf(destination);
            // Local to Local and UTC to UTC lose nothing
            if (dateTime.Kind != DateTimeKind.Unspecified && sourceKind != DateTimeKind.Unspecified && sourceKind == targetKind) return dateTime;
            return destination.FromUtc(dateTime.Ticks - sourceOffset, targetKind);
        }

        private static long Clamp(long ticks)
        {
            if (ticks < 0) return 0;
            return ticks > DateTime.MaxValue.Ticks ? DateTime.MaxValue.Ticks : ticks;
        }

        // ---- identity ----

        public bool Equals(TimeZoneInfo other)
        {
            return other != null && string.Equals(_id, other._id, StringComparison.OrdinalIgnoreCase) && HasSameRules(other);
        }

        public override bool Equals(object obj) { return Equals(obj as TimeZoneInfo); }

        public override int GetHashCode() { return _id.ToUpperInvariant().GetHashCode(); }

        public bool HasSameRules(TimeZoneInfo other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if ((object)_rules == other._rules) return _baseUtcOffset == other._baseUtcOffset;
            if (_rules == null || other._rules == null) return false;
            return _baseUtcOffset == other._baseUtcOffset && _rules.Transitions.Length == other._rules.Transitions.Length
                && SameTransitions(_rules, other._rules);
        }

        private static bool SameTransitions(TzifData a, TzifData b)
        {
            for (int i = 0; i < a.Transitions.Length; i++)
            {
                if (a.Transitions[i] != b.Transitions[i]) return false;
                int ta = a.TransitionTypes[i], tb = b.TransitionTypes[i];
                if (a.Offsets[ta] != b.Offsets[tb] || a.IsDaylight[ta] != b.IsDaylight[tb]) return false;
            }
            return true;
        }

        public override string ToString() { return _displayName; }
    }

    public class TimeZoneNotFoundException : Exception
    {
        public TimeZoneNotFoundException() : base("Exception of type 'System.TimeZoneNotFoundException' was thrown.") { }
        public TimeZoneNotFoundException(string message) : base(message) { }
        public TimeZoneNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class InvalidTimeZoneException : Exception
    {
        public InvalidTimeZoneException() : base("Exception of type 'System.InvalidTimeZoneException' was thrown.") { }
        public InvalidTimeZoneException(string message) : base(message) { }
        public InvalidTimeZoneException(string message, Exception innerException) : base(message, innerException) { }
    }
}
