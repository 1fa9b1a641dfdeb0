package dev.kiln.tests.il;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Abbreviations that keep runtime-async ILAsm sources readable (Mono's ilasm has no `.typedef`): $corlib, $Task,
 * $TaskOf (Task`1), $ValueTask, $ValueTaskOf, $Await (AsyncHelpers::Await), $AwaitOf (the generic Await returning
 * !!0) and $Console, all in Kiln's core library.
 */
public final class AsyncIl {
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        String corlib = "[System.Private.CoreLib]";
        ABBREVIATIONS.put("$TaskOf", "class " + corlib + "System.Threading.Tasks.Task`1");
        ABBREVIATIONS.put("$Task", "class " + corlib + "System.Threading.Tasks.Task");
        ABBREVIATIONS.put("$ValueTaskOf", "valuetype " + corlib + "System.Threading.Tasks.ValueTask`1");
        ABBREVIATIONS.put("$ValueTask", "valuetype " + corlib + "System.Threading.Tasks.ValueTask");
        ABBREVIATIONS.put("$AwaitOf", "!!0 " + corlib + "System.Runtime.CompilerServices.AsyncHelpers::Await");
        ABBREVIATIONS.put("$Await", corlib + "System.Runtime.CompilerServices.AsyncHelpers::Await");
        ABBREVIATIONS.put("$Console", corlib + "System.Console");
        ABBREVIATIONS.put("$corlib", corlib);
    }

    private AsyncIl() {
    }

    public static String expand(String source) {
        String text = source;
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }
}
