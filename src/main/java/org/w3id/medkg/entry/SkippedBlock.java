package org.w3id.medkg.entry;

import java.util.Objects;

/** A block of the input that became no part of any entry, with the reason; listed in the build report. */
public record SkippedBlock(SourceSpan span, String reason, String excerpt) {
    public SkippedBlock {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
