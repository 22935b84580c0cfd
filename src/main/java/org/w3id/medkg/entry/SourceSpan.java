package org.w3id.medkg.entry;

import java.util.Objects;

/**
 * Where a piece of a list came from: the input's name and its first and last line (1-based, inclusive).
 */
public record SourceSpan(String source, int firstLine, int lastLine) {
    public SourceSpan {
        Objects.requireNonNull(source, "source");
        if (firstLine < 1 || lastLine < firstLine)
            throw new IllegalArgumentException("bad line range " + firstLine + "-" + lastLine);
    }

    /** {@code source:first} or {@code source:first-last}, the form used in every message. */
    @Override
    public String toString() {
        return firstLine == lastLine ? source + ":" + firstLine : source + ":" + firstLine + "-" + lastLine;
    }
}
