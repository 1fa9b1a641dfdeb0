package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources embedded with mcs -resource are read back through Assembly.GetManifestResourceNames and
 * GetManifestResourceStream, as under Mono: the assembly mcs built for Mono compiled with kiln compile, and the same
 * source built with kiln build (mcs -resource passed through --mcs-arg).
 */
class ManifestResourcesTest {
    @TempDir
    Path dir;

    @Test
    void embeddedResourcesReadAsUnderMono() throws IOException {
        Files.writeString(dir.resolve("greeting.txt"), "hello from a resource\nsecond line\n");
        Files.write(dir.resolve("table.bin"), new byte[] {0, 1, 2, (byte) 200, (byte) 255, 7});
        Path src = Files.writeString(dir.resolve("Resources.cs"), String.join("\n",
                "using System; using System.IO; using System.Reflection;",
                "namespace Data { class Anchor { } }",
                "class Program {",
                "  static int Main() {",
                "    Assembly a = typeof(Program).Assembly;",
                "    string[] names = a.GetManifestResourceNames();",
                "    Array.Sort(names, string.CompareOrdinal);",
                "    Console.WriteLine(string.Join(\" \", names));",
                "    using (var reader = new StreamReader(a.GetManifestResourceStream(\"Data.greeting.txt\")))",
                "      Console.WriteLine(reader.ReadToEnd().Replace(\"\\n\", \"|\"));",
                "    Stream s = a.GetManifestResourceStream(typeof(Data.Anchor), \"table.bin\");",
                "    Console.Write(s.Length + \":\");",
                "    int b; while ((b = s.ReadByte()) >= 0) Console.Write(\" \" + b);",
                "    Console.WriteLine();",
                "    Console.WriteLine(a.GetManifestResourceStream(\"missing\") == null);",
                "    return 0;",
                "  }",
                "}", ""));
        List<String> resources = List.of("-resource:" + dir.resolve("greeting.txt") + ",Data.greeting.txt",
                "-resource:" + dir.resolve("table.bin") + ",Data.table.bin");
        Path exe = dir.resolve("Resources.exe");
        List<String> mcsCommand = new java.util.ArrayList<>(List.of("mcs", "-out:" + exe));
        mcsCommand.addAll(resources);
        mcsCommand.add(src.toString());
        ProcessRunner.Result mcs = ProcessRunner.run(mcsCommand, dir, 120);
        assertEquals(0, mcs.exitCode(), mcs.stdout());
        ProcessRunner.Result mono = ProcessRunner.run(List.of("mono", exe.toString()), dir, 60);
        assertEquals("Data.greeting.txt Data.table.bin\nhello from a resource|second line|\n6: 0 1 2 200 255 7\nTrue\n", mono.stdout());

        Path compiled = dir.resolve("compiled");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", compiled.toString());
        assertEquals(0, compile.exit(), compile.err());
        assertEquals(mono.stdout(), Kiln.execute(compiled, List.of(), dir, 60).stdout());

        Path built = dir.resolve("built");
        Kiln.Run build = Kiln.run("build", src.toString(), "-o", built.toString(),
                "--mcs-arg=" + resources.get(0), "--mcs-arg=" + resources.get(1));
        assertEquals(0, build.exit(), build.err());
        assertEquals(mono.stdout(), Kiln.execute(built, List.of(), dir, 60).stdout());
    }
}
