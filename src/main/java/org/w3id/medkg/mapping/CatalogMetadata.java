package org.w3id.medkg.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What the root catalogue says of itself beyond its lists: publisher, contact point and date of the last change.
 * "" means not given.
 */
record CatalogMetadata(String publisher, String publisherUrl, String contactEmail, String contactUrl,
                       String modified) {
    CatalogMetadata {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(publisherUrl, "publisherUrl");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(contactUrl, "contactUrl");
        Objects.requireNonNull(modified, "modified");
    }

    static Builder create() {
        return new Builder();
    }

    /** Whether {@link #modified} is a date and time rather than a date. */
    boolean modifiedIsDateTime() {
        return modified.contains("T");
    }

    static final class Builder {
        private String publisher = "";
        private String publisherUrl = "";
        private String contactEmail = "";
        private String contactUrl = "";
        private String modified = "";

        void publisher(String name) {
            if (Objects.requireNonNull(name, "publisher").isBlank())
                throw new IllegalArgumentException("publisher name is empty");
            publisher = name.strip();
        }

        void publisherUrl(String url) {
            publisherUrl = httpUrl(url, "publisher URL");
        }

        void contactEmail(String email) {
            Objects.requireNonNull(email, "contactEmail");
            if (!email.matches("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"))
                throw new IllegalArgumentException("contact e-mail '" + email + "' is not an e-mail address");
            contactEmail = email;
        }

        void contactUrl(String url) {
            contactUrl = httpUrl(url, "contact URL");
        }

        void modified(String when) {
            Objects.requireNonNull(when, "modified");
            try {
                if (when.contains("T"))
                    OffsetDateTime.parse(when);
                else
                    LocalDate.parse(when);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("modified '" + when
                        + "' is not a date (2024-05-31) or a date and time with its offset (2024-05-31T12:00:00Z)");
            }
            modified = when;
        }

        private static String httpUrl(String url, String what) {
            Objects.requireNonNull(url, what);
            if (!url.matches("^https?://[^\\s/]+\\S*$"))
                throw new IllegalArgumentException(what + " '" + url + "' is not an absolute http(s) URL");
            return url;
        }

        CatalogMetadata build() {
            return new CatalogMetadata(publisher, publisherUrl, contactEmail, contactUrl, modified);
        }
    }
}
