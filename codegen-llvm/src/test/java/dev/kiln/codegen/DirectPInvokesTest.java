package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --direct-pinvoke names match [DllImport] names as the lazy binding probes them, and become linker arguments. */
class DirectPInvokesTest {
    @Test
    void namesMatchWithoutDirectoryPrefixOrSuffix() {
        DirectPInvokes libc = new DirectPInvokes(List.of("libc"));
        for (String name : List.of("libc", "c", "libc.so", "libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6")) {
            assertTrue(libc.matches(name), name);
        }
        assertFalse(libc.matches("libcrypto"));
        assertFalse(libc.matches("libm.so.6"));
        assertFalse(libc.matches(null));
        DirectPInvokes foo = new DirectPInvokes(List.of("/opt/x/libfoo.so"));
        assertTrue(foo.matches("foo"));
        assertTrue(foo.matches("libfoo"));
        assertFalse(foo.matches("foobar"));
        assertFalse(DirectPInvokes.NONE.matches("libc"));
    }

    @Test
    void namesAreLinkedWithMinusLAndPathsAsGiven() {
        assertEquals(List.of("-lc", "-lfoo", "/opt/x/libbar.so", "-Wl,-rpath,/opt/x"),
                new DirectPInvokes(List.of("libc", "foo", "/opt/x/libbar.so")).linkerArguments());
    }
}
