package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.Child;
import org.w3id.medkg.Pipeline;

/** {@code serve --tdb2 DIR}: after {@code kill -9}, at any moment, the store holds the whole graph. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class Tdb2CrashTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void theStoreIsWholeAfterKill9AndARestart(@TempDir Path dir) throws Exception {
        Graph expected = Pipeline.create().build().run().graph().getGraph();
        Path store = dir.resolve("store");
        String[] serve = {"serve", "--tdb2", store.toString(), "--port", "0", "--max-rows", "50"};

        try (Child child = Child.start(dir, Main.class.getName(), serve)) {
            int port = child.servingPort();
            assertEquals(expected.size(), count(port));
            HttpResponse<String> capped = query(port, "SELECT * { ?s ?p ?o }", "text/csv");
            assertEquals("50", capped.headers().firstValue("Medkg-Row-Cap").orElse(null));
            assertEquals(51, capped.body().lines().count(), "a header line and 50 rows");
            child.kill();
        }
        assertWhole(store, expected);

        // Killed again at different moments of a restart, which rewrites the store in one transaction.
        for (long delay : new long[] {300, 1200, 2500, 4000}) {
            try (Child child = Child.start(dir, Main.class.getName(), serve)) {
                Thread.sleep(delay);
                child.kill();
            }
            assertWhole(store, expected);
        }

        try (Child child = Child.start(dir, Main.class.getName(), serve)) {
            int port = child.servingPort();
            assertEquals(expected.size(), count(port));
            HttpResponse<String> titled = query(port, "SELECT ?t { ?d <http://purl.org/dc/terms/title> ?t } LIMIT 1",
                    "text/csv");
            assertEquals(200, titled.statusCode());
            assertEquals(2, titled.body().lines().count());
            child.kill();
        }
    }

    private static void assertWhole(Path store, Graph expected) {
        DatasetGraph dsg = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
        try {
            Txn.executeRead(dsg, () -> {
                Graph stored = dsg.getDefaultGraph();
                assertEquals(expected.size(), stored.size(), "triples in the store after kill -9");
                assertTrue(stored.isIsomorphicWith(expected), "the stored graph differs from the build");
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static long count(int port) {
        HttpResponse<String> r = query(port, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static HttpResponse<String> query(int port, String sparql, String accept) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query="
                    + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
