package org.w3id.medkg.validation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a graph against one profile.
 *
 * @param profile  the profile checked
 * @param conforms whether there was no violation (warnings do not count)
 * @param findings every result, violations first, then in the order of source and line
 */
public record Validation(Profile profile, boolean conforms, List<Finding> findings) {
    public Validation {
        Objects.requireNonNull(profile, "profile");
        findings = List.copyOf(findings);
    }

    /** How many findings have the severity "Violation". */
    public long violations() {
        return findings.stream().filter(f -> f.severity().equals("Violation")).count();
    }
}
