package org.w3id.medkg.markdown;

import org.w3id.medkg.entry.ListDocument;
import org.w3id.medkg.source.InputText;

/** Turns the text of one list, in one Markdown style, into entries. Implementations are thread-safe. */
public interface ListReader {
    /**
     * Reads the list.
     *
     * @throws ListFormatException when the list has no entries or an entry is broken (each problem names the line)
     */
    ListDocument read(InputText input);
}
