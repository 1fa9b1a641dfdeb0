package dev.kiln.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to a logger (Kiln's --verbose phase lines, as Maven log lines). */
final class LogWriter extends Writer {
    private final Consumer<CharSequence> log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Consumer<CharSequence> log) {
        this.log = log;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                log.accept(line.toString());
                line.setLength(0);
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // lines are logged when they end; a partial line waits for its end (or close)
    }

    @Override
    public void close() {
        if (line.length() > 0) {
            log.accept(line.toString());
            line.setLength(0);
        }
    }
}
