package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnUserException;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The kiln command line. Exit codes: 0 success, 1 a user error (one message on stderr), 2 an internal error
 * (a Kiln bug: the message asks for a report; set KILN_DEBUG=1 for the Java stack trace).
 */
@Command(name = "kiln", mixinStandardHelpOptions = true, version = "kiln 0.1.0",
        description = "Ahead-of-time compiler from .NET IL to native code through LLVM.",
        subcommands = {BuildCommand.class, CompileCommand.class, RunCommand.class, CorelibCommand.class, InspectCommand.class,
            WhyCommand.class})
public final class KilnMain implements Runnable {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (build, compile, run, corelib, inspect, why)");
    }

    public static void main(String[] args) {
        NativeWarmUp.startFor(args);
        interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        System.exit(run(args, System.out, System.err));
    }

    private static boolean interactive;

    /** Where to show progress: the terminal, when kiln runs as a command in one (never when run in-process). */
    static java.io.PrintStream progressStream() {
        return interactive ? System.err : null;
    }

    /** Runs the CLI in-process: safe to call from several threads at once (tests compile two programs at a time). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new KilnMain());
        // --mcs-arg=-optimize+ and --mcs-arg -r:System.Xml.dll pass mcs options that picocli would otherwise read
        // as clusters of Kiln's own short options (-o, -r) and reject as a missing parameter
        cl.setAllowOptionsAsOptionParameters(true);
        // UTF-8 whatever the locale: programs run by `kiln run` write UTF-8, and so do Kiln's own messages
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, errWriter));
        cl.setParameterExceptionHandler((ex, a) -> {
            errWriter.println("kiln: error: " + ex.getMessage());
            errWriter.println("Try 'kiln --help' for usage.");
            return USER_ERROR;
        });
        return cl.execute(args);
    }

    private static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof KilnUserException user) {
            for (String line : user.lines()) {
                err.println("kiln: error: " + line);
            }
            if (System.getenv("KILN_DEBUG") != null && ex.getCause() != null) {
                ex.getCause().printStackTrace(err); // where Kiln found the mistake
            }
            return USER_ERROR;
        }
        err.println("kiln: internal error: " + ex + " (this is a bug in Kiln; please report it with the command line "
                + "and input; KILN_DEBUG=1 shows details)");
        if (System.getenv("KILN_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }
}
