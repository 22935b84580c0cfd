package org.w3id.medkg.entry;

import java.util.List;
import java.util.Objects;

/**
 * One dataset as a list describes it. Immutable.
 *
 * @param title       the title exactly as the list writes it (Markdown emphasis removed)
 * @param description the description, paragraphs separated by a blank line; "" when the list gives none
 * @param section     the heading the entry stands under, without its number; "" when none
 * @param links       every link of the entry, in list order
 * @param keywords    topic words the list gives (a bulleted topic list, a {@code Keywords:} line)
 * @param notes       free-text notes that are not links, such as {@code Access: Contact authors.}
 * @param parent      index in {@link ListDocument#entries()} of the entry this one is part of, or -1
 * @param span        where the entry came from
 */
public record Entry(String title, String description, String section, List<Link> links, List<String> keywords,
                    List<String> notes, int parent, SourceSpan span) {
    public Entry {
        Objects.requireNonNull(title, "title");
        if (title.isBlank())
            throw new IllegalArgumentException("blank title at " + span);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(section, "section");
        links = List.copyOf(links);
        keywords = List.copyOf(keywords);
        notes = List.copyOf(notes);
        Objects.requireNonNull(span, "span");
    }

    /**
     * The words the tagging stage reads: title, description, keywords (the CDC's topic list) and the labels the
     * list gives links ("Data request"). Never the URLs themselves.
     */
    public String text() {
        StringBuilder b = new StringBuilder(title);
        if (!description.isEmpty())
            b.append("\n\n").append(description);
        for (String k : keywords)
            b.append("\n").append(k).append('.');
        for (Link l : links)
            if (!l.label().isEmpty())
                b.append("\n").append(l.label()).append('.');
        return b.toString();
    }
}
