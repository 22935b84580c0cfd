package org.w3id.medkg.source;

import java.util.Objects;

/**
 * The text of one input, decoded and normalised (no byte-order mark, LF line ends).
 *
 * @param name     what messages call the input: the file name as given, or the URL
 * @param text     the decoded text
 * @param checksum SHA-256 of the raw bytes, lower-case hex
 * @param fromUrl  whether the input was read from a URL rather than a file
 */
public record InputText(String name, String text, String checksum, boolean fromUrl) {
    public InputText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(checksum, "checksum");
    }
}
