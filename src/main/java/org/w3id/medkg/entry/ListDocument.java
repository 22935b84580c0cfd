package org.w3id.medkg.entry;

import java.util.List;
import java.util.Objects;

/**
 * A whole list as read: its name, its title (the first heading), the text under the title, its entries and the
 * blocks that became no entry. Immutable.
 *
 * @param source      the input's name (a file name or a URL)
 * @param title       the list's own title, "" when it has no top heading
 * @param description the paragraphs between the title and the first entry
 * @param checksum    SHA-256 of the input bytes, hex
 * @param entries     the entries in list order
 * @param skipped     the blocks that are not part of any entry
 */
public record ListDocument(String source, String title, String description, String checksum, List<Entry> entries,
                           List<SkippedBlock> skipped) {
    public ListDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(checksum, "checksum");
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }
}
