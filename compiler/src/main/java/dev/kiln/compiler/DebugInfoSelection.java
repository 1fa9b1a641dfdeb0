package dev.kiln.compiler;

import dev.kiln.codegen.NativeModuleBuilder;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.symbols.MethodSymbols;
import java.util.function.Consumer;

/**
 * Whether a compilation emits DWARF, and from which symbols: -g always, -g0 and --strip never, and by default when
 * the input assembly has symbols. Each assembly's symbol file is read at its first method (one warning if unusable).
 */
final class DebugInfoSelection {
    private DebugInfoSelection() {
    }

    static void apply(CompileRequest request, EcmaModule input, NativeModuleBuilder builder, Consumer<String> warnings) {
        CompileRequest.DebugInfoMode mode = request.debugInfo();
        if (mode == CompileRequest.DebugInfoMode.OFF || mode == CompileRequest.DebugInfoMode.STRIP) {
            return;
        }
        if (mode == CompileRequest.DebugInfoMode.AUTO && input.symbols(warnings).isEmpty()) {
            return;
        }
        builder.emitDebugInfo(method -> symbolsOf(method, warnings), request.optLevel() != dev.kiln.codegen.NativeTarget.OptLevel.O0);
    }

    /** The methods whose code will carry lines (for the dependency analysis, which runs before code generation). */
    static java.util.function.Predicate<MethodDesc> methodsWithLines(CompileRequest request, EcmaModule input, Consumer<String> warnings) {
        CompileRequest.DebugInfoMode mode = request.debugInfo();
        if (mode == CompileRequest.DebugInfoMode.OFF
                || (mode == CompileRequest.DebugInfoMode.AUTO && input.symbols(warnings).isEmpty())) {
            return method -> false;
        }
        return method -> {
            MethodSymbols symbols = symbolsOf(method.typicalDefinition(), warnings);
            return symbols != null && symbols.first() != null && symbols.first().document() != null;
        };
    }

    private static MethodSymbols symbolsOf(MethodDesc method, Consumer<String> warnings) {
        if (method instanceof EcmaMethod ecma) {
            return ecma.module().symbols(warnings).method(ecma.token());
        }
        return null;
    }
}
