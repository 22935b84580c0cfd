package org.w3id.medkg.tagging;

import java.util.Objects;

/**
 * A concept found in an entry's text.
 *
 * @param concept the concept's IRI
 * @param scheme  the IRI of its concept scheme
 * @param words   the words of the text it was found by (the evidence)
 */
public record Tag(String concept, String scheme, String words) {
    public Tag {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(words, "words");
    }
}
