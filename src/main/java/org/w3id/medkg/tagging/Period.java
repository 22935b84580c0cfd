package org.w3id.medkg.tagging;

import java.util.Objects;

/**
 * A span of years the text states the data covers ("between 2006 & 2009").
 *
 * @param start  first year
 * @param end    last year, not before {@code start}
 * @param phrase the words it was read from
 */
public record Period(int start, int end, String phrase) {
    public Period {
        Objects.requireNonNull(phrase, "phrase");
        if (end < start)
            throw new IllegalArgumentException("period ends before it starts: " + start + "-" + end);
    }
}
