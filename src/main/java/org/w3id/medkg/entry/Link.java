package org.w3id.medkg.entry;

import java.util.Objects;

/**
 * One link of an entry.
 *
 * @param label the label the list gives the link ({@code Paper}, {@code Access}, a link text), or "" when it has none
 * @param url   an absolute http(s) URL
 * @param role  what the link was mapped to
 * @param line  the line it stands on
 */
public record Link(String label, String url, LinkRole role, int line) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(role, "role");
    }
}
