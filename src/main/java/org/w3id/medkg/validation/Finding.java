package org.w3id.medkg.validation;

import java.util.Objects;

/**
 * One result of a SHACL validation, tied back to the list: the entry's title, its source and line where the focus
 * node is (or belongs to) a dataset.
 *
 * @param severity "Violation", "Warning" or "Info"
 * @param focus    the focus node, as an IRI or a Turtle term
 * @param title    the title of the dataset the focus belongs to, "" when none
 * @param source   the list the dataset came from, "" when unknown
 * @param line     the dataset's first line, 0 when unknown
 * @param rule     the rule's {@code sh:name}, or the shape's IRI when it has none
 * @param message  the rule's message
 * @param value    the offending value, "" when none
 */
public record Finding(String severity, String focus, String title, String source, int line, String rule,
                      String message, String value) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
    }

    /** {@code list.md:12: 'Title': rule: message (value)}, or the focus node where there is no entry. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!source.isEmpty())
            b.append(source).append(line > 0 ? ":" + line : "").append(": ");
        b.append(title.isEmpty() ? "<" + focus + ">" : "'" + title + "'").append(": ");
        b.append(severity).append(": ").append(rule).append(": ").append(message);
        if (!value.isEmpty())
            b.append(" (value: ").append(value).append(')');
        return b.toString();
    }
}
