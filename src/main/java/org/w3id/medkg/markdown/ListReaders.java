package org.w3id.medkg.markdown;

import org.w3id.medkg.source.InputText;

/** Chooses the reader for a list's Markdown style. */
public final class ListReaders {
    private static final SeedStyleReader SEED = new SeedStyleReader();

    private ListReaders() {
    }

    /** The reader for {@code input}. */
    public static ListReader forInput(InputText input) {
        return SEED;
    }
}
