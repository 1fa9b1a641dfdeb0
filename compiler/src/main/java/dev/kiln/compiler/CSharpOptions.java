package dev.kiln.compiler;

import java.util.List;

/**
 * What `kiln build` passes on to mcs besides sources and references: unsafe code, conditional-compilation symbols
 * and any other mcs options, verbatim.
 */
public record CSharpOptions(boolean unsafe, List<String> defines, List<String> mcsArgs) {
    public static final CSharpOptions DEFAULT = new CSharpOptions(false, List.of(), List.of());

    public CSharpOptions {
        defines = List.copyOf(defines);
        mcsArgs = List.copyOf(mcsArgs);
    }

    /** mcs's options for these settings, in a fixed order. */
    List<String> arguments() {
        List<String> args = new java.util.ArrayList<>();
        if (unsafe) {
            args.add("-unsafe");
        }
        for (String d : defines) {
            args.add("-d:" + d);
        }
        args.addAll(mcsArgs);
        return args;
    }
}
