package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.publish.DumpFormat;

/** The embedded Fuseki over the bundled list, on a free loopback port: SPARQL, read-only, dumps. */
class ServerTest {
    static BuildResult result;
    static MedkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        result = Pipeline.create().build().run();
        server = MedkgServer.create().result(result).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static final String COUNT = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> }";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"value\":\"70\"",
            "application/sparql-results+xml, application/sparql-results+xml, >70<",
            "text/csv, text/csv, 70",
            "text/tab-separated-values, text/tab-separated-values, 70"})
    void selectInEveryResultFormat(String accept, String type, String expected) throws Exception {
        HttpResponse<String> r = get(q(COUNT), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        assertTrue(r.body().replaceAll("\\s+", "").contains(expected), r.body());
    }

    @Test
    void postQueryWorks() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n70\r\n", r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void constructInTurtleAndJsonLd(String accept, String lang) throws Exception {
        String query = "CONSTRUCT { ?d <http://purl.org/dc/terms/title> ?t } WHERE { "
                + "?d <http://purl.org/dc/terms/title> ?t ; a <http://www.w3.org/ns/dcat#Dataset> }";
        HttpResponse<String> r = get(q(query), accept);
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang.equals("TURTLE") ? Lang.TURTLE : Lang.JSONLD).parse(m);
        assertEquals(70, m.size());
    }

    @Test
    void updatesAndUploadsAreRefusedAndChangeNothing() throws Exception {
        long before = result.graph().size();
        String update = "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }";
        // A client of its own per refused write: the server may close a connection after refusing it.
        int[] codes = {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql?default"))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<http://e.org/a> <http://e.org/b> 1 .")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql/get?default"))
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<http://e.org/a> <http://e.org/b> 1 .")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql/get?default")).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(),
        };
        for (int c : codes)
            assertTrue(c >= 400 && c < 500, "expected 4xx, got " + c);
        assertEquals(before, result.graph().size());
        HttpResponse<String> r = get(q(COUNT), "text/csv");
        assertEquals("n\r\n70\r\n", r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"medkg.ttl, text/turtle", "medkg.nt, application/n-triples", "medkg.jsonld, application/ld+json",
            "medkg.rdf, application/rdf+xml", "medkg.trig, application/trig", "medkg.nq, application/n-quads"})
    void dumpsDownloadWithTheirType(String file, String type) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/download/" + file)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        assertEquals("attachment; filename=\"" + file + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(r.body().length, r.headers().firstValueAsLong("Content-Length").orElse(-1));
        DumpFormat format = DumpFormat.byExtension(file.substring(file.indexOf('.') + 1));
        if (format.quads()) {
            DatasetGraph d = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang()).parse(d);
            assertTrue(IsoMatcher.isomorphic(result.dataset().asDatasetGraph(), d), "the dump is the served dataset");
        } else {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang()).parse(m);
            assertTrue(m.isIsomorphicWith(result.graph()), "the dump is the served graph");
        }
    }

    @Test
    void unknownDumpIs404() throws Exception {
        assertEquals(404, get("/download/medkg.xyz", "*/*").statusCode());
    }
}
