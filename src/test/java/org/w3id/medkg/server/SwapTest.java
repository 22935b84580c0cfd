package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.medkg.BuildResult;

/** A reader sees the old graph or the new one, never a mix, however often the graph is swapped under it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SwapTest {
    private static final int TRIPLES = 3000;
    private static final String VERSIONS = "SELECT (COUNT(DISTINCT ?v) AS ?versions) (COUNT(*) AS ?n) (MIN(?v) AS ?v1) "
            + "{ ?s <http://example.org/version> ?v }";

    static BuildResult version(String v) {
        Model m = ModelFactory.createDefaultModel();
        Property p = m.createProperty("http://example.org/version");
        for (int i = 0; i < TRIPLES; i++)
            m.add(m.createResource("http://example.org/s" + i), p, v);
        return new BuildResult(List.of(), m, List.of(), "https://w3id.org/medkg/");
    }

    @Test
    void queriesNeverSeeAMixOfTwoBuilds() throws Exception {
        BuildResult a = version("a");
        BuildResult b = version("b");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try (MedkgServer server = MedkgServer.create().result(a).port(0).build().start()) {
            Http http = new Http(server.port());
            Future<Integer> swapper = pool.submit(() -> {
                int swaps = 0;
                // The dataset alone: publish() also renders pages and dumps, too slow to swap often enough here.
                while (running.get()) {
                    server.dataset().replace(MedkgServer.served(swaps % 2 == 0 ? b : a));
                    swaps++;
                }
                return swaps;
            });
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<Future<Integer>> readers = new ArrayList<>();
            for (int i = 0; i < 3; i++)
                readers.add(pool.submit(() -> {
                    int queries = 0;
                    long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                    while (System.nanoTime() < end) {
                        QuerySolution row = Http.rows(http.query(VERSIONS)).get(0);
                        assertEquals(1, row.getLiteral("versions").getInt(), "a query saw two builds at once");
                        assertEquals(TRIPLES, row.getLiteral("n").getInt(), "a query saw part of a build");
                        seen.add(row.getLiteral("v1").getString());
                        queries++;
                    }
                    return queries;
                }));
            int queries = 0;
            for (Future<Integer> r : readers)
                queries += r.get();
            running.set(false);
            int swaps = swapper.get();
            System.out.println(queries + " queries over " + swaps + " swaps, versions seen " + seen);
            assertTrue(swaps > queries / 10, "too few swaps to test anything: " + swaps);
            assertEquals(Set.of("a", "b"), seen, "the readers did not see both builds");
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }
}
