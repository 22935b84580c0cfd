package org.w3id.medkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;

/**
 * Runs every example query of {@code queries/} against the graph of the bundled list and compares its answer with
 * {@code queries/NAME.tsv} (SPARQL TSV results). Rows are compared as a sorted list, so ties in ORDER BY do not
 * matter.
 */
class QueriesTest {
    static final Path QUERIES = Path.of("queries");
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = Pipeline.create().build().run();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    /** The answer of one query as TSV text. */
    static String answer(BuildResult r, String query) {
        try (QueryExecution qe = QueryExecution.model(r.graph()).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsTSV(out, qe.execSelect());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answerIsAsExpected(String name) throws IOException {
        String query = Files.readString(QUERIES.resolve(name + ".rq"));
        String expected = Files.readString(QUERIES.resolve(name + ".tsv"));
        String actual = answer(result, query);
        assertTrue(expected.lines().count() > 1, name + ".tsv must expect at least one row");
        assertEquals(Tsv.rows(expected), Tsv.rows(actual), () -> name + ": got\n" + actual);
    }

    @Test
    void atLeastEightQueriesEachWithATitle() throws IOException {
        List<String> names = queries().toList();
        assertTrue(names.size() >= 8, "queries: " + names);
        for (String n : names)
            assertTrue(Files.readString(QUERIES.resolve(n + ".rq")).startsWith("# "), n + " starts with a title");
    }
}
