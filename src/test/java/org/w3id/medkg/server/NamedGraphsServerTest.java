package org.w3id.medkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.medkg.BuildResult;
import org.w3id.medkg.Pipeline;

/**
 * {@code serve} with the three shared lists: one graph in which the lists' shared datasets are linked; a query
 * without GRAPH sees every list, {@code GRAPH <…/catalog/NAME>} one list alone; the dumps include TriG and N-Quads.
 */
class NamedGraphsServerTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static MedkgServer server;
    static String base;

    @BeforeAll
    static void start() {
        BuildResult r = Pipeline.create()
                .input("src/test/resources/lists/geniusrise-awesome-healthcare-datasets.md")
                .input("src/test/resources/lists/nickls-awesome-healthcare-datasets.md")
                .input("src/test/resources/lists/medical-data-2017.md").build().run();
        assertTrue(r.conforms());
        server = MedkgServer.create().result(r).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static String csv(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replace("\r\n", "\n");
    }

    static final String COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { %s }";
    static final String DATASET = "?d a <https://w3id.org/medkg/ontology#Dataset>";

    @Test
    void defaultGraphIsTheUnionAndGraphReachesOneList() throws Exception {
        assertEquals("n\n276\n", csv(COUNT.formatted(DATASET)));
        assertEquals("n\n12\n", csv(COUNT.formatted("GRAPH <https://w3id.org/medkg/catalog/"
                + "nickls-awesome-healthcare-datasets> { " + DATASET + " }")));
        assertEquals("n\n70\n", csv(COUNT.formatted("GRAPH <https://w3id.org/medkg/catalog/medical-data-2017> { "
                + DATASET + " }")));
    }

    @Test
    void datasetsListedTwiceAreLinkedAcrossTheLists() throws Exception {
        String rows = csv("""
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                SELECT DISTINCT ?ga ?gb WHERE {
                  ?a owl:sameAs ?b .
                  GRAPH ?ga { ?a dcat:landingPage ?pa }
                  GRAPH ?gb { ?b dcat:landingPage ?pb }
                  FILTER(CONTAINS(STR(?pa), "data.medicare.gov") && STR(?ga) < STR(?gb))
                }""");
        assertEquals("ga,gb\nhttps://w3id.org/medkg/catalog/geniusrise-awesome-healthcare-datasets,"
                + "https://w3id.org/medkg/catalog/medical-data-2017\n", rows);
    }

    @Test
    void readmeGraphExampleAnswersAsShown() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("(?ms)^```sparql\n(.*?GRAPH \\?list.*?)^```\n\n```text\n(.*?)^```")
                .matcher(readme);
        assertTrue(m.find(), "README has the GRAPH example and its answer");
        assertEquals(m.group(2), csv(m.group(1)));
    }

    @Test
    void quadDumpsAreServed() throws Exception {
        for (String f : new String[] {"medkg.trig", "medkg.nq"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/download/" + f)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), f);
            assertTrue(r.body().contains("<https://w3id.org/medkg/catalog/nickls-awesome-healthcare-datasets>"), f);
        }
    }
}
