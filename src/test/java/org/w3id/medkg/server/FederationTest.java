package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;
import org.w3id.medkg.queries.Tsv;

/**
 * The federation examples of {@code queries/federation/}: the graph joined with Wikidata through the concept
 * mappings. A second Fuseki on loopback stands in for Wikidata; each query's Wikidata endpoint is pointed at it.
 * SERVICE reaches only the endpoints on the allow-list, and nothing without one.
 */
class FederationTest {
    static final Path QUERIES = Path.of("queries/federation");
    static final String WIKIDATA = "https://query.wikidata.org/sparql";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static FusekiServer remote;
    static MedkgServer allowing;
    static MedkgServer closed;
    static String remoteUrl;
    static BuildResult result;

    @BeforeAll
    static void start() {
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(wikidata, "src/test/resources/federation/wikidata.ttl");
        remote = FusekiServer.create().port(0).loopback(true).add("/wikidata", wikidata, false).build().start();
        remoteUrl = "http://127.0.0.1:" + remote.getHttpPort() + "/wikidata";
        result = Pipeline.create().build().run();
        allowing = MedkgServer.create().result(result).port(0).serviceAllow(List.of(remoteUrl)).build().start();
        closed = MedkgServer.create().result(result).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable s : new AutoCloseable[] {allowing, closed})
            try {
                if (s != null)
                    s.close();
            } catch (Exception ignored) {
                // Stopping a test server cannot fail the run.
            }
        if (remote != null)
            remote.stop();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    static HttpResponse<String> query(MedkgServer server, String query) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + server.port() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/tab-separated-values")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void federatedQueryJoinsTheGraphWithTheRemote(String name) throws Exception {
        String query = Files.readString(QUERIES.resolve(name + ".rq"));
        assertTrue(query.startsWith("# ") && query.contains("SERVICE <" + WIKIDATA + ">"), name);
        String expected = Files.readString(QUERIES.resolve(name + ".tsv"));
        HttpResponse<String> r = query(allowing, query.replace(WIKIDATA, remoteUrl));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Tsv.rows(expected), Tsv.rows(r.body()), () -> name + ": got\n" + r.body());
        assertTrue(expected.lines().count() > 1, name + ".tsv must expect at least one row");
    }

    @Test
    void readmeShowsATestedFederationExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String query = Files.readString(QUERIES.resolve("drugs-for-the-disease.rq"));
        String body = query.substring(query.indexOf("PREFIX"));
        assertTrue(readme.contains("```sparql\n" + body + "```"), "README shows drugs-for-the-disease.rq");
        assertTrue(readme.contains("--service-allow"));
    }

    @Test
    void serviceIsRefusedWithoutAnAllowList() throws Exception {
        String query = Files.readString(QUERIES.resolve("icd10-from-wikidata.rq")).replace(WIKIDATA, remoteUrl);
        HttpResponse<String> r = query(closed, query);
        assertFalse(r.statusCode() == 200 && r.body().lines().count() > 1, r.body());
    }

    @Test
    void anEndpointNotOnTheListIsRefusedByName() throws Exception {
        String other = "http://127.0.0.1:" + remote.getHttpPort() + "/other";
        HttpResponse<String> r = query(allowing, "SELECT * WHERE { SERVICE <" + other + "> { ?s ?p ?o } }");
        assertFalse(r.statusCode() == 200, r.body());
        assertTrue(r.body().contains("SERVICE <" + other + "> is not allowed"), r.body());
        HttpResponse<String> variable = query(allowing, "SELECT * WHERE { BIND(<" + remoteUrl + "> AS ?e) "
                + "SERVICE ?e { ?s ?p ?o } }");
        assertFalse(variable.statusCode() == 200 && variable.body().lines().count() > 1, variable.body());
    }

    @Test
    void allowListMatchesTheEndpointOrItWithAQueryString() {
        assertTrue(ServiceAllowList.allowed(List.of(WIKIDATA), WIKIDATA));
        assertTrue(ServiceAllowList.allowed(List.of(WIKIDATA), WIKIDATA + "?format=json"));
        assertFalse(ServiceAllowList.allowed(List.of(WIKIDATA), WIKIDATA + ".evil.example/"));
        assertFalse(ServiceAllowList.allowed(List.of(), WIKIDATA));
    }
}
