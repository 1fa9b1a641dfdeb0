using System.IO;

namespace System
{
    // Where time zones come from on Linux, as .NET looks for them: the zone directory is $TZDIR or
    // /usr/share/zoneinfo; the local zone is the one $TZ names (a leading ':' ignored; an absolute path is a file;
    // empty means UTC), else /etc/localtime, whose id is the name its symbolic link points at under a zoneinfo
    // directory (else the content of /etc/timezone). A local zone that cannot be read is UTC. Local is always an
    // object of its own, never TimeZoneInfo.Utc, so that a DateTime's Kind tells which of the two it belongs to.
    internal static class TimeZoneSource
    {
        private const string DefaultZoneDirectory = "/usr/share/zoneinfo/";

        private static string ZoneDirectory
        {
            get
            {
                string dir = Environment.GetEnvironmentVariable("TZDIR");
                if (string.IsNullOrEmpty(dir)) return DefaultZoneDirectory;
                return dir[dir.Length - 1] == '/' ? dir : dir + "/";
            }
        }

        internal static string ZonePath(string id) { return ZoneDirectory + id; }

        // The TZif bytes of a zone named by id; TimeZoneNotFoundException when there is no such file.
        internal static byte[] ReadSystemZone(string id)
        {
            if (id.Length == 0 || id.IndexOf('\0') >= 0 || id[0] == '/' || id.IndexOf("..") >= 0) throw NotFound(id);
            string path = ZonePath(id);
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                throw NotFound(id);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new System.Security.SecurityException("The time zone ID '" + id + "' was found on the local computer, but the application does not have permission to read the file.", e);
            }
        }

        private static Exception NotFound(string id)
        {
            return new TimeZoneNotFoundException("The time zone ID '" + id + "' was not found on the local computer.");
        }

        internal static TimeZoneInfo LoadLocal()
        {
            string tz = Environment.GetEnvironmentVariable("TZ");
            if (tz != null && tz.Length > 0 && tz[0] == ':') tz = tz.Substring(1);
            if (tz != null && tz.Length == 0) return TimeZoneInfo.CreateUtc("UTC");
            string path, id;
            if (tz == null)
            {
                path = "/etc/localtime";
                id = IdOfLink(path) ?? IdFromTimezoneFile() ?? "Local";
            }
            else if (tz[0] == '/')
            {
                path = tz;
                id = IdOfLink(path) ?? tz;
            }
            else
            {
                path = ZonePath(tz);
                id = tz;
            }
            try
            {
                TzifData rules = TzifData.Parse(File.ReadAllBytes(path));
                if (rules != null) return TimeZoneInfo.FromRules(id, rules);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            return TimeZoneInfo.CreateUtc("UTC");
        }

        // "Europe/Berlin" for a link to .../zoneinfo/Europe/Berlin (or for the path itself when it lies under the
        // zone directory); null otherwise.
        private static string IdOfLink(string path)
        {
            string target = Interop.Libc.ReadLink(path) ?? path;
            const string marker = "zoneinfo/";
            int at = target.LastIndexOf(marker);
            if (at < 0) return null;
            string id = target.Substring(at + marker.Length);
            // posix/ and right/ hold the same zones (right/ counting leap seconds)
            if (id.StartsWith("posix/")) id = id.Substring(6);
            return id.Length > 0 ? id : null;
        }

        private static string IdFromTimezoneFile()
        {
            try
            {
                string id = File.ReadAllText("/etc/timezone").Trim();
                return id.Length > 0 ? id : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
