package org.w3id.medkg.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * One rendered answer: its bytes, content type and entity tag. The tag is a hash of the bytes, so it changes exactly
 * when the answer does, also across restarts.
 *
 * @param body        the bytes sent
 * @param contentType the Content-Type header
 * @param etag        the strong entity tag, quoted
 */
record Representation(byte[] body, String contentType, String etag) {
    Representation {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
    }

    static Representation of(byte[] body, String contentType) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
            return new Representation(body, contentType, "\"" + tag + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static Representation of(String text, String contentType) {
        return of(text.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
