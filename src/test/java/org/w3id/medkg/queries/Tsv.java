package org.w3id.medkg.queries;

import java.util.List;
import java.util.stream.Stream;

/** SPARQL results as TSV, compared as a user reads them: the header first, then the rows in any order. */
public final class Tsv {
    private Tsv() {
    }

    /** The header line, then the other lines sorted. */
    public static List<String> rows(String tsv) {
        List<String> lines = tsv.lines().toList();
        return Stream.concat(lines.stream().limit(1), lines.stream().skip(1).sorted()).toList();
    }
}
