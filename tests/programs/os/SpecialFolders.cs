// Environment.GetFolderPath on Unix: the home directory and the XDG base directories from the environment (not
// verified with DoNotVerify), /usr/share, "" for folders Unix does not have; the OS version's platform.
// (Mono takes a relative XDG_DATA_HOME; .NET ignores it, as the XDG specification says.)
// expect-stdout-file: SpecialFolders.out
// env: HOME=/tmp/kiln-special-home
// env: XDG_CONFIG_HOME=/tmp/kiln-xdg-config
// env: XDG_DATA_HOME=relative/is/ignored
using System;

class SpecialFolders
{
    static void Show(Environment.SpecialFolder folder)
    {
        Console.WriteLine(folder + " [" + Environment.GetFolderPath(folder, Environment.SpecialFolderOption.DoNotVerify) + "]");
    }

    static void Main()
    {
        Show(Environment.SpecialFolder.UserProfile);
        Show(Environment.SpecialFolder.Personal);
        Show(Environment.SpecialFolder.ApplicationData);
        Show(Environment.SpecialFolder.LocalApplicationData);
        Show(Environment.SpecialFolder.CommonApplicationData);
        Show(Environment.SpecialFolder.Desktop);
        Show(Environment.SpecialFolder.MyMusic);
        Show(Environment.SpecialFolder.MyPictures);
        Show(Environment.SpecialFolder.Templates);
        Show(Environment.SpecialFolder.ProgramFiles);
        Show(Environment.SpecialFolder.Windows);
        Console.WriteLine((int)Environment.SpecialFolder.UserProfile + " " + (int)Environment.SpecialFolder.CommonApplicationData + " " + (int)Environment.SpecialFolderOption.Create);
        Console.WriteLine(Environment.OSVersion.Platform + " " + Environment.OSVersion.ToString().StartsWith("Unix ") + " " + (Environment.OSVersion.Version.Major > 2));
        Console.WriteLine(Environment.NewLine == "\n");
        Console.WriteLine(Environment.ProcessorCount > 0);
        Console.WriteLine(Environment.MachineName.Length > 0 && Environment.MachineName.IndexOf('.') < 0);
        Console.WriteLine(Environment.Is64BitProcess + " " + Environment.Is64BitOperatingSystem);
    }
}
