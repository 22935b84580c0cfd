package org.w3id.medkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.publish.Dumps;

/**
 * A stock Fuseki started from {@code fuseki-config/config.ttl} alone, copied beside a build's dumps, answers every
 * example query as the tests expect, and keeps each list in its named graph with the union as default graph.
 */
class StockFusekiTest {
    @TempDir
    static Path dir;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void start() throws IOException {
        BuildResult r = Pipeline.create().build().run();
        Dumps.writeEach(dir, r.graph(), r.dataset());
        Files.copy(Path.of("fuseki-config/config.ttl"), dir.resolve("config.ttl"));
        server = FusekiServer.create().port(0).loopback(true)
                .parseConfigFile(dir.resolve("config.ttl").toString()).build().start();
        endpoint = "http://127.0.0.1:" + server.getHttpPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static String answer(String query) {
        try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsTSV(out, qe.execSelect());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.w3id.medkg.queries.QueriesTest#queries")
    void exampleQueryAnswersAsExpected(String name) throws IOException {
        String query = Files.readString(QueriesTest.QUERIES.resolve(name + ".rq"));
        String expected = Files.readString(QueriesTest.QUERIES.resolve(name + ".tsv"));
        String actual = answer(query);
        assertEquals(unordered(Tsv.rows(expected)), unordered(Tsv.rows(actual)),
                () -> name + ": got\n" + actual);
    }

    /**
     * The rows with the parts of each "a, b" cell sorted: SPARQL leaves the order of GROUP_CONCAT open, and a
     * stock Fuseki's store (ja:MemoryDataset) keeps triples in another order than the build's graph.
     */
    static List<String> unordered(List<String> rows) {
        return rows.stream().map(row -> Arrays.stream(row.split("\t", -1))
                .map(cell -> cell.matches("^\".*, .*\"$")
                        ? "\"" + Arrays.stream(cell.substring(1, cell.length() - 1).split(", ")).sorted()
                                .collect(Collectors.joining(", ")) + "\""
                        : cell)
                .collect(Collectors.joining("\t"))).toList();
    }

    @Test
    void serviceIsRefused() {
        String query = "SELECT * WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } } LIMIT 1";
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> answer(query),
                "a stock Fuseki on this config fetches nothing for a caller");
    }

    @Test
    void defaultGraphIsTheUnionAndEachListHasItsGraph() {
        String count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> }";
        assertEquals("?n\n70\n", answer(count));
        String perGraph = "SELECT ?g (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a "
                + "<http://www.w3.org/ns/dcat#Dataset> } } GROUP BY ?g";
        assertEquals("?g\t?n\n<https://w3id.org/medkg/catalog/medical-data-2017>\t70\n", answer(perGraph));
        String vocab = "ASK { GRAPH <https://w3id.org/medkg/vocabularies> { "
                + "<http://publications.europa.eu/resource/authority/data-theme/HEAL> ?p ?o } }";
        try (QueryExecution qe = QueryExecution.service(endpoint).query(vocab).build()) {
            assertTrue(qe.execAsk(), "the EU concepts are in the vocabularies graph");
        }
    }
}
