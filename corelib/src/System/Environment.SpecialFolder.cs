using System.IO;

namespace System
{
    // The special folders of .NET on Unix: the XDG base directories and the user's home, others "" (no such folder).
    public static partial class Environment
    {
        public enum SpecialFolder
        {
            Desktop = 0, Programs = 2, MyDocuments = 5, Personal = 5, Favorites = 6, Startup = 7, Recent = 8, SendTo = 9,
            StartMenu = 11, MyMusic = 13, MyVideos = 14, DesktopDirectory = 16, MyComputer = 17, NetworkShortcuts = 19,
            Fonts = 20, Templates = 21, CommonStartMenu = 22, CommonPrograms = 23, CommonStartup = 24,
            CommonDesktopDirectory = 25, ApplicationData = 26, PrinterShortcuts = 27, LocalApplicationData = 28,
            InternetCache = 32, Cookies = 33, History = 34, CommonApplicationData = 35, Windows = 36, System = 37,
            ProgramFiles = 38, MyPictures = 39, UserProfile = 40, SystemX86 = 41, ProgramFilesX86 = 42,
            CommonProgramFiles = 43, CommonProgramFilesX86 = 44, CommonTemplates = 45, CommonDocuments = 46,
            CommonAdminTools = 47, AdminTools = 48, CommonMusic = 53, CommonPictures = 54, CommonVideos = 55,
            Resources = 56, LocalizedResources = 57, CommonOemLinks = 58, CDBurning = 59,
        }

        public enum SpecialFolderOption { None = 0, DoNotVerify = 0x4000, Create = 0x8000 }

        public static string GetFolderPath(SpecialFolder folder) { return GetFolderPath(folder, SpecialFolderOption.None); }

        // With None, a folder that cannot be read is "" (.NET checks access); Create makes it; DoNotVerify returns it.
        public static string GetFolderPath(SpecialFolder folder, SpecialFolderOption option)
        {
            if (!Enum.IsDefined(typeof(SpecialFolder), folder))
                throw new ArgumentOutOfRangeException("folder", folder, "Illegal enum value: " + (int)folder + ".");
            if (option != SpecialFolderOption.None && option != SpecialFolderOption.DoNotVerify && option != SpecialFolderOption.Create)
                throw new ArgumentOutOfRangeException("option", option, "Illegal enum value: " + (int)option + ".");
            string path = FolderPath(folder);
            if (path.Length == 0 || option == SpecialFolderOption.DoNotVerify || Interop.Libc.access(path, Interop.Libc.R_OK) == 0)
                return path;
            if (option == SpecialFolderOption.None) return "";
            Directory.CreateDirectory(path);
            return path;
        }

        private static string FolderPath(SpecialFolder folder)
        {
            switch (folder)
            {
                case SpecialFolder.CommonApplicationData: return "/usr/share";
                case SpecialFolder.CommonTemplates: return "/usr/share/templates";
            }
            string home = HomeDirectory();
            switch (folder)
            {
                case SpecialFolder.UserProfile:
                case SpecialFolder.MyDocuments:
                    return home;
                case SpecialFolder.ApplicationData:
                    return XdgConfigHome(home);
                case SpecialFolder.LocalApplicationData:
                    string data = GetEnvironmentVariable("XDG_DATA_HOME");
                    return data != null && data.StartsWith("/") ? data : Path.Combine(home, ".local", "share");
                case SpecialFolder.Desktop:
                case SpecialFolder.DesktopDirectory:
                    return XdgUserDirectory(home, "XDG_DESKTOP_DIR", "Desktop");
                case SpecialFolder.Templates:
                    return XdgUserDirectory(home, "XDG_TEMPLATES_DIR", "Templates");
                case SpecialFolder.MyVideos:
                    return XdgUserDirectory(home, "XDG_VIDEOS_DIR", "Videos");
                case SpecialFolder.MyMusic:
                    return XdgUserDirectory(home, "XDG_MUSIC_DIR", "Music");
                case SpecialFolder.MyPictures:
                    return XdgUserDirectory(home, "XDG_PICTURES_DIR", "Pictures");
                case SpecialFolder.Fonts:
                    return Path.Combine(home, ".fonts");
            }
            return "";
        }

        // HOME, else the password database's home directory, else "/" (.NET's PersistedFiles.GetHomeDirectory).
        private static string HomeDirectory()
        {
            string home = GetEnvironmentVariable("HOME");
            if (!string.IsNullOrEmpty(home)) return home;
            IntPtr entry = Interop.Libc.getpwuid(Interop.Libc.geteuid());
            // struct passwd: name, password, uid and gid (two ints), gecos, then dir
            if (entry != IntPtr.Zero) home = global::System.Runtime.InteropServices.Marshal.PtrToStringUTF8(
                global::System.Runtime.InteropServices.Marshal.ReadIntPtr(entry, 4 * IntPtr.Size));
            return string.IsNullOrEmpty(home) ? "/" : home;
        }

        private static string XdgConfigHome(string home)
        {
            string config = GetEnvironmentVariable("XDG_CONFIG_HOME");
            return config != null && config.StartsWith("/") ? config : Path.Combine(home, ".config");
        }

        // An absolute directory from the variable, else from user-dirs.dirs (KEY="$HOME/dir" or KEY="/dir"), else
        // home/fallback.
        private static string XdgUserDirectory(string home, string key, string fallback)
        {
            string fromVariable = GetEnvironmentVariable(key);
            if (fromVariable != null && fromVariable.StartsWith("/")) return fromVariable;
            string userDirs = Path.Combine(XdgConfigHome(home), "user-dirs.dirs");
            if (Interop.Libc.access(userDirs, Interop.Libc.R_OK) == 0)
            {
                try
                {
                    foreach (string line in File.ReadAllLines(userDirs))
                    {
                        string path = UserDirsValue(line, key);
                        if (path == null) continue;
                        return path.StartsWith("$HOME/") ? Path.Combine(home, path.Substring(6)) : path;
                    }
                }
                catch (Exception)
                {
                    // an unreadable file means the default, as in .NET
                }
            }
            return Path.Combine(home, fallback);
        }

        // The quoted value of `KEY = "value"` when the line sets key to an absolute or $HOME/ path, else null.
        private static string UserDirsValue(string line, string key)
        {
            string t = line.Trim();
            if (!t.StartsWith(key, StringComparison.Ordinal)) return null;
            t = t.Substring(key.Length).TrimStart();
            if (t.Length < 4 || t[0] != '=') return null;
            t = t.Substring(1).TrimStart();
            if (t.Length < 3 || t[0] != '"') return null;
            int close = t.IndexOf('"', 1);
            if (close <= 1) return null;
            string value = t.Substring(1, close - 1);
            return value.StartsWith("$HOME/") || value.StartsWith("/") ? value : null;
        }
    }
}
