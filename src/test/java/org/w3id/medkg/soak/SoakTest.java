package org.w3id.medkg.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.server.MedkgServer;
import org.w3id.medkg.vocab.MKG;

/**
 * The soak: 2,000 warm-up requests and two halves of 10,000 mixed requests (SPARQL, home page, dumps, graph reads,
 * dataset pages, a few deliberately hopeless queries) at 64 concurrent connections, on loopback. No 5xx but the
 * intended timeouts, every request answered, and no growth of the heap after a full GC from one half to the next.
 * Runs with {@code mvn verify -Psoak} (as CI does); figures go to {@code target/soak-report.txt}.
 */
@Tag("soak")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class SoakTest {
    private static final int HALF = 10_000;
    private static final String PREFIXES = "PREFIX mkg: <" + MKG.NS + "> PREFIX dct: <http://purl.org/dc/terms/> ";

    @Test
    void twentyThousandMixedRequestsAt64Connections() throws Exception {
        BuildResult built = Pipeline.create().build().run();
        List<String> slugs = built.graph().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, MKG.Dataset)
                .mapWith(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1)).toList();
        try (MedkgServer server = MedkgServer.create().result(built).port(0).timeout(Duration.ofSeconds(1)).build()
                .start()) {
            LoadGenerator.Builder mix = LoadGenerator.create()
                    .base(URI.create("http://127.0.0.1:" + server.port() + "/")).connections(64)
                    .timeLimit(Duration.ofMinutes(8));
            for (int round = 0; round < 40; round++) {
                String slug = slugs.get(round % slugs.size());
                mix.kind("sparql-titles", sparql("SELECT ?d ?t { ?d a mkg:Dataset ; dct:title ?t } ORDER BY ?t "
                        + "LIMIT 20"), "application/sparql-results+json");
                mix.kind("sparql-search", sparql("SELECT ?d { ?d dct:description ?x FILTER(CONTAINS(LCASE(?x), "
                        + "\"mri\")) }"), "application/sparql-results+json");
                mix.kind("sparql-group", sparql("SELECT ?s (COUNT(?d) AS ?n) { ?d mkg:section ?s } GROUP BY ?s"),
                        "text/csv");
                mix.kind("sparql-describe", sparql("DESCRIBE <" + built.base() + "dataset/" + slug + ">"),
                        "text/turtle");
                mix.kind("home", "/", "text/html");
                mix.kind("page", "/dataset/" + slug, "text/html");
                mix.kind("dump-ttl", "/download/medkg.ttl", "text/turtle");
                mix.kind("dump-jsonld", "/download/medkg.jsonld", "application/ld+json");
                mix.kind("graph-read", "/sparql/get?default", "application/n-triples");
                mix.kind("not-found", "/no/such/page", "text/html");
            }
            mix.kind("slow", sparql("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"),
                    "text/csv");
            LoadGenerator load = mix.build();

            LoadGenerator.Report warmUp = load.run(2_000, 0);
            long heap0 = heapAfterFullGc();
            LoadGenerator.Report first = load.run(HALF, 2_000);
            long heap1 = heapAfterFullGc();
            LoadGenerator.Report second = load.run(HALF, 2_000 + HALF);
            long heap2 = heapAfterFullGc();

            String figures = "warm-up\n" + warmUp.table() + "\nfirst half\n" + first.table() + "\nsecond half\n"
                    + second.table() + String.format("%nheap after full GC: %.1f MB after warm-up, %.1f MB after the "
                    + "first half, %.1f MB after the second%n", heap0 / 1e6, heap1 / 1e6, heap2 / 1e6);
            System.out.println(figures);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "soak-report.txt"), figures);

            for (LoadGenerator.Report r : List.of(first, second)) {
                assertEquals(HALF, r.requests(), "the time limit cut the soak short");
                assertEquals(0, r.failures(), "requests without an answer");
                assertEquals(r.count("slow", 500, 600), r.count("slow", 503, 504), "slow queries: only 503");
                assertEquals(r.count("slow", 500, 600), r.count(500, 600), "a 5xx that is not an intended timeout");
                for (String k : List.of("sparql-titles", "sparql-search", "sparql-group", "sparql-describe", "home",
                        "page", "dump-ttl", "dump-jsonld", "graph-read"))
                    assertEquals(r.count(k, 0, 1000), r.count(k, 200, 201), k + " answered other than 200");
            }
            long growth = heap2 - heap1;
            assertTrue(growth < Math.max(16_000_000, heap1 / 10),
                    String.format("the heap grew by %.1f MB from one half to the next", growth / 1e6));
        }
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8);
    }

    /** Used heap after full collections, once it settles. */
    private static long heapAfterFullGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
