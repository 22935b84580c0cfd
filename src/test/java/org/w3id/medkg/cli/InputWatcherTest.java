package org.w3id.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.server.MedkgServer;
import org.w3id.medkg.validation.GraphValidator;
import org.w3id.medkg.validation.Profile;

/** {@code serve --watch}: a changed list is served once it builds; a broken one is logged and the old graph stays. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class InputWatcherTest {
    private static final String HEAD = "# Test list\n\n## 1. Imaging\n\n";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static String entry(String title, String url) {
        return "__" + title + "__  \nA collection of images of " + title + ".  \nAccess: " + url + "\n\n***\n\n";
    }

    @Test
    void aChangedListIsServedAndABrokenOneIsNot(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.md");
        Files.writeString(list, HEAD + entry("Alpha", "https://example.org/a") + entry("Beta", "https://example.org/b"));
        Pipeline pipeline = Pipeline.create().input(list.toString()).build();
        BuildResult first = pipeline.run();
        assertTrue(first.conforms());
        StringWriter log = new StringWriter();
        try (MedkgServer server = MedkgServer.create().result(first).port(0).build().start();
                InputWatcher watcher = new InputWatcher(List.of(list), pipeline::run, server::publish,
                        new PrintWriter(log, true)).start(Duration.ofMillis(100))) {
            assertEquals(2, datasets(server.port()));

            Files.writeString(list, HEAD + entry("Alpha", "https://example.org/a")
                    + entry("Beta", "https://example.org/b") + entry("Gamma", "https://example.org/c"));
            waitFor(() -> datasets(server.port()) == 3, "the third dataset to be served; log:\n" + log);
            assertTrue(log.toString().contains("rebuilt: 3 entries"), log.toString());
            assertTrue(download(server.port()).contains("Gamma"), "the dump was not swapped");

            String broken = HEAD + entry("Alpha", "https://example.org/a") + entry("Delta", "htp://broken");
            Files.writeString(list, broken);
            waitFor(() -> log.toString().contains("still serving the previous graph"), "the failure to be logged");
            int line = broken.lines().toList().indexOf("Access: htp://broken") + 1;
            assertTrue(log.toString().contains("list.md:" + line + ": link 'htp://broken'"), log.toString());
            assertEquals(3, datasets(server.port()), "the broken build replaced the served graph");

            Files.writeString(list, HEAD + entry("Alpha", "https://example.org/a"));
            waitFor(() -> datasets(server.port()) == 1, "the fixed list to be served; log:\n" + log);
        }
    }

    @Test
    void aBuildThatDoesNotConformIsLoggedWithItsLineAndNotServed(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.md");
        Files.writeString(list, HEAD + entry("Alpha", "https://example.org/a") + entry("Beta", "https://example.org/b"));
        BuildResult good = Pipeline.create().input(list.toString()).build().run();
        // The reader never makes such a graph (the fuzz test checks that), so the broken build is made by hand: the
        // same graph with Beta's description taken out, validated by the real validator.
        Model broken = ModelFactory.createDefaultModel().add(good.graph());
        Resource beta = broken.listSubjectsWithProperty(DCTerms.title, broken.createLiteral("Beta", "en")).next();
        broken.removeAll(beta, DCTerms.description, null);
        BuildResult bad = new BuildResult(good.lists(), broken,
                List.of(new GraphValidator().validate(broken.getGraph(), Profile.MEDKG)), good.base());
        assertFalse(bad.conforms());
        StringWriter log = new StringWriter();
        try (MedkgServer server = MedkgServer.create().result(good).port(0).build().start();
                InputWatcher watcher = new InputWatcher(List.of(list), () -> bad, server::publish,
                        new PrintWriter(log, true))) {
            watcher.rebuild();
            int line = Files.readAllLines(list).indexOf("__Beta__  ") + 1;
            assertTrue(log.toString().contains("list.md:" + line + ": 'Beta': Violation"), log.toString());
            assertTrue(log.toString().contains("does not conform to the shapes; still serving the previous graph"));
            assertEquals(1, Long.parseLong(get(server.port(), "/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) { ?d <http://purl.org/dc/terms/description> \"A collection of images of "
                            + "Beta.\"@en }", StandardCharsets.UTF_8), "text/csv").lines().skip(1).findFirst()
                    .orElseThrow().strip()));
        }
    }

    private static long datasets(int port) {
        String q = "SELECT (COUNT(?d) AS ?n) { ?d a <https://w3id.org/medkg/ontology#Dataset> }";
        String body = get(port, "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static String download(int port) {
        return get(port, "/download/medkg.nt", "application/n-triples");
    }

    private static String get(int port, String path, String accept) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end)
                throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
