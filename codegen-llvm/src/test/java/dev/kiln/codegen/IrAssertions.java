package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions on a function's IR text by regular expression: specific facts, never the whole text. */
final class IrAssertions {
    private IrAssertions() {
    }

    /** Asserts that regex occurs in ir (multiline: ^ and $ match at lines); returns the match for its groups. */
    static Matcher assertFinds(String ir, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(ir);
        if (!m.find()) {
            fail("expected /" + regex + "/ in:\n" + ir);
        }
        return m;
    }

    static void assertLacks(String ir, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(ir);
        if (m.find()) {
            fail("did not expect /" + regex + "/ (found `" + m.group() + "`) in:\n" + ir);
        }
    }

    /** A regex for a global (function or variable) named name: @name, or @"name" when it needs quotes. */
    static String global(String name) {
        return "@\"?" + Pattern.quote(name) + "\"?";
    }

    /** How many times regex occurs in ir. */
    static int count(String ir, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(ir);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
