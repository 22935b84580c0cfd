package org.w3id.medkg.tagging;

import java.util.Objects;

/**
 * A number the text states about the dataset.
 *
 * @param kind   what is counted
 * @param value  the number
 * @param phrase the words it was read from, such as "53,000 medical images"
 */
public record Count(Kind kind, long value, String phrase) {
    /** What a number counts. */
    public enum Kind {
        /** Patients, participants, subjects, individuals (and their controls). */
        SUBJECTS,
        /** Images, slices, photographs. */
        IMAGES,
        /** Studies, cases, scans, exams. */
        STUDIES,
        /** Records, admissions, visits, notes. */
        RECORDS
    }

    public Count {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        if (value < 0)
            throw new IllegalArgumentException("negative count " + value);
    }
}
