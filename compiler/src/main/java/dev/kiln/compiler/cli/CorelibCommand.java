package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnHome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "corelib", mixinStandardHelpOptions = true,
        description = "Print the path of Kiln's reference System.Private.CoreLib.dll (for mcs -nostdlib -r:...).")
final class CorelibCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(KilnHome.locate().coreLibrary());
        return KilnMain.OK;
    }
}
