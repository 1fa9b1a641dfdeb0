namespace System.Runtime.InteropServices
{
    // Native libraries loaded and searched by the program itself, with .NET's exceptions and messages on Linux: a path
    // or name goes to dlopen as given (its own search: LD_LIBRARY_PATH, the cache, the default directories), as
    // .NET's Load(string) does; exports are found with dlsym. glibc's dlopen family lives in libc.so.6.
    public static class NativeLibrary
    {
        private const int RTLD_LAZY = 1;

        [DllImport("libc")] private static extern IntPtr dlopen(string file, int mode);
        [DllImport("libc")] private static extern IntPtr dlsym(IntPtr handle, string name);
        [DllImport("libc")] private static extern int dlclose(IntPtr handle);
        [DllImport("libc")] private static extern IntPtr dlerror();

        public static IntPtr Load(string libraryPath)
        {
            if (libraryPath == null) throw new ArgumentNullException("libraryPath");
            string error;
            IntPtr handle = Open(libraryPath, out error);
            if (handle == IntPtr.Zero)
            {
                throw new DllNotFoundException("Unable to load shared library '" + libraryPath + "' or one of its "
                    + "dependencies. In order to help diagnose loading problems, consider using a tool like strace. If "
                    + "you're using glibc, consider setting the LD_DEBUG environment variable: \n" + error + "\n");
            }
            return handle;
        }

        public static bool TryLoad(string libraryPath, out IntPtr handle)
        {
            if (libraryPath == null) throw new ArgumentNullException("libraryPath");
            string error;
            handle = Open(libraryPath, out error);
            return handle != IntPtr.Zero;
        }

        public static void Free(IntPtr handle)
        {
            if (handle == IntPtr.Zero) return;
            dlclose(handle);
        }

        public static IntPtr GetExport(IntPtr handle, string name)
        {
            if (handle == IntPtr.Zero) throw new ArgumentNullException("handle");
            if (name == null) throw new ArgumentNullException("name");
            IntPtr address = dlsym(handle, name);
            if (address == IntPtr.Zero)
                throw new EntryPointNotFoundException("Unable to find an entry point named '" + name + "'.");
            return address;
        }

        public static bool TryGetExport(IntPtr handle, string name, out IntPtr address)
        {
            if (handle == IntPtr.Zero) throw new ArgumentNullException("handle");
            if (name == null) throw new ArgumentNullException("name");
            address = dlsym(handle, name);
            return address != IntPtr.Zero;
        }

        private static IntPtr Open(string libraryPath, out string error)
        {
            // clears an earlier error, and binds dlerror now: binding it after a failed dlopen would replace the error
            dlerror();
            // .NET's Unix loader turns Windows separators into '/'
            IntPtr handle = dlopen(libraryPath.Replace('\\', '/'), RTLD_LAZY);
            error = handle == IntPtr.Zero ? Marshal.PtrToStringUTF8(dlerror()) : null;
            return handle;
        }
    }
}
