package org.w3id.medkg.markdown;

import java.util.List;

import org.w3id.medkg.source.InputException;

/** A list that cannot be turned into entries: each problem is one line naming the input, the line and the value. */
public class ListFormatException extends InputException {
    private final List<String> problems;

    public ListFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
