package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;

/** Query time and result size are bounded, and a slow query does not hold up the others. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class QueryLimitsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String CROSS4 = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String SIMPLE = "SELECT ?t { <https://w3id.org/medkg/catalog> ?p ?t } LIMIT 20";

    private static MedkgServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        BuildResult built = Pipeline.create().build().run();
        server = MedkgServer.create().result(built).port(0).timeout(TIMEOUT).maxRows(1000).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) " + CROSS4,
        "SELECT * " + CROSS4 + " ORDER BY ?a ?l LIMIT 1",
        "SELECT (COUNT(DISTINCT ?l) AS ?n) " + CROSS4,
        "SELECT (COUNT(*) AS ?n) { ?s (<urn:p>|!<urn:p>)* ?o . ?x (<urn:p>|!<urn:p>)* ?y }",
        "SELECT * { ?s (<urn:p>|!<urn:p>)* ?o . ?x (<urn:p>|!<urn:p>)* ?y } ORDER BY ?y LIMIT 1",
        "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . FILTER(STR(?a) = CONCAT(STR(?f), STR(?l))) }",
    })
    void aPathologicalQueryIsCutOffWithHttp503(String query) {
        long start = System.nanoTime();
        HttpResponse<String> r = http.query(query);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(4)) < 0, "answered after " + took);
    }

    @Test
    void resultRowsAreCappedAndTheCapIsNamedInAHeader() {
        HttpResponse<String> all = http.query("SELECT * " + CROSS4);
        assertEquals(1000, Http.rows(all).size());
        assertEquals("1000", all.headers().firstValue(BoundedQuery.ROW_CAP_HEADER).orElse(null));

        HttpResponse<String> few = http.query("SELECT * " + CROSS4 + " LIMIT 5");
        assertEquals(5, Http.rows(few).size());
        assertFalse(few.headers().firstValue(BoundedQuery.ROW_CAP_HEADER).isPresent());

        HttpResponse<String> construct = http.get("/sparql?query="
                + java.net.URLEncoder.encode("CONSTRUCT { ?a ?b ?l } WHERE " + CROSS4,
                        java.nio.charset.StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, construct.statusCode());
        assertTrue(construct.body().lines().count() <= 1000, "CONSTRUCT made more than 1000 triples");
    }

    @Test
    void theDefaultTimeoutComesFromTheConfigurationFile() {
        assertEquals(Duration.ofSeconds(10), MedkgServer.configTimeout(MedkgServer.config()));
        assertEquals(TIMEOUT, server.timeout());
    }

    /**
     * Jena evaluates {@code (<p>|!<p>)*} by recursion, one level per step: on a long chain the stack overflows.
     * That must be a clear refusal, not a 500, and the server must go on answering.
     */
    @Test
    void aPathDeeperThanTheStackIsRefusedWith422() {
        Model chain = ModelFactory.createDefaultModel();
        Property p = chain.createProperty("http://example.org/p");
        for (int i = 0; i < 100_000; i++)
            chain.add(chain.createResource("http://example.org/n" + i), p,
                    chain.createResource("http://example.org/n" + (i + 1)));
        BuildResult deep = new BuildResult(List.of(), chain, List.of(), "https://w3id.org/medkg/");
        try (MedkgServer s = MedkgServer.create().result(deep).port(0).timeout(TIMEOUT).build().start()) {
            Http h = new Http(s.port());
            HttpResponse<String> r = h.query(
                    "SELECT (COUNT(*) AS ?n) { <http://example.org/n0> (<urn:p>|!<urn:p>)* ?o }");
            assertTrue(r.statusCode() == 422 || r.statusCode() == 503, "HTTP " + r.statusCode() + " " + r.body());
            assertEquals(1, Http.number(h.query("SELECT (COUNT(*) AS ?n) { <http://example.org/n0> ?p ?o }")));
        }
    }

    /**
     * Two clients run hopeless queries in a loop while four send a simple one. A behaviour test with a generous bound:
     * up to three rounds, the first whose p99 is under 250 ms passes. On a machine so busy with other work that its
     * load average is over twice its processors, a miss says nothing about the server: the test is then skipped,
     * saying so, rather than failed.
     */
    @Test
    void simpleQueriesStayQuickWhileSlowQueriesRun() throws Exception {
        // Warm up first, so the rounds measure the server rather than the JIT compiler.
        http.query("SELECT (COUNT(*) AS ?n) " + CROSS4);
        for (int i = 0; i < 300; i++)
            http.query(SIMPLE);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3 && best >= 250; round++)
            best = Math.min(best, round());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(best < 250 || load < 2 * cores, "p99 of the simple query is " + best + " ms at best, on a machine "
                + "with load average " + load + " on " + cores + " processors: too busy to measure");
        assertTrue(best < 250, "p99 of the simple query is " + best + " ms at best");
    }

    /** One round; returns the p99 of the simple query in ms. */
    private static long round() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Integer>>> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++)
                slow.add(pool.submit(() -> {
                    List<Integer> codes = new ArrayList<>();
                    while (running.get())
                        codes.add(http.query("SELECT (COUNT(*) AS ?n) " + CROSS4).statusCode());
                    return codes;
                }));
            Thread.sleep(300);
            List<Future<List<Long>>> fast = new ArrayList<>();
            for (int i = 0; i < 4; i++)
                fast.add(pool.submit(() -> {
                    List<Long> millis = new ArrayList<>();
                    long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.query(SIMPLE);
                        millis.add((System.nanoTime() - t0) / 1_000_000);
                        assertEquals(200, r.statusCode(), r.body());
                    }
                    return millis;
                }));
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : fast)
                all.addAll(f.get());
            running.set(false);
            List<Integer> codes = new ArrayList<>();
            for (Future<List<Integer>> f : slow)
                codes.addAll(f.get());
            Collections.sort(all);
            long p99 = all.get((int) Math.ceil(all.size() * 0.99) - 1);
            System.out.println("simple queries while slow ones run: " + all.size() + ", median "
                    + all.get(all.size() / 2) + " ms, p99 " + p99 + " ms, max " + all.get(all.size() - 1)
                    + " ms; slow queries answered " + codes);
            assertTrue(all.size() > 50, "only " + all.size() + " simple queries in 6 s");
            assertFalse(codes.isEmpty());
            assertTrue(codes.stream().allMatch(c -> c == 503), "slow queries answered " + codes);
            return p99;
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }
}
